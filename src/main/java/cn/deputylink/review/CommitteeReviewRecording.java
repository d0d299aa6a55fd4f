package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_ADJUSTMENT;
import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_REASON;
import static cn.deputylink.review.DeputyReviewProcess.REVIEW_ID;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_CommitteeReview (complete): an adjustment needs a written reason and stays within the
 * limit. The reason goes into the case file; the variable is removed so that a second round
 * (after an upheld objection) starts without the old reason.
 */
@Component("committeeReviewRecording")
public class CommitteeReviewRecording extends FormTaskListener {

    private final DeputyReviewService reviews;

    public CommitteeReviewRecording(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    protected void complete(DelegateTask task) {
        Double adjustment = COMMITTEE_ADJUSTMENT.get(task);
        reviews.committeeReviewed(REVIEW_ID.require(task), adjustment == null ? BigDecimal.ZERO
                : BigDecimal.valueOf(adjustment), COMMITTEE_REASON.get(task), actor(task));
        task.getExecution().removeVariable(COMMITTEE_REASON.name());
    }
}
