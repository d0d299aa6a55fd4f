package cn.deputylink.review;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareCampaign: counts the deputies in scope and fixes the duty report deadline. */
@Component("reviewCampaignPreparation")
public class ReviewCampaignPreparation implements JavaDelegate {

    private final ReviewCampaignService campaigns;

    public ReviewCampaignPreparation(ReviewCampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewCampaign campaign = campaigns.prepare(PerformanceReviewProcess.CAMPAIGN_ID.require(execution));
        PerformanceReviewProcess.TOTAL_COUNT.set(execution, campaign.getTotalCount());
        PerformanceReviewProcess.DUTY_REPORT_DUE.set(execution, Date.from(campaign.getDutyReportDue()));
    }
}
