package cn.deputylink.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConstituentAppraisalRepository extends JpaRepository<ConstituentAppraisal, Long> {

    boolean existsByReviewAndPhoneHash(PerformanceReview review, String phoneHash);

    @Query("select a.rating as rating, count(a) as entries from ConstituentAppraisal a where a.review.id = :reviewId group by a.rating")
    List<RatingCount> countByRating(Long reviewId);

    interface RatingCount {
        AppraisalRating getRating();

        long getEntries();
    }
}
