package cn.deputylink.review;

import static cn.deputylink.shared.process.ProcessVariable.boolVar;
import static cn.deputylink.shared.process.ProcessVariable.dateVar;
import static cn.deputylink.shared.process.ProcessVariable.intVar;
import static cn.deputylink.shared.process.ProcessVariable.longVar;
import static cn.deputylink.shared.process.ProcessVariable.stringVar;

import cn.deputylink.shared.process.ProcessVariable;
import java.util.Date;

/**
 * Contract of {@code processes/performance-review.bpmn}: one annual campaign per year and
 * congress level (or all deputies), business key {@code LZPY-<year>-<level|ALL>}, started by the
 * liaison office. It creates the deputy reviews in batches, each batch one async job.
 */
public final class PerformanceReviewProcess {

    public static final String PROCESS_ID = "performance-review";

    public static final String TASK_PREPARE_CAMPAIGN = "Task_PrepareCampaign";
    public static final String TASK_CREATE_REVIEW_BATCH = "Task_CreateReviewBatch";
    public static final String TASK_CLOSE_CAMPAIGN = "Task_CloseCampaign";
    public static final String TASK_SUMMARIZE_CAMPAIGN = "Task_SummarizeCampaign";
    public static final String END_CAMPAIGN_CLOSED = "EndEvent_CampaignClosed";

    public static final ProcessVariable<Long> CAMPAIGN_ID = longVar("campaignId");
    public static final ProcessVariable<Integer> REVIEW_YEAR = intVar("reviewYear");
    /** A congress level or ALL. */
    public static final ProcessVariable<String> SCOPE = stringVar("scope");
    public static final ProcessVariable<String> SCOPE_LABEL = stringVar("scopeLabel");
    public static final ProcessVariable<Integer> TOTAL_COUNT = intVar("totalCount");
    /** Progress for the office's task: reviews created (and deputies skipped) so far. */
    public static final ProcessVariable<Integer> CREATED_COUNT = intVar("createdCount");
    public static final ProcessVariable<Integer> SKIPPED_COUNT = intVar("skippedCount");
    public static final ProcessVariable<Boolean> MORE_TO_CREATE = boolVar("moreToCreate");
    public static final ProcessVariable<Date> DUTY_REPORT_DUE = dateVar("dutyReportDue");
    /** Close form: the office confirms that the year's reviews are done. */
    public static final ProcessVariable<Boolean> CLOSE_CONFIRMED = boolVar("closeConfirmed");

    private PerformanceReviewProcess() {
    }
}
