package cn.deputylink.review;

import cn.deputylink.shared.process.CaseBinding;
import org.springframework.stereotype.Component;

/** The review feature's two bindings: a deputy's review and the annual campaign. */
final class ReviewCaseBindings {

    private ReviewCaseBindings() {
    }

    /** A deputy-review instance is one deputy's review: business key = the review's key. */
    @Component
    static class DeputyReviewBinding extends CaseBinding {

        DeputyReviewBinding(PerformanceReviewRepository reviews) {
            super(DeputyReviewProcess.PROCESS_ID, DeputyReviewProcess.REVIEW_ID,
                    key -> reviews.findByBusinessKey(key).map(PerformanceReview::getId));
        }
    }

    /** A performance-review instance is the campaign: business key = the campaign's key. */
    @Component
    static class CampaignBinding extends CaseBinding {

        CampaignBinding(ReviewCampaignRepository campaigns) {
            super(PerformanceReviewProcess.PROCESS_ID, PerformanceReviewProcess.CAMPAIGN_ID,
                    key -> campaigns.findByBusinessKey(key).map(ReviewCampaign::getId));
        }
    }
}
