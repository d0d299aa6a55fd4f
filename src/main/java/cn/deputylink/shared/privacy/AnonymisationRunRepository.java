package cn.deputylink.shared.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnonymisationRunRepository extends JpaRepository<AnonymisationRun, Long> {
}
