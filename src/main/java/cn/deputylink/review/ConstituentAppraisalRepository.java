package cn.deputylink.review;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ConstituentAppraisalRepository extends JpaRepository<ConstituentAppraisal, Long> {

    boolean existsByReviewAndPhoneHash(PerformanceReview review, String phoneHash);

    /** The counted appraisals: those held back for the office's decision are left out. */
    @Query("select a.rating as rating, count(a) as entries from ConstituentAppraisal a where a.review.id = :reviewId "
            + "and a.held = false group by a.rating")
    List<RatingCount> countByRating(Long reviewId);

    long countByReviewAndCreatedAtAfter(PerformanceReview review, Instant since);

    long countByReviewAndClientHashAndCreatedAtAfter(PerformanceReview review, String clientHash, Instant since);

    /** Releases (accepted) the appraisals a flag held. */
    @Modifying
    @Query("update ConstituentAppraisal a set a.held = false where a.flag = :flag")
    int release(AppraisalFlag flag);

    interface RatingCount {
        AppraisalRating getRating();

        long getEntries();
    }
}
