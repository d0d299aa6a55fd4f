package cn.deputylink.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendDutyReportReminder: reminds the deputy (or the office, for a deputy without login). */
@Component("dutyReportReminder")
public class DutyReportReminder implements JavaDelegate {

    private final DeputyReviewService reviews;

    public DutyReportReminder(DeputyReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.remindDutyReport(DeputyReviewProcess.REVIEW_ID.require(execution));
    }
}
