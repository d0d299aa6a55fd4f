package cn.deputylink.review;

import org.springframework.stereotype.Component;

/** Expressions of the objection task: {@code ${reviewObjections.summary(objectionId)}}. */
@Component("reviewObjections")
public class ReviewObjections {

    private final DeputyReviewService reviews;

    public ReviewObjections(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    public String summary(Long objectionId) {
        return reviews.objectionSummary(objectionId);
    }
}
