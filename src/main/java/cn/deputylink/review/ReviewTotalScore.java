package cn.deputylink.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ComputeTotalScore: ledger + duty report + appraisal + committee adjustment, within 0–100,
 * and every input of the rating decision that follows, set afresh from the review in the domain.
 */
@Component("reviewTotalScore")
public class ReviewTotalScore implements JavaDelegate {

    private final DeputyReviewService reviews;

    public ReviewTotalScore(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeputyReviewService.RatingInputs inputs = reviews.ratingInputs(DeputyReviewProcess.REVIEW_ID.require(execution));
        DeputyReviewProcess.UNEXCUSED_ABSENCES.set(execution, inputs.unexcusedAbsences());
        DeputyReviewProcess.UNSATISFIED_SHARE.set(execution, inputs.unsatisfiedShare());
        DeputyReviewProcess.DUTY_REPORT_SUBMITTED.set(execution, inputs.dutyReportSubmitted());
        DeputyReviewProcess.TOTAL_SCORE.set(execution, inputs.totalScore());
    }
}
