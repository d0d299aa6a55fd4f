package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_DUE;
import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_ROUND;
import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_UPHELD;
import static cn.deputylink.review.DeputyReviewProcess.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssessObjections: an upheld objection to this notice sends the review back to the committee. */
@Component("objectionAssessment")
public class ObjectionAssessment implements JavaDelegate {

    private final DeputyReviewService reviews;

    public ObjectionAssessment(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeputyReviewService.ObjectionVerdict assessment = reviews.assessObjections(REVIEW_ID.require(execution));
        OBJECTION_UPHELD.set(execution, assessment.upheld());
        if (assessment.upheld()) {
            COMMITTEE_ROUND.set(execution, assessment.committeeRound());
            COMMITTEE_DUE.set(execution, assessment.committeeDue());
        }
    }
}
