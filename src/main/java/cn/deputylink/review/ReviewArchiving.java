package cn.deputylink.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ArchiveReview: the final rating goes into the deputy's ledger (履职档案). */
@Component("reviewArchiving")
public class ReviewArchiving implements JavaDelegate {

    private final DeputyReviewService reviews;

    public ReviewArchiving(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.archive(DeputyReviewProcess.REVIEW_ID.require(execution));
    }
}
