package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.APPRAISAL_POINTS;
import static cn.deputylink.review.DeputyReviewProcess.APPRAISAL_RATINGS;
import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_DUE;
import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_ROUND;
import static cn.deputylink.review.DeputyReviewProcess.REVIEW_ID;
import static cn.deputylink.review.DeputyReviewProcess.SUBTOTAL;
import static cn.deputylink.review.DeputyReviewProcess.UNSATISFIED_SHARE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseAppraisal: closes the online appraisal and scores it with the meeting tally. */
@Component("appraisalClosing")
public class AppraisalClosing implements JavaDelegate {

    private final DeputyReviewService reviews;

    public AppraisalClosing(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeputyReviewService.ClosedAppraisal closing = reviews.closeAppraisal(REVIEW_ID.require(execution));
        APPRAISAL_POINTS.set(execution, closing.score().points().doubleValue());
        UNSATISFIED_SHARE.set(execution, closing.score().unsatisfiedShare().doubleValue());
        APPRAISAL_RATINGS.set(execution, closing.score().ratings());
        SUBTOTAL.set(execution, closing.subtotal().doubleValue());
        COMMITTEE_ROUND.set(execution, 1);
        COMMITTEE_DUE.set(execution, closing.committeeDue());
    }
}
