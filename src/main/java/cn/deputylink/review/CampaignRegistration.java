package cn.deputylink.review;

import static cn.deputylink.review.PerformanceReviewProcess.CAMPAIGN_ID;
import static cn.deputylink.review.PerformanceReviewProcess.CREATED_COUNT;
import static cn.deputylink.review.PerformanceReviewProcess.REVIEW_YEAR;
import static cn.deputylink.review.PerformanceReviewProcess.SCOPE;
import static cn.deputylink.review.PerformanceReviewProcess.SCOPE_LABEL;
import static cn.deputylink.review.PerformanceReviewProcess.SKIPPED_COUNT;
import static cn.deputylink.review.PerformanceReviewProcess.TOTAL_COUNT;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.ledger.ActivityLedger;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.InvalidInputException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * StartEvent_CampaignStarted (end): a campaign started from Tasklist's start form gets its case
 * file and business key here, in the start's own transaction, so a second campaign for the same
 * year and scope is refused before anything runs. Campaigns started through the API arrive with
 * their case file already made.
 */
@Component("campaignRegistration")
public class CampaignRegistration implements ExecutionListener {

    private final ReviewCampaignService campaigns;

    public CampaignRegistration(ReviewCampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (CAMPAIGN_ID.find(execution).isPresent()) {
            return;
        }
        Integer year = REVIEW_YEAR.get(execution);
        if (year == null) {
            throw new BadUserRequestException("请填写评议年度（reviewYear）");
        }
        String scope = SCOPE.find(execution).filter(s -> !s.isBlank()).orElse(ReviewCampaign.ALL);
        CongressLevel level;
        try {
            level = ReviewCampaign.ALL.equals(scope) ? null : CongressLevel.valueOf(scope);
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException("评议范围无效：" + scope);
        }
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        try {
            ReviewCampaign campaign = campaigns.register(year, level, null,
                    auth == null ? ActivityLedger.SYSTEM : auth.getUserId(), "reviewYear");
            campaign.setProcessInstanceId(execution.getProcessInstanceId());
            execution.setProcessBusinessKey(campaign.getBusinessKey());
            CAMPAIGN_ID.set(execution, campaign.getId());
            SCOPE.set(execution, campaign.getScopeKey());
            SCOPE_LABEL.set(execution, campaign.scopeLabel());
            TOTAL_COUNT.set(execution, 0);
            CREATED_COUNT.set(execution, 0);
            SKIPPED_COUNT.set(execution, 0);
        } catch (InvalidInputException | ConflictException e) {
            throw new BadUserRequestException(e.getMessage());
        }
    }
}
