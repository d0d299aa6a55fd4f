package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.DUTY_REPORT_POINTS;
import static cn.deputylink.review.DeputyReviewProcess.DUTY_REPORT_SUBMITTED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordMissingDutyReport: no report by the deadline is recorded (0 points), not blocking. */
@Component("missingDutyReport")
public class MissingDutyReport implements JavaDelegate {

    private final DeputyReviewService reviews;

    public MissingDutyReport(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.dutyReportMissing(DeputyReviewProcess.REVIEW_ID.require(execution));
        DUTY_REPORT_SUBMITTED.set(execution, false);
        DUTY_REPORT_POINTS.set(execution, 0.0);
    }
}
