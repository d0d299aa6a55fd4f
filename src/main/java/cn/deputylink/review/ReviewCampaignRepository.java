package cn.deputylink.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCampaignRepository extends JpaRepository<ReviewCampaign, Long> {

    Optional<ReviewCampaign> findByBusinessKey(String businessKey);

    boolean existsByReviewYearAndScopeKey(int reviewYear, String scopeKey);
}
