package cn.deputylink.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewObjectionRepository extends JpaRepository<ReviewObjection, Long> {

    List<ReviewObjection> findByReviewOrderById(PerformanceReview review);

    boolean existsByReviewAndNoticeRoundAndStatus(PerformanceReview review, int noticeRound, ObjectionStatus status);
}
