package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_ID;
import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_OUTCOME;
import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_RESOLUTION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveObjection (complete): the outcome goes into the objection's record; the form's
 * variables are removed so that the next objection's form starts empty.
 */
@Component("objectionResolutionRecording")
public class ObjectionResolution extends FormTaskListener {

    private final DeputyReviewService reviews;

    public ObjectionResolution(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    protected void complete(DelegateTask task) {
        reviews.resolveObjection(OBJECTION_ID.require(task), OBJECTION_OUTCOME.get(task),
                OBJECTION_RESOLUTION.get(task), actor(task));
        task.getExecution().removeVariable(OBJECTION_OUTCOME.name());
        task.getExecution().removeVariable(OBJECTION_RESOLUTION.name());
    }
}
