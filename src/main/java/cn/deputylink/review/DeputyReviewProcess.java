package cn.deputylink.review;

import static cn.deputylink.shared.process.ProcessVariable.boolVar;
import static cn.deputylink.shared.process.ProcessVariable.dateVar;
import static cn.deputylink.shared.process.ProcessVariable.doubleVar;
import static cn.deputylink.shared.process.ProcessVariable.intVar;
import static cn.deputylink.shared.process.ProcessVariable.longVar;
import static cn.deputylink.shared.process.ProcessVariable.stringVar;

import cn.deputylink.shared.process.ProcessVariable;
import java.util.Date;

/**
 * Contract of {@code processes/deputy-review.bpmn}: one deputy's annual review, business key
 * {@code LZ-<year>-<deputy code>}, started by the campaign. Variables carry ids, dates, scores and
 * routing facts only; the report, the reasons and the ratings live in {@link PerformanceReview}.
 */
public final class DeputyReviewProcess {

    public static final String PROCESS_ID = "deputy-review";
    public static final String DECISION_ID = "performance-rating";

    // ---- elements
    public static final String TASK_COMPUTE_SCORE = "Task_ComputeScore";
    public static final String TASK_SUBMIT_DUTY_REPORT = "Task_SubmitDutyReport";
    public static final String BOUNDARY_DUTY_REPORT_REMINDER = "BoundaryEvent_DutyReportReminder";
    public static final String TASK_SEND_DUTY_REPORT_REMINDER = "Task_SendDutyReportReminder";
    public static final String BOUNDARY_DUTY_REPORT_OVERDUE = "BoundaryEvent_DutyReportOverdue";
    public static final String TASK_RECORD_MISSING_DUTY_REPORT = "Task_RecordMissingDutyReport";
    public static final String TASK_OPEN_APPRAISAL = "Task_OpenAppraisal";
    public static final String EVENT_APPRAISAL_PERIOD_ENDS = "IntermediateCatchEvent_AppraisalPeriodEnds";
    public static final String TASK_RECORD_MEETING_TALLY = "Task_RecordMeetingTally";
    public static final String BOUNDARY_TALLY_NOT_RECORDED = "BoundaryEvent_TallyNotRecorded";
    public static final String TASK_CLOSE_APPRAISAL = "Task_CloseAppraisal";
    public static final String TASK_COMMITTEE_REVIEW = "Task_CommitteeReview";
    public static final String TASK_COMPUTE_TOTAL_SCORE = "Task_ComputeTotalScore";
    public static final String TASK_RATE_DEPUTY = "Task_RateDeputy";
    public static final String TASK_PUBLISH_NOTICE = "Task_PublishNotice";
    public static final String SUBPROCESS_PUBLIC_NOTICE = "SubProcess_PublicNotice";
    public static final String EVENT_NOTICE_PERIOD_ENDS = "IntermediateCatchEvent_NoticePeriodEnds";
    public static final String TASK_RESOLVE_OBJECTION = "Task_ResolveObjection";
    public static final String TASK_ASSESS_OBJECTIONS = "Task_AssessObjections";
    public static final String TASK_ARCHIVE_REVIEW = "Task_ArchiveReview";
    public static final String END_REVIEW_ARCHIVED = "EndEvent_ReviewArchived";

    // ---- messages
    /** An objection raised during the public notice; carries {@link #OBJECTION_ID}. */
    public static final String MSG_OBJECTION = "Msg_ReviewObjection";

    // ---- set at start by the campaign
    public static final ProcessVariable<Long> REVIEW_ID = longVar("reviewId");
    public static final ProcessVariable<Long> CAMPAIGN_ID = longVar("campaignId");
    public static final ProcessVariable<String> DEPUTY_CODE = stringVar("deputyCode");
    /** The deputy's Camunda user (assignee of the duty report); null when the deputy has no login. */
    public static final ProcessVariable<String> DEPUTY_USER_ID = stringVar("deputyUserId");
    public static final ProcessVariable<Integer> REVIEW_YEAR = intVar("reviewYear");
    public static final ProcessVariable<Date> DUTY_REPORT_DUE = dateVar("dutyReportDue");

