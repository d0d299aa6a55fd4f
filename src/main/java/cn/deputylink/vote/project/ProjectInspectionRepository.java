package cn.deputylink.vote.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectInspectionRepository extends JpaRepository<ProjectInspection, Long> {

    List<ProjectInspection> findByProjectIdOrderByInspectedAtAsc(Long projectId);

    boolean existsBySourceTask(String sourceTask);
}
