package cn.deputylink.review;

import cn.deputylink.shared.web.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_CloseCampaign (complete): a campaign ends only when every deputy review of it is archived. */
@Component("campaignCloseCheck")
public class CampaignCloseCheck extends FormTaskListener {

    private final ReviewCampaignService campaigns;

    public CampaignCloseCheck(ReviewCampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    protected void complete(DelegateTask task) {
        String reason = campaigns.whyNotClosable(PerformanceReviewProcess.CAMPAIGN_ID.require(task));
        if (reason != null) {
            throw new InvalidInputException("closeConfirmed", reason);
        }
        if (!Boolean.TRUE.equals(PerformanceReviewProcess.CLOSE_CONFIRMED.get(task))) {
            throw new InvalidInputException("closeConfirmed", "请确认结束本年度评议");
        }
    }
}