    // ---- written by service tasks and listeners
    public static final ProcessVariable<Double> LEDGER_POINTS = doubleVar("ledgerPoints");
    public static final ProcessVariable<Integer> UNEXCUSED_ABSENCES = intVar("unexcusedAbsences");
    public static final ProcessVariable<Boolean> DUTY_REPORT_SUBMITTED = boolVar("dutyReportSubmitted");
    public static final ProcessVariable<Double> DUTY_REPORT_POINTS = doubleVar("dutyReportPoints");
    /** Candidate group of the meeting tally: the station where the deputy reports to voters. */
    public static final ProcessVariable<String> APPRAISAL_GROUP = stringVar("appraisalGroup");
    public static final ProcessVariable<Date> APPRAISAL_UNTIL = dateVar("appraisalUntil");
    public static final ProcessVariable<Double> APPRAISAL_POINTS = doubleVar("appraisalPoints");
    public static final ProcessVariable<Double> UNSATISFIED_SHARE = doubleVar("unsatisfiedShare");
    public static final ProcessVariable<Integer> APPRAISAL_RATINGS = intVar("appraisalRatings");
    public static final ProcessVariable<Double> SUBTOTAL = doubleVar("subtotal");
    public static final ProcessVariable<Integer> COMMITTEE_ROUND = intVar("committeeRound");
    public static final ProcessVariable<Date> COMMITTEE_DUE = dateVar("committeeDue");
    public static final ProcessVariable<Double> TOTAL_SCORE = doubleVar("totalScore");
    /** The DMN's single result: {@code rating}, {@code ratingLabel}, {@code stars}. */
    public static final String RATING_RESULT = "ratingResult";
    public static final ProcessVariable<String> RATING_LABEL = stringVar("ratingLabel");
    public static final ProcessVariable<Integer> STARS = intVar("stars");
    public static final ProcessVariable<Date> NOTICE_UNTIL = dateVar("noticeUntil");
    public static final ProcessVariable<Long> OBJECTION_ID = longVar("objectionId");
    /** Input of the objection task: the first lines of the objection, 3-byte safe, no contact data. */
    public static final ProcessVariable<String> OBJECTION_SUMMARY = stringVar("objectionSummary");
    public static final ProcessVariable<Boolean> OBJECTION_UPHELD = boolVar("objectionUpheld");

    // ---- form fields
    /** Duty report form: the report (moved into the case file on completion, then removed). */
    public static final ProcessVariable<String> DUTY_REPORT_TEXT = ProcessVariable.transientText("dutyReportText");
    /** Meeting tally form. */
    public static final ProcessVariable<Boolean> MEETING_HELD = boolVar("meetingHeld");
    public static final ProcessVariable<String> MEETING_DATE = stringVar("meetingDate");
    public static final ProcessVariable<Integer> MEETING_ATTENDEES = intVar("meetingAttendees");
    public static final ProcessVariable<Integer> MEETING_SATISFIED = intVar("meetingSatisfied");
    public static final ProcessVariable<Integer> MEETING_BASICALLY_SATISFIED = intVar("meetingBasicallySatisfied");
    public static final ProcessVariable<Integer> MEETING_UNSATISFIED = intVar("meetingUnsatisfied");
    /** Committee form: points added or taken (within the configured limit) and the written reason. */
    public static final ProcessVariable<Double> COMMITTEE_ADJUSTMENT = doubleVar("committeeAdjustment");
    public static final ProcessVariable<String> COMMITTEE_REASON = stringVar("committeeReason");
    /** Objection form: UPHELD or REJECTED, and the resolution (moved into the case file, then removed). */
    public static final ProcessVariable<String> OBJECTION_OUTCOME = stringVar("objectionOutcome");
    public static final ProcessVariable<String> OBJECTION_RESOLUTION = ProcessVariable.transientText("objectionResolution");

    public static final String OUTCOME_UPHELD = "UPHELD";
    public static final String OUTCOME_REJECTED = "REJECTED";

    private DeputyReviewProcess() {
    }
}
