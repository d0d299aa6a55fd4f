package cn.deputylink.deputy;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeputyPhotoRepository extends JpaRepository<DeputyPhoto, Long> {
}
