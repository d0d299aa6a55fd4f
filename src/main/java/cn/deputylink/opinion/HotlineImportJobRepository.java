package cn.deputylink.opinion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HotlineImportJobRepository extends JpaRepository<HotlineImportJob, Long> {

    Optional<HotlineImportJob> findByPublicId(String publicId);

    List<HotlineImportJob> findByStatusIn(Collection<HotlineImportJob.Status> statuses);
}
