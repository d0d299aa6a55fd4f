package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.DUTY_REPORT_POINTS;
import static cn.deputylink.review.DeputyReviewProcess.DUTY_REPORT_SUBMITTED;
import static cn.deputylink.review.DeputyReviewProcess.DUTY_REPORT_TEXT;
import static cn.deputylink.review.DeputyReviewProcess.REVIEW_ID;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_SubmitDutyReport (complete): the report goes into the case file and out of the process
 * variables (long text, possibly characters the engine's tables cannot hold).
 */
@Component("dutyReportSubmission")
public class DutyReportSubmission extends FormTaskListener {

    private final DeputyReviewService reviews;

    public DutyReportSubmission(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    protected void complete(DelegateTask task) {
        BigDecimal points = reviews.dutyReportSubmitted(REVIEW_ID.require(task), DUTY_REPORT_TEXT.get(task), actor(task));
        task.getExecution().removeVariable(DUTY_REPORT_TEXT.name());
        DUTY_REPORT_SUBMITTED.set(task.getExecution(), true);
        DUTY_REPORT_POINTS.set(task.getExecution(), points.doubleValue());
    }
}
