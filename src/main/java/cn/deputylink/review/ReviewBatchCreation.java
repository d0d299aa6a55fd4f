package cn.deputylink.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CreateReviewBatch: one batch of deputy reviews per job; the progress goes to the office's task. */
@Component("reviewBatchCreation")
public class ReviewBatchCreation implements JavaDelegate {

    private final ReviewCampaignService campaigns;

    public ReviewBatchCreation(ReviewCampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewCampaignService.BatchResult result =
                campaigns.createNextBatch(PerformanceReviewProcess.CAMPAIGN_ID.require(execution));
        PerformanceReviewProcess.CREATED_COUNT.set(execution, result.campaign().getCreatedCount());
        PerformanceReviewProcess.SKIPPED_COUNT.set(execution, result.campaign().getSkippedCount());
        PerformanceReviewProcess.MORE_TO_CREATE.set(execution, result.more());
    }
}
