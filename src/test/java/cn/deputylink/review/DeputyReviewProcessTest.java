package cn.deputylink.review;

import static cn.deputylink.review.DeputyReviewProcess.APPRAISAL_GROUP;
import static cn.deputylink.review.DeputyReviewProcess.APPRAISAL_POINTS;
import static cn.deputylink.review.DeputyReviewProcess.APPRAISAL_UNTIL;
import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_ADJUSTMENT;
import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_DUE;
import static cn.deputylink.review.DeputyReviewProcess.COMMITTEE_ROUND;
import static cn.deputylink.review.DeputyReviewProcess.DUTY_REPORT_DUE;
import static cn.deputylink.review.DeputyReviewProcess.DUTY_REPORT_POINTS;
import static cn.deputylink.review.DeputyReviewProcess.DUTY_REPORT_SUBMITTED;
import static cn.deputylink.review.DeputyReviewProcess.LEDGER_POINTS;
import static cn.deputylink.review.DeputyReviewProcess.NOTICE_UNTIL;
import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_ID;
import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_OUTCOME;
import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_RESOLUTION;
import static cn.deputylink.review.DeputyReviewProcess.OBJECTION_UPHELD;
import static cn.deputylink.review.DeputyReviewProcess.RATING_LABEL;
import static cn.deputylink.review.DeputyReviewProcess.RATING_RESULT;
import static cn.deputylink.review.DeputyReviewProcess.STARS;
import static cn.deputylink.review.DeputyReviewProcess.TOTAL_SCORE;
import static cn.deputylink.review.DeputyReviewProcess.UNEXCUSED_ABSENCES;
import static cn.deputylink.review.DeputyReviewProcess.UNSATISFIED_SHARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.support.ConfigFixtures;
import cn.deputylink.support.ProcessUnitTest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of deputy-review with the real rating DMN and real working-day deadlines; the
 * case-file work of the delegates is stood in for by mocks that set the variables the process
 * routes on (the integration tests run the real ones).
 */
@Deployment(resources = {"processes/deputy-review.bpmn", "processes/performance-rating.dmn",
        "forms/review-duty-report.form", "forms/review-meeting-tally.form", "forms/review-committee.form",
        "forms/review-objection.form"})
class DeputyReviewProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessUnitTest.engineWithCoverageAtLeast(0.9);

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Deadlines deadlines = ConfigFixtures.deadlines();
    private final List<String> calls = new ArrayList<>();
    private final Map<Long, String> outcomes = new HashMap<>();
    private double ledgerPoints;
    private int absences;
    private double appraisalPoints;
    private double unsatisfiedShare;
    private ProcessEngine processEngine;

    @BeforeEach
    void mocks() {
        ProcessUnitTest.bindAssertions(engine);
        processEngine = engine.getProcessEngine();
        ClockUtil.setCurrentTime(at(2026, 12, 1, 9));
        Mocks.register("deadlines", deadlines);
        Mocks.register("reviewTaskRouting", new ReviewTaskRouting());
        Mocks.register("reviewObjections", new ObjectionSummaries());
        Mocks.register("reviewScoring", (JavaDelegate) ex -> {
            calls.add("score");
            LEDGER_POINTS.set(ex, ledgerPoints);
            UNEXCUSED_ABSENCES.set(ex, absences);
        });
        Mocks.register("dutyReportSubmission", (TaskListener) task -> {
            calls.add("report");
            task.getExecution().removeVariable("dutyReportText");
            DUTY_REPORT_SUBMITTED.set(task.getExecution(), true);
            DUTY_REPORT_POINTS.set(task.getExecution(), 10.0);
        });
        Mocks.register("dutyReportReminder", (JavaDelegate) ex -> calls.add("remind"));
        Mocks.register("missingDutyReport", (JavaDelegate) ex -> {
            calls.add("missing");
            DUTY_REPORT_SUBMITTED.set(ex, false);
            DUTY_REPORT_POINTS.set(ex, 0.0);
        });
        Mocks.register("appraisalOpening", (JavaDelegate) ex -> {
            APPRAISAL_GROUP.set(ex, "station-ty-xl");
            APPRAISAL_UNTIL.set(ex, deadlines.due("review-appraisal"));
        });
        Mocks.register("meetingTallyRecording", (TaskListener) task -> calls.add("tally"));
        Mocks.register("appraisalClosing", (JavaDelegate) ex -> {
            calls.add("close");
            APPRAISAL_POINTS.set(ex, appraisalPoints);
            UNSATISFIED_SHARE.set(ex, unsatisfiedShare);
            COMMITTEE_ROUND.set(ex, 1);
            COMMITTEE_DUE.set(ex, deadlines.due("review-committee"));
        });
        Mocks.register("committeeReviewRecording", (TaskListener) task -> calls.add("committee"));
        Mocks.register("reviewTotalScore", (JavaDelegate) ex -> TOTAL_SCORE.set(ex, LEDGER_POINTS.require(ex)
                + DUTY_REPORT_POINTS.require(ex) + APPRAISAL_POINTS.require(ex)
                + COMMITTEE_ADJUSTMENT.find(ex).orElse(0.0)));
        Mocks.register("reviewNoticePublication", (JavaDelegate) ex -> {
            Map<?, ?> result = (Map<?, ?>) ex.getVariable(RATING_RESULT);
            RATING_LABEL.set(ex, (String) result.get("ratingLabel"));
            STARS.set(ex, ((Number) result.get("stars")).intValue());
            NOTICE_UNTIL.set(ex, deadlines.due("review-public-notice"));
        });
        Mocks.register("objectionResolutionRecording", (TaskListener) task -> {
            outcomes.put(OBJECTION_ID.require(task), OBJECTION_OUTCOME.require(task));
            task.getExecution().removeVariable(OBJECTION_OUTCOME.name());
            task.getExecution().removeVariable(OBJECTION_RESOLUTION.name());
        });
        Mocks.register("objectionAssessment", (JavaDelegate) ex -> {
            boolean upheld = outcomes.containsValue(DeputyReviewProcess.OUTCOME_UPHELD);
            outcomes.clear();
            OBJECTION_UPHELD.set(ex, upheld);
            if (upheld) {
                COMMITTEE_ROUND.set(ex, COMMITTEE_ROUND.require(ex) + 1);
            }
        });
        Mocks.register("reviewArchiving", (JavaDelegate) ex -> calls.add("archive"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aDiligentDeputyReportsInTimeIsAppraisedAndRatedExcellentAfterAQuietNotice() {
        ledgerPoints = 60;
        appraisalPoints = 25;
        ProcessInstance review = start("d010");

        Task report = task(review);
        assertThat(report).hasDefinitionKey("Task_SubmitDutyReport").isAssignedTo("d010");
        assertThat(report.getDueDate()).isEqualTo(deadlines.due("review-duty-report"));
        assertThat(candidateGroups(report)).isEmpty();
        complete(report, Map.of("dutyReportText", "本年度出席人代会，进站履职十五次，走访联系户……"));
        assertThat(processEngine.getRuntimeService().getVariable(review.getId(), "dutyReportText")).isNull();

        runJob(review, "Task_OpenAppraisal");
        assertThat(review).isWaitingAt("IntermediateCatchEvent_AppraisalPeriodEnds", "Task_RecordMeetingTally");
        Task tally = task(review);
        assertThat(candidateGroups(tally)).containsExactly("station-ty-xl");
        complete(tally, Map.of("meetingHeld", true, "meetingDate", "2026-12-10", "meetingAttendees", 40,
                "meetingSatisfied", 35, "meetingBasicallySatisfied", 4, "meetingUnsatisfied", 1));
        assertThat(review).isWaitingAt("IntermediateCatchEvent_AppraisalPeriodEnds");

        passDeadline(APPRAISAL_UNTIL, review);
        runJob(review, "IntermediateCatchEvent_AppraisalPeriodEnds");
        runJob(review, "Task_CloseAppraisal");

        Task committee = task(review);
        assertThat(committee).hasDefinitionKey("Task_CommitteeReview").hasCandidateGroup("liaison-office");
        complete(committee, Map.of("committeeAdjustment", 0.0));

        assertThat(review).isWaitingAt("IntermediateCatchEvent_NoticePeriodEnds")
                .variables().containsEntry(TOTAL_SCORE.name(), 95.0).containsEntry(RATING_LABEL.name(), "优秀")
                .containsEntry(STARS.name(), 5);
        passDeadline(NOTICE_UNTIL, review);
        runJob(review, "IntermediateCatchEvent_NoticePeriodEnds");
        runJob(review, "Task_ArchiveReview");

        assertThat(review).isEnded()
                .hasPassedInOrder("Task_ComputeScore", "Task_SubmitDutyReport", "Task_OpenAppraisal",
                        "Task_CloseAppraisal", "Task_CommitteeReview", "Task_RateDeputy", "Task_PublishNotice",
                        "Task_AssessObjections", "Task_ArchiveReview", "EndEvent_ReviewArchived");
        assertThat(calls).containsExactly("score", "report", "tally", "close", "committee", "archive");
    }

    @Test
    void aMissingDutyReportIsRemindedThenRecordedAndTheReviewGoesOn() {
        ledgerPoints = 40;
        appraisalPoints = 18;
        ProcessInstance review = start(null);

        Task report = task(review);
        assertThat(report.getAssignee()).isNull();
        assertThat(candidateGroups(report)).containsExactly("liaison-office");

        Date due = DUTY_REPORT_DUE.find(processEngine.getRuntimeService().getVariables(review.getId())).orElseThrow();
        ClockUtil.setCurrentTime(new Date(deadlines.before("review-duty-report-reminder", due).getTime() + 60_000));
        runJob(review, "BoundaryEvent_DutyReportReminder");
        runJob(review, "Task_SendDutyReportReminder");
        assertThat(review).hasPassed("EndEvent_ReminderSent").isWaitingAt("Task_SubmitDutyReport");

        passDeadline(DUTY_REPORT_DUE, review);
        runJob(review, "BoundaryEvent_DutyReportOverdue");
        assertThat(review).hasPassed("Task_RecordMissingDutyReport")
                .variables().containsEntry(DUTY_REPORT_SUBMITTED.name(), false);
        runJob(review, "Task_OpenAppraisal");

        passDeadline(APPRAISAL_UNTIL, review);
        runJob(review, "BoundaryEvent_TallyNotRecorded");
        runJob(review, "IntermediateCatchEvent_AppraisalPeriodEnds");
        runJob(review, "Task_CloseAppraisal");
        complete(task(review), Map.of("committeeAdjustment", 0.0));

        assertThat(review).variables().containsEntry(TOTAL_SCORE.name(), 58.0).containsEntry(RATING_LABEL.name(), "基本称职")
                .containsEntry(STARS.name(), 2);
        passDeadline(NOTICE_UNTIL, review);
        runJob(review, "IntermediateCatchEvent_NoticePeriodEnds");
        runJob(review, "Task_ArchiveReview");
        assertThat(review).hasPassed("BoundaryEvent_TallyNotRecorded").isEnded();
        assertThat(calls).containsExactly("score", "remind", "missing", "close", "committee", "archive");
    }

    @Test
    void anUpheldObjectionSendsTheReviewBackToTheCommitteeAndARejectedOneLetsItBeArchived() {
        ledgerPoints = 55;
        appraisalPoints = 22;
        ProcessInstance review = start("d010");
        complete(task(review), Map.of("dutyReportText", "述职报告全文……"));
        runJob(review, "Task_OpenAppraisal");
        complete(task(review), Map.of("meetingHeld", false));
        passDeadline(APPRAISAL_UNTIL, review);
        runJob(review, "IntermediateCatchEvent_AppraisalPeriodEnds");
        runJob(review, "Task_CloseAppraisal");

        // the committee adds 5 points with a reason: 87 + 5 = 92 → 优秀
        complete(task(review), Map.of("committeeAdjustment", 5.0, "committeeReason", "代表帮助解决茶叶收购难题，档案漏记"));
        assertThat(review).variables().containsEntry(RATING_LABEL.name(), "优秀").containsEntry(STARS.name(), 5);

        // a constituent objects during the notice; the office finds the objection justified
        objection(review, 1L);
        Task resolve = task(review);
        assertThat(resolve).hasDefinitionKey("Task_ResolveObjection").hasCandidateGroup("liaison-office");
        assertThat(processEngine.getTaskService().getVariable(resolve.getId(), "objectionSummary")).isEqualTo("异议 1");
        complete(resolve, Map.of("objectionOutcome", "UPHELD", "objectionResolution", "经核实，加分依据不足"));
        assertThat(review).isWaitingAt("IntermediateCatchEvent_NoticePeriodEnds");

        passDeadline(NOTICE_UNTIL, review);
        runJob(review, "IntermediateCatchEvent_NoticePeriodEnds");
        assertThat(review).hasPassed("Task_AssessObjections").isWaitingAt("Task_CommitteeReview")
                .variables().containsEntry(COMMITTEE_ROUND.name(), 2);

        // second round: the adjustment is withdrawn, 87 → 称职 ★★★★; two objections, both unfounded
        complete(task(review), Map.of("committeeAdjustment", 0.0, "committeeReason", "撤回加分"));
        assertThat(review).variables().containsEntry(RATING_LABEL.name(), "称职").containsEntry(STARS.name(), 4);
        objection(review, 2L);
        objection(review, 3L);
        List<Task> resolutions = processEngine.getTaskService().createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey("Task_ResolveObjection").list();
        assertThat(resolutions).hasSize(2);
        assertThat(resolutions).extracting(t -> processEngine.getTaskService().getVariable(t.getId(), "objectionId"))
                .containsExactlyInAnyOrder(2L, 3L);
        for (Task t : resolutions) {
            complete(t, Map.of("objectionOutcome", "REJECTED", "objectionResolution", "经核实，评定无误"));
        }
        passDeadline(NOTICE_UNTIL, review);
        runJob(review, "IntermediateCatchEvent_NoticePeriodEnds");
        runJob(review, "Task_ArchiveReview");

        assertThat(review).hasPassed("EndEvent_ObjectionResolved", "EndEvent_ReviewArchived").isEnded();
        assertThat(calls).containsExactly("score", "report", "tally", "close", "committee", "committee", "archive");
    }

    @Test
    void theNoticeDoesNotEndWhileAnObjectionIsStillBeingResolved() {
        ledgerPoints = 50;
        appraisalPoints = 20;
        ProcessInstance review = start("d010");
        complete(task(review), Map.of("dutyReportText", "述职报告全文……"));
        runJob(review, "Task_OpenAppraisal");
        complete(task(review), Map.of("meetingHeld", false));
        passDeadline(APPRAISAL_UNTIL, review);
        runJob(review, "IntermediateCatchEvent_AppraisalPeriodEnds");
        runJob(review, "Task_CloseAppraisal");
        complete(task(review), Map.of("committeeAdjustment", 0.0));
        objection(review, 7L);

        passDeadline(NOTICE_UNTIL, review);
        runJob(review, "IntermediateCatchEvent_NoticePeriodEnds");
        assertThat(review).isWaitingAt("Task_ResolveObjection").hasNotPassed("Task_AssessObjections");

        complete(task(review), Map.of("objectionOutcome", "REJECTED", "objectionResolution", "评定无误"));
        runJob(review, "Task_ArchiveReview");
        assertThat(review).isEnded();
    }

    // ---- helpers

    private ProcessInstance start(String deputyUserId) {
        ProcessInstance instance = processEngine.getRuntimeService()
                .createProcessInstanceByKey(DeputyReviewProcess.PROCESS_ID).businessKey("LZ-2026-D010")
                .setVariables(Variables.createVariables()
                        .putValue("reviewId", 1L).putValue("campaignId", 1L).putValue("deputyCode", "D010")
                        .putValue("deputyUserId", deputyUserId).putValue("reviewYear", 2026)
                        .putValue("dutyReportDue", deadlines.due("review-duty-report")))
                .execute();
        assertThat(instance).isWaitingAt("Task_ComputeScore");
        runJob(instance, "Task_ComputeScore");
        return instance;
    }

    private Task task(ProcessInstance instance) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void complete(Task task, Map<String, Object> variables) {
        processEngine.getTaskService().complete(task.getId(), variables);
    }

    private List<String> candidateGroups(Task task) {
        return processEngine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private void objection(ProcessInstance instance, long objectionId) {
        processEngine.getRuntimeService().createMessageCorrelation(DeputyReviewProcess.MSG_OBJECTION)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .setVariables(OBJECTION_ID.as(objectionId)).correlate();
    }

    private void passDeadline(cn.deputylink.shared.process.ProcessVariable<Date> deadline, ProcessInstance instance) {
        Date at = deadline.find(processEngine.getRuntimeService().getVariables(instance.getId())).orElseThrow();
        ClockUtil.setCurrentTime(new Date(at.getTime() + 60_000));
    }

    private void runJob(ProcessInstance instance, String activityId) {
        Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        processEngine.getManagementService().executeJob(job.getId());
    }

    private static Date at(int y, int m, int d, int h) {
        return Date.from(ZonedDateTime.of(y, m, d, h, 0, 0, 0, SHANGHAI).toInstant());
    }

    /** Stands in for the reviewObjections bean of the input mapping. */
    public static class ObjectionSummaries {
        public String summary(Long objectionId) {
            return "异议 " + objectionId;
        }
    }
}
