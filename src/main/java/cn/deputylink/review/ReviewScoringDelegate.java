package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.LEDGER_POINTS;
import static cn.deputylink.review.DeputyReviewProcess.REVIEW_ID;
import static cn.deputylink.review.DeputyReviewProcess.UNEXCUSED_ABSENCES;

import cn.deputylink.review.ReviewScoring.LedgerScore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ComputeScore: the ledger points of the year with their breakdown. */
@Component("reviewScoring")
public class ReviewScoringDelegate implements JavaDelegate {

    private final DeputyReviewService reviews;

    public ReviewScoringDelegate(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LedgerScore score = reviews.score(REVIEW_ID.require(execution));
        LEDGER_POINTS.set(execution, score.points().doubleValue());
        UNEXCUSED_ABSENCES.set(execution, score.unexcusedAbsences());
    }
}
