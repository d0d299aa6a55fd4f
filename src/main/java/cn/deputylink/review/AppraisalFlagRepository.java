package cn.deputylink.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppraisalFlagRepository extends JpaRepository<AppraisalFlag, Long> {

    Optional<AppraisalFlag> findFirstByReviewAndStatusOrderByIdDesc(PerformanceReview review, AppraisalFlag.Status status);

    @Query("select f from AppraisalFlag f join fetch f.review r join fetch r.deputy "
            + "where (:status is null or f.status = :status) order by f.raisedAt desc")
    List<AppraisalFlag> list(AppraisalFlag.Status status);
}
