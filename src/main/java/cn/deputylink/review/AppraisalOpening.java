package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.APPRAISAL_GROUP;
import static cn.deputylink.review.DeputyReviewProcess.APPRAISAL_UNTIL;
import static cn.deputylink.review.DeputyReviewProcess.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenAppraisal: opens the online appraisal link and routes the meeting tally to the station. */
@Component("appraisalOpening")
public class AppraisalOpening implements JavaDelegate {

    private final DeputyReviewService reviews;

    public AppraisalOpening(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeputyReviewService.OpenedAppraisal opening = reviews.openAppraisal(REVIEW_ID.require(execution));
        APPRAISAL_GROUP.set(execution, opening.group());
        APPRAISAL_UNTIL.set(execution, opening.until());
    }
}
