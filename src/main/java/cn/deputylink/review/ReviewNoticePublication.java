package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.NOTICE_UNTIL;
import static cn.deputylink.review.DeputyReviewProcess.RATING_LABEL;
import static cn.deputylink.review.DeputyReviewProcess.RATING_RESULT;
import static cn.deputylink.review.DeputyReviewProcess.REVIEW_ID;
import static cn.deputylink.review.DeputyReviewProcess.STARS;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublishNotice: the DMN's rating goes into the case file and onto the public notice. */
@Component("reviewNoticePublication")
public class ReviewNoticePublication implements JavaDelegate {

    private final DeputyReviewService reviews;

    public ReviewNoticePublication(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object raw = execution.getVariable(RATING_RESULT);
        if (!(raw instanceof Map<?, ?> result) || result.get("rating") == null || result.get("stars") == null) {
            throw new ProcessEngineException("评定结果缺失：" + RATING_RESULT + "（performance-rating 未给出等次）");
        }
        PerformanceRating rating = PerformanceRating.valueOf(result.get("rating").toString());
        int stars = ((Number) result.get("stars")).intValue();
        Date until = reviews.publishNotice(REVIEW_ID.require(execution), rating, stars);
        RATING_LABEL.set(execution, rating.label());
        STARS.set(execution, stars);
        NOTICE_UNTIL.set(execution, until);
    }
}
