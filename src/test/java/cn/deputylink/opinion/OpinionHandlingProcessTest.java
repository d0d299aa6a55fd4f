package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Every route and every timer of opinion-handling.bpmn on an in-memory engine with the real
 * routing table and the real deadlines (config/opinion.yml, holiday calendar); the delegates are
 * stand-ins that set the variables the gateways read, as the real ones do.
 */
@Deployment(resources = {"processes/opinion-handling.bpmn", "processes/opinion-routing.dmn",
        "forms/opinion-triage.form", "forms/opinion-department.form", "forms/opinion-supervision.form"})
class OpinionHandlingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessUnitTest.engineWithCoverageAtLeast(0.9);

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Deadlines deadlines = ConfigFixtures.deadlines();
    private final List<String> calls = new ArrayList<>();
    private int unsatisfied;
    private ProcessInstance instance;

    @BeforeEach
    void standIns() {
        ProcessUnitTest.bindAssertions(engine);
        Mocks.register("deadlines", deadlines);
        record("opinionPrepareTriage", ex -> ex.setVariable("departmentCode", ex.getVariable("proposedDepartmentCode")));
        record("opinionRecordTriage", ex -> ex.setVariable("merged", Boolean.TRUE.equals(ex.getVariable("merge"))));
        record("opinionMerge", ex -> { });
        record("opinionEscalate", ex -> {
            ex.setVariable("stationCode", "ty");
            ex.setVariable("stationLevel", "TOWNSHIP");
        });
        record("opinionHandOver", ex -> { });
        record("opinionAssignDepartment", ex -> {
            ex.setVariable("replyDue", deadlines.due(unsatisfied > 0 ? "opinion-rehandle-reply" : "opinion-reply"));
            ex.setVariable("reassign", false);
        });
        record("opinionRemindDepartment", ex -> { });
        record("opinionMarkOverdue", ex -> { });
        record("opinionRecordDepartmentResult", ex ->
                ex.setVariable("reassign", Boolean.TRUE.equals(ex.getVariable("reassign"))));
        record("opinionPublishReply", ex -> { });
        record("opinionRecordFeedback", ex -> {
            String rating = (String) ex.getVariable("rating");
            String outcome = "ACCEPTED";
            if ("UNSATISFIED".equals(rating)) {
                unsatisfied++;
                outcome = unsatisfied <= 1 ? "REHANDLE" : "SUPERVISE";
            }
            ex.setVariable("feedbackOutcome", outcome);
        });
        Mocks.register("opinionRecordSupervision", (TaskListener) task -> calls.add("opinionRecordSupervision"));
        record("opinionArchive", ex -> { });
    }

    private void record(String bean, JavaDelegate behaviour) {
        Mocks.register(bean, (JavaDelegate) ex -> {
            calls.add(bean);
            behaviour.execute(ex);
        });
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    // ---- a small vocabulary that reads like the process

    private void receive(String stationCode, String stationLevel, String category) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("opinionId", 1L);
        vars.put("stationCode", stationCode);
        vars.put("stationLevel", stationLevel);
        vars.put("category", category);
        instance = runtimeService().startProcessInstanceByKey(OpinionProcess.PROCESS_ID, "YJ-2026-000001", vars);
        assertThat(instance).isWaitingAt(OpinionProcess.TRIAGE);
    }

    private void triage(String route, Object... more) {
        Task triage = task(OpinionProcess.TRIAGE, instance);
        Map<String, Object> vars = withVariables("route", route, "merge", false);
        for (int i = 0; i < more.length; i += 2) {
            vars.put((String) more[i], more[i + 1]);
        }
        complete(triage, vars);
    }

    private void departmentReplies() {
        complete(task(OpinionProcess.HANDLE, instance), withVariables("reassign", false, "reply", "已修复"));
        assertThat(instance).isWaitingAt(OpinionProcess.PUBLISH_REPLY);
        execute(job(OpinionProcess.PUBLISH_REPLY, instance));
        assertThat(instance).isWaitingAt(OpinionProcess.AWAIT_FEEDBACK);
    }

    private void citizenRates(String rating) {
        runtimeService().createMessageCorrelation(OpinionProcess.MSG_FEEDBACK)
                .processInstanceBusinessKey("YJ-2026-000001").setVariable("rating", rating).correlate();
    }

    private void archived() {
        assertThat(instance).isWaitingAt(OpinionProcess.ARCHIVE);
        execute(job(OpinionProcess.ARCHIVE, instance));
        assertThat(instance).hasPassed(OpinionProcess.END_ARCHIVED).isEnded();
    }

    private static Date at(int y, int m, int d, int h) {
        return Date.from(ZonedDateTime.of(y, m, d, h, 0, 0, 0, SHANGHAI).toInstant());
    }

    // ---- routes

    @Test
    void answeredOnTheSpotClosesAtOnce() {
        receive("ty-xl", "VILLAGE", null);
        assertThat(task(OpinionProcess.TRIAGE, instance)).hasCandidateGroup("station-ty-xl");
        triage("ON_SITE", "reply", "已当场解释政策");
        archived();
        assertThat(instance).hasPassed("Gateway_TriageClosed").hasNotPassed(OpinionProcess.ASSIGN);
        assertThat(calls).doesNotContain("opinionAssignDepartment");
    }

    @Test
    void rejectedWithAReasonCloses() {
        receive("ty-xl", "VILLAGE", "LEGAL");
        triage("REJECT", "rejectReason", "涉及正在审理的司法案件");
        archived();
        assertThat(instance).hasPassed("Gateway_TriageClosed").hasNotPassed(OpinionProcess.ASSIGN, OpinionProcess.HAND_OVER);
    }

    @Test
    void escalatedToTheParentStationWhichTriagesAgain() {
        receive("ty-xl", "VILLAGE", "TRAFFIC");
        triage("UPPER");
        assertThat(instance).hasPassed(OpinionProcess.ESCALATE).isWaitingAt(OpinionProcess.TRIAGE);
        assertThat(task(OpinionProcess.TRIAGE, instance)).hasCandidateGroup("station-ty");
        triage("ON_SITE", "reply", "镇人大已答复");
        archived();
    }

    @Test
    void turnedIntoADeputySuggestionThroughTheHandover() {
        receive("ty-xl", "VILLAGE", "AGRICULTURE");
        triage("SUGGESTION", "deputyCode", "D010");
        assertThat(instance).isWaitingAt(OpinionProcess.HAND_OVER);
        execute(job(OpinionProcess.HAND_OVER, instance));
        assertThat(calls).contains("opinionHandOver");
        archived();
    }

    @Test
    void aFailingHandoverBecomesAnIncidentAfterItsRetries() {
        Mocks.register("opinionHandOver", (JavaDelegate) ex -> {
            throw new org.camunda.bpm.engine.ProcessEngineException("无法转为代表建议：系统未启用代表建议办理功能");
        });
        ClockUtil.setCurrentTime(at(2026, 11, 2, 9));
        receive("ty-xl", "VILLAGE", "AGRICULTURE");
        triage("SUGGESTION", "deputyCode", "D010");
        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = jobQuery().processInstanceId(instance.getId()).singleResult();
            ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 6 * 60_000));
            try {
                engine.getProcessEngine().getManagementService().executeJob(job.getId());
            } catch (org.camunda.bpm.engine.ProcessEngineException expected) {
                assertThat(expected.getMessage()).contains("代表建议");
            }
        }
        Incident incident = runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentMessage()).contains("无法转为代表建议");
        assertThat(instance).isWaitingAt(OpinionProcess.HAND_OVER);
    }

    @Test
    void mergedIntoAnOpenCaseEndsThisOne() {
        receive("ty-xl", "VILLAGE", null);
        complete(task(OpinionProcess.TRIAGE, instance), withVariables("merge", true, "mergeInto", "YJ-2026-000009"));
        assertThat(instance).hasPassed(OpinionProcess.MERGE, OpinionProcess.END_MERGED).isEnded();
        assertThat(calls).doesNotContain("opinionArchive");
    }

    @Test
    void theDepartmentReturnsItAsNotOursAndTriageChoosesAgain() {
        receive("ty", "TOWNSHIP", "TRAFFIC");
        assertThat(instance).variables().containsEntry("proposedDepartmentCode", "jtj");
        triage("LOCAL", "departmentCode", "jtj");
        assertThat(task(OpinionProcess.HANDLE, instance)).hasCandidateGroup("dept-jtj");
        complete(task(OpinionProcess.HANDLE, instance), withVariables("reassign", true, "reassignReason", "属住建局职责"));
        assertThat(instance).hasPassedInOrder(OpinionProcess.RECORD_RESULT, "Gateway_DepartmentResult",
                "Gateway_AwaitTriage").isWaitingAt(OpinionProcess.TRIAGE);
        triage("LOCAL", "departmentCode", "zjj");
        assertThat(task(OpinionProcess.HANDLE, instance)).hasCandidateGroup("dept-zjj");
        departmentReplies();
        citizenRates("SATISFIED");
        archived();
    }

    @Test
    void unsatisfiedOnceIsReHandledByTheSameDepartmentWithANewDeadline() {
        ClockUtil.setCurrentTime(at(2026, 11, 2, 9));
        receive("ty", "TOWNSHIP", "HOUSING");
        triage("LOCAL", "departmentCode", "zjj");
        departmentReplies();
        ClockUtil.setCurrentTime(at(2026, 11, 30, 9));
        citizenRates("UNSATISFIED");
        assertThat(instance).hasPassedInOrder(OpinionProcess.RECORD_FEEDBACK, "Gateway_Rating", OpinionProcess.ASSIGN)
                .isWaitingAt(OpinionProcess.HANDLE);
        Task again = task(OpinionProcess.HANDLE, instance);
        assertThat(again).hasCandidateGroup("dept-zjj");
        assertThat(again.getDueDate()).isEqualTo(deadlines.dueFrom("opinion-rehandle-reply", at(2026, 11, 30, 9)));
        departmentReplies();
        citizenRates("BASICALLY_SATISFIED");
        archived();
        assertThat(instance).hasNotPassed(OpinionProcess.SUPERVISE_UNSATISFIED);
    }

    @Test
    void unsatisfiedTwiceGoesToSupervisionAndThenCloses() {
        receive("ty", "TOWNSHIP", "HOUSING");
        triage("LOCAL", "departmentCode", "zjj");
        departmentReplies();
        citizenRates("UNSATISFIED");
        departmentReplies();
        citizenRates("UNSATISFIED");
        assertThat(instance).isWaitingAt(OpinionProcess.SUPERVISE_UNSATISFIED);
        assertThat(task(OpinionProcess.SUPERVISE_UNSATISFIED, instance)).hasCandidateGroup("supervisors");
        complete(task(OpinionProcess.SUPERVISE_UNSATISFIED, instance), withVariables("supervisionNote", "约谈承办单位"));
        assertThat(calls).contains("opinionRecordSupervision");
        archived();
    }

    // ---- timers

    @Test
    void theReminderAndTheOverdueTimerFollowTheHolidayCalendarAcrossNationalDay() {
        ClockUtil.setCurrentTime(at(2026, 9, 28, 10));
        receive("ty", "TOWNSHIP", "TRAFFIC");
        triage("LOCAL", "departmentCode", "jtj");
        Task handle = task(OpinionProcess.HANDLE, instance);
        // 15 working days: 9-29, 9-30, (10-1..10-7 holiday), 10-8, 10-9, 10-10 (调休 Saturday), 10-12 … 10-23
        assertThat(handle.getDueDate()).isEqualTo(at(2026, 10, 24, 0));
        Job reminder = jobQuery().activityId(OpinionProcess.REMINDER).singleResult();
        Job overdue = jobQuery().activityId(OpinionProcess.OVERDUE).singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(at(2026, 10, 21, 0));
        assertThat(overdue.getDuedate()).isEqualTo(at(2026, 10, 24, 0));

        ClockUtil.setCurrentTime(at(2026, 10, 21, 8));
        execute(reminder);
        execute(job(OpinionProcess.REMIND, instance));
        assertThat(instance).hasPassed(OpinionProcess.REMIND, "EndEvent_ReminderSent").isWaitingAt(OpinionProcess.HANDLE);

        ClockUtil.setCurrentTime(at(2026, 10, 24, 8));
        execute(overdue);
        assertThat(instance).hasPassed(OpinionProcess.MARK_OVERDUE)
                .isWaitingAt(OpinionProcess.HANDLE, OpinionProcess.SUPERVISE_OVERDUE);
        assertThat(task(OpinionProcess.SUPERVISE_OVERDUE, instance)).hasCandidateGroup("supervisors");
        complete(task(OpinionProcess.SUPERVISE_OVERDUE, instance), withVariables("supervisionNote", "请三日内答复"));
        assertThat(instance).hasPassed("EndEvent_OverdueSupervised").isWaitingAt(OpinionProcess.HANDLE);
        departmentReplies();
        citizenRates("SATISFIED");
        archived();
    }

    @Test
    void aReplyWhileSupervisionIsOpenEndsTheSupervisionTask() {
        ClockUtil.setCurrentTime(at(2026, 11, 2, 9));
        receive("ty", "TOWNSHIP", "EDUCATION");
        triage("LOCAL", "departmentCode", "jyj");
        ClockUtil.setCurrentTime(at(2026, 12, 31, 9));
        for (Job due : jobQuery().processInstanceId(instance.getId()).timers().list()) {
            execute(due);
        }
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isEqualTo(2);
        departmentReplies();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void withoutARatingInSevenDaysTheCaseClosesAsNotRated() {
        ClockUtil.setCurrentTime(at(2026, 11, 2, 9));
        receive("ty", "TOWNSHIP", "HEALTH");
        triage("LOCAL", "departmentCode", "wjj");
        departmentReplies();
        Job timeout = jobQuery().activityId(OpinionProcess.FEEDBACK_TIMEOUT).singleResult();
        assertThat(timeout.getDuedate()).isEqualTo(at(2026, 11, 9, 9));
        ClockUtil.setCurrentTime(at(2026, 11, 9, 10));
        execute(timeout);
        assertThat(instance).hasPassed(OpinionProcess.FEEDBACK_TIMEOUT).hasNotPassed(OpinionProcess.RECORD_FEEDBACK);
        archived();
        assertThat(calls).doesNotContain("opinionRecordFeedback");
    }

    @Test
    void theFormsAreTheDeployedCamundaForms() {
        receive("ty", "TOWNSHIP", null);
        ProcessEngine processEngine = engine.getProcessEngine();
        Task triage = task(OpinionProcess.TRIAGE, instance);
        assertThat(processEngine.getFormService().getTaskFormData(triage.getId()).getCamundaFormRef().getKey())
                .isEqualTo("form-opinion-triage");
        assertThat(processEngine.getFormService().getDeployedTaskForm(triage.getId())).isNotNull();
        assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKeys("name", "phone",
                "citizenName", "citizenPhone");
        assertThat(Variables.createVariables()).isEmpty();
    }
}
