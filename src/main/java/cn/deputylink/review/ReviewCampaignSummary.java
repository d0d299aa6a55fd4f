package cn.deputylink.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SummarizeCampaign: closes the campaign and tells the office the distribution of ratings. */
@Component("reviewCampaignSummary")
public class ReviewCampaignSummary implements JavaDelegate {

    private final ReviewCampaignService campaigns;

    public ReviewCampaignSummary(ReviewCampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.close(PerformanceReviewProcess.CAMPAIGN_ID.require(execution));
    }
}
