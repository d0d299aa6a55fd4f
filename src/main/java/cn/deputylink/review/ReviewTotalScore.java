package cn.deputylink.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ComputeTotalScore: ledger + duty report + appraisal + committee adjustment, within 0–100. */
@Component("reviewTotalScore")
public class ReviewTotalScore implements JavaDelegate {

    private final DeputyReviewService reviews;

    public ReviewTotalScore(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeputyReviewProcess.TOTAL_SCORE.set(execution,
                reviews.total(DeputyReviewProcess.REVIEW_ID.require(execution)).doubleValue());
    }
}
