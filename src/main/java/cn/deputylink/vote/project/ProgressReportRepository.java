package cn.deputylink.vote.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByProjectIdOrderByReportNoAsc(Long projectId);

    int countByProjectId(Long projectId);
}
