package cn.deputylink.suggestion;

import static cn.deputylink.suggestion.SuggestionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of deputy-suggestion on the in-memory engine, timers driven by the engine clock.
 * The service tasks are stand-ins that set the same routing variables the real ones set (the
 * real ones, with the case file, are exercised by SuggestionWorkflowIT).
 */
@Deployment(resources = {"processes/deputy-suggestion.bpmn", "forms/suggestion-submit.form",
        "forms/suggestion-admission.form", "forms/suggestion-revise.form", "forms/suggestion-co-handler.form",
        "forms/suggestion-consultation.form", "forms/suggestion-reply.form", "forms/suggestion-extension-review.form",
        "forms/suggestion-supervision.form", "forms/suggestion-rating.form", "forms/suggestion-follow-up.form",
        "forms/suggestion-key-progress.form", "forms/suggestion-key-supervision.form",
        "forms/suggestion-reassign.form"})
class DeputySuggestionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessUnitTest.engineWithCoverageAtLeast(0.9);

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Date SUBMITTED = at(2026, 3, 2, 9);

    private final Deadlines deadlines = ConfigFixtures.deadlines();
    private final List<String> closings = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        ProcessUnitTest.bindAssertions(engine);
        processEngine = engine.getProcessEngine();
        ClockUtil.setCurrentTime(SUBMITTED);
        Mocks.register("deadlines", deadlines);
        Mocks.register("suggestionFormRecorder", (TaskListener) task -> calls.add("form:" + task.getTaskDefinitionKey()));
        Mocks.register("suggestionRegistration", (JavaDelegate) ex -> {
            DEPUTY_USER_ID.set(ex, "d010");
            SUGGESTION_TITLE.set(ex, "关于增开城乡公交的建议");
        });
        Mocks.register("suggestionLedger", (JavaDelegate) ex -> calls.add("ledger"));
        Mocks.register("suggestionAssignment", (JavaDelegate) ex -> {
            String lead = LEAD_DEPARTMENT.require(ex);
            List<String> co = new ArrayList<>(FormValues.codes(ex.getVariable(CO_DEPARTMENTS)));
            co.remove(lead);
            Date now = ClockUtil.getCurrentTime();
            CO_DEPARTMENT_LIST.set(ex, co);
            CO_DEPARTMENT_COUNT.set(ex, co.size());
            ASSIGNED_AT.set(ex, now);
            REPLY_DUE.set(ex, deadlines.dueFrom(DEADLINE_REPLY, now));
            CO_OPINION_DUE.set(ex, deadlines.dueFrom("suggestion-co-handler-opinion", now));
            calls.add("assign:" + lead);
        });
        Mocks.register("suggestionExtension", (JavaDelegate) ex -> {
            Date due = deadlines.capped(deadlines.dueFrom(DEADLINE_REPLY_MAX, ASSIGNED_AT.require(ex)),
                    DEADLINE_REPLY_MAX, ASSIGNED_AT.require(ex));
            REPLY_DUE.set(ex, due);
            for (Job job : ex.getProcessEngineServices().getManagementService().createJobQuery()
                    .processInstanceId(ex.getProcessInstanceId()).activityId(BOUNDARY_REPLY_OVERDUE).list()) {
                ex.getProcessEngineServices().getManagementService().recalculateJobDuedate(job.getId(), false);
            }
        });
        Mocks.register("suggestionOverdue", (JavaDelegate) ex -> calls.add("overdue"));
        Mocks.register("suggestionReplyPublisher", (JavaDelegate) ex -> calls.add("published"));
        Mocks.register("suggestionCoHandlerReminder", (JavaDelegate) ex -> calls.add("reminded"));
        Mocks.register("suggestionClosing", (JavaDelegate) ex -> closings.add(CLOSING_STATUS.require(ex)));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    // ------------------------------------------------------------------ admission

    @Test
    void acceptedWithoutCoHandlersIsConsultedRepliedRatedAndClosed() {
        ProcessInstance pi = submit();
        assertThat(pi).isWaitingAt(TASK_REVIEW_ADMISSION);
        assertThat(task(TASK_REVIEW_ADMISSION)).hasCandidateGroup("liaison-office");
        assertThat(calls).containsSequence("ledger");

        accept(pi, "jtj", List.of(), false);
        assertThat(pi).hasPassed("EndEvent_NoKeySupervision");
        assertThat(pi).isWaitingAt(TASK_CONSULT);
        Task consult = task(TASK_CONSULT);
        assertThat(consult).hasCandidateGroup("dept-jtj");
        assertThat(consult.getDueDate()).isEqualTo(at(2026, 6, 2, 9));
        assertThat(job(BOUNDARY_REPLY_OVERDUE).getDuedate()).isEqualTo(at(2026, 6, 2, 9));

        consult(pi, "CONSULTED");
        assertThat(pi).isWaitingAt(TASK_REPLY);
        reply(pi, "A");
        assertThat(pi).hasPassed("Task_PublishReply");
        Task rate = task(TASK_RATE);
        assertThat(rate).isAssignedTo("d010");
        complete(rate, Map.of("rating", "SATISFIED"));

        assertThat(pi).hasPassed("Gateway_IsResultB", "EndEvent_SuggestionClosed").hasNotPassed(CATCH_NEXT_QUARTER).isEnded();
        assertThat(closings).containsExactly("CLOSED");
        assertThat(job(BOUNDARY_REPLY_OVERDUE)).isNull();
    }

    @Test
    void returnedSuggestionIsRevisedResubmittedAndThenConvertedToALetter() {
        ProcessInstance pi = submit();
        complete(task(TASK_REVIEW_ADMISSION), Map.of("admission", "RETURN", "admissionComment", "请补充具体线路"));
        Task revise = task(TASK_REVISE);
        assertThat(revise).isAssignedTo("d010");
        complete(revise, Map.of("revisionAction", "RESUBMIT", "suggestionTitle", "关于增开城乡公交线路的建议"));
        assertThat(pi).isWaitingAt(TASK_REVIEW_ADMISSION);

        complete(task(TASK_REVIEW_ADMISSION), Map.of("admission", "CONVERT_TO_LETTER", "admissionComment", "属个案诉求"));
        assertThat(pi).hasPassed("EndEvent_ConvertedToLetter").isEnded();
        assertThat(closings).containsExactly("CONVERTED_TO_LETTER");
        assertThat(calls).doesNotContain("assign:jtj");
    }

    @Test
    void aReturnedSuggestionMayBeWithdrawnByTheDeputy() {
        ProcessInstance pi = submit();
        complete(task(TASK_REVIEW_ADMISSION), Map.of("admission", "RETURN", "admissionComment", "请补充"));
        complete(task(TASK_REVISE), Map.of("revisionAction", "WITHDRAW"));
        assertThat(pi).hasPassed("EndEvent_SuggestionWithdrawn").isEnded();
        assertThat(closings).containsExactly("WITHDRAWN");
    }

    // ------------------------------------------------------------------ co-handlers

    @Test
    void twoCoHandlersGetOneTaskEachAndTheReplyWaitsForBothOpinions() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of("zjj", "hbj"), false);

        List<Task> coTasks = tasks(TASK_CO_HANDLER_OPINION);
        assertThat(coTasks).hasSize(2);
        assertThat(processEngine.getTaskService().createTaskQuery().taskCandidateGroup("dept-zjj").count()).isEqualTo(1);
        assertThat(processEngine.getTaskService().createTaskQuery().taskCandidateGroup("dept-hbj").count()).isEqualTo(1);
        assertThat(coTasks.get(0).getDueDate()).isEqualTo(at(2026, 4, 2, 9));

        consult(pi, "WAIVED");
        assertThat(tasks(TASK_REPLY)).isEmpty();
        complete(coTasks.get(0), Map.of("coHandlerOpinion", "同意增设站点"));
        assertThat(tasks(TASK_REPLY)).isEmpty();
        complete(coTasks.get(1), Map.of("coHandlerOpinion", "配合做好道路保障"));
        assertThat(pi).isWaitingAt(TASK_REPLY);
        assertThat(calls).doesNotContain("reminded");
    }

    @Test
    void coHandlersStillSilentAfterAMonthAreRemindedAndKeepTheirTask() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of("zjj"), false);
        Job due = job(BOUNDARY_CO_OPINION_DUE);
        assertThat(due.getDuedate()).isEqualTo(at(2026, 4, 2, 9));

        ClockUtil.setCurrentTime(at(2026, 4, 2, 10));
        execute(due);
        assertThat(calls).contains("reminded");
        assertThat(pi).hasPassed("EndEvent_CoHandlersReminded");
        assertThat(tasks(TASK_CO_HANDLER_OPINION)).hasSize(1);
    }

    // ------------------------------------------------------------------ deadlines

    @Test
    void anApprovedExtensionMovesTheDueDateToTheCapAndTheOverdueTimerWithIt() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of(), false);
        requestExtension(pi);
        Task review = task(TASK_REVIEW_EXTENSION);
        assertThat(review).hasCandidateGroup("liaison-office");
        complete(review, Map.of("extensionDecision", "APPROVED"));
        assertThat(pi).hasPassed("Task_ExtendReplyDeadline", "EndEvent_ExtensionGranted");

        assertThat(job(BOUNDARY_REPLY_OVERDUE).getDuedate()).isEqualTo(at(2026, 9, 2, 9));
        ClockUtil.setCurrentTime(at(2026, 6, 3, 9));
        assertThat(executableJobs()).isEmpty();
        ClockUtil.setCurrentTime(at(2026, 9, 2, 10));
        execute(job(BOUNDARY_REPLY_OVERDUE));
        assertThat(calls).contains("overdue");
        assertThat(pi).isWaitingAt(TASK_SUPERVISE_OVERDUE, TASK_CONSULT);
    }

    @Test
    void aRefusedExtensionKeepsTheThreeMonthDueDate() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of(), false);
        requestExtension(pi);
        complete(task(TASK_REVIEW_EXTENSION), Map.of("extensionDecision", "REFUSED"));
        assertThat(pi).hasPassed("EndEvent_ExtensionRefused").hasNotPassed("Task_ExtendReplyDeadline");
        assertThat(job(BOUNDARY_REPLY_OVERDUE).getDuedate()).isEqualTo(at(2026, 6, 2, 9));
    }

    @Test
    void anOverdueReplyGoesToSupervisorsWhileTheLeadKeepsWorking() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of(), false);
        ClockUtil.setCurrentTime(at(2026, 6, 2, 8));
        assertThat(executableJobs()).isEmpty();
        ClockUtil.setCurrentTime(at(2026, 6, 2, 10));
        execute(job(BOUNDARY_REPLY_OVERDUE));

        Task supervise = task(TASK_SUPERVISE_OVERDUE);
        assertThat(supervise).hasCandidateGroup("supervisors");
        assertThat(calls).contains("overdue");
        consult(pi, "CONSULTED");
        reply(pi, "D");
        complete(supervise, Map.of("supervisionNote", "已约谈主办单位"));
        assertThat(pi).hasPassed("EndEvent_OverdueSupervised");
        complete(task(TASK_RATE), Map.of("rating", "BASICALLY_SATISFIED"));
        assertThat(pi).isEnded();
    }

    @Test
    void notOursSendsItBackToTheOfficeWhichReassignsItAndTheClockRestarts() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of("zjj"), false);
        ClockUtil.setCurrentTime(at(2026, 3, 20, 9));
        consult(pi, "NOT_OURS");

        assertThat(pi).hasPassed("EndEvent_NotOurs", "BoundaryEvent_NotOurs");
        assertThat(tasks(TASK_CO_HANDLER_OPINION)).isEmpty();
        Task reassign = task(TASK_REASSIGN);
        assertThat(reassign).hasCandidateGroup("liaison-office");
        complete(reassign, Map.of("leadDepartment", "sjtj", "coDepartments", List.of()));

        assertThat(calls).containsSubsequence("assign:jtj", "assign:sjtj");
        assertThat(task(TASK_CONSULT)).hasCandidateGroup("dept-sjtj");
        assertThat(job(BOUNDARY_REPLY_OVERDUE).getDuedate()).isEqualTo(at(2026, 6, 20, 9));
    }

    // ------------------------------------------------------------------ rating

    @Test
    void unsatisfiedTwiceIsRehandledThenSupervisedAndClosed() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of(), false);
        consult(pi, "CONSULTED");
        reply(pi, "C");
        ClockUtil.setCurrentTime(at(2026, 4, 10, 9));
        complete(task(TASK_RATE), Map.of("rating", "UNSATISFIED"));

        Task rehandle = task(TASK_REHANDLE);
        assertThat(rehandle).hasCandidateGroup("dept-jtj");
        assertThat(rehandle.getDueDate()).isEqualTo(at(2026, 5, 10, 9));
        complete(rehandle, Map.of("resultClass", "A", "replyText", "已协调解决"));
        assertThat(calls.stream().filter("published"::equals)).hasSize(2);

        complete(task(TASK_RATE), Map.of("rating", "UNSATISFIED"));
        Task supervise = task(TASK_SUPERVISE_UNSATISFIED);
        assertThat(supervise).hasCandidateGroup("supervisors");
        complete(supervise, Map.of("supervisionNote", "督办后办结"));
        assertThat(pi).hasPassed(TASK_SUPERVISE_UNSATISFIED, "EndEvent_SuggestionClosed").isEnded();
        assertThat(closings).containsExactly("CLOSED");
    }

    @Test
    void aLateRehandlingIsSupervisedToo() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of(), false);
        consult(pi, "CONSULTED");
        reply(pi, "C");
        complete(task(TASK_RATE), Map.of("rating", "UNSATISFIED"));
        ClockUtil.setCurrentTime(at(2026, 4, 3, 9));
        execute(job(BOUNDARY_REHANDLE_OVERDUE));
        assertThat(task(TASK_SUPERVISE_OVERDUE)).hasCandidateGroup("supervisors");
        assertThat(tasks(TASK_REHANDLE)).hasSize(1);
    }

    // ------------------------------------------------------------------ follow-up and key suggestions

    @Test
    void aBReplyIsFollowedUpEachQuarterUntilResolved() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of(), false);
        consult(pi, "CONSULTED");
        ClockUtil.setCurrentTime(at(2026, 5, 6, 9));
        reply(pi, "B");
        complete(task(TASK_RATE), Map.of("rating", "SATISFIED"));

        assertThat(pi).isWaitingAt(CATCH_NEXT_QUARTER);
        assertThat(job(CATCH_NEXT_QUARTER).getDuedate()).isEqualTo(at(2026, 8, 6, 9));
        ClockUtil.setCurrentTime(at(2026, 8, 6, 10));
        execute(job(CATCH_NEXT_QUARTER));
        Task report = task(TASK_REPORT_FOLLOW_UP);
        assertThat(report).hasCandidateGroup("dept-jtj");
        complete(report, Map.of("followUpProgress", "已完成线路规划", "followUpResolved", false));

        assertThat(job(CATCH_NEXT_QUARTER).getDuedate()).isEqualTo(at(2026, 11, 6, 10));
        ClockUtil.setCurrentTime(at(2026, 11, 6, 11));
        execute(job(CATCH_NEXT_QUARTER));
        complete(task(TASK_REPORT_FOLLOW_UP), Map.of("followUpProgress", "线路已开通", "followUpResolved", true));
        assertThat(pi).hasPassed("Gateway_FollowUpResolved", "EndEvent_SuggestionClosed").isEnded();
    }

    @Test
    void aKeySuggestionHasASupervisionTrackWithMonthlyProgressReports() {
        ProcessInstance pi = submit();
        accept(pi, "jtj", List.of(), true);
        assertThat(pi).isWaitingAt(CATCH_KEY_PROGRESS_DUE, TASK_CONSULT);
        assertThat(job(CATCH_KEY_PROGRESS_DUE).getDuedate()).isEqualTo(at(2026, 4, 2, 9));

        ClockUtil.setCurrentTime(at(2026, 4, 2, 10));
        execute(job(CATCH_KEY_PROGRESS_DUE));
        Task report = task(TASK_REPORT_KEY_PROGRESS);
        assertThat(report).hasCandidateGroup("dept-jtj");
        complete(report, Map.of("keyProgress", "已完成调研"));
        Task supervise = task(TASK_SUPERVISE_KEY);
        assertThat(supervise).hasCandidateGroup("supervisors");
        complete(supervise, Map.of("supervisionNote", "请加快进度", "keySupervisionDone", false));

        ClockUtil.setCurrentTime(at(2026, 5, 2, 11));
        execute(job(CATCH_KEY_PROGRESS_DUE));
        complete(task(TASK_REPORT_KEY_PROGRESS), Map.of("keyProgress", "方案已定"));
        complete(task(TASK_SUPERVISE_KEY), Map.of("supervisionNote", "督办结束", "keySupervisionDone", true));
        assertThat(pi).hasPassed("EndEvent_KeySupervisionEnded");

        consult(pi, "CONSULTED");
        reply(pi, "A");
        complete(task(TASK_RATE), Map.of("rating", "SATISFIED"));
        assertThat(pi).isEnded();
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance submit() {
        return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_ID, "JY-2026-0001",
                SUGGESTION_ID.as(1L));
    }

    private void accept(ProcessInstance pi, String lead, List<String> co, boolean key) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("admission", "ACCEPT");
        vars.put("leadDepartment", lead);
        vars.put("coDepartments", co);
        vars.put("keySuggestion", key);
        complete(task(TASK_REVIEW_ADMISSION), vars);
    }

    private void consult(ProcessInstance pi, String action) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("leadAction", action);
        if (action.equals("CONSULTED")) {
            vars.put("consultationMethod", "PHONE");
            vars.put("consultationDate", "2026-03-10");
            vars.put("consultationSummary", "电话听取代表意见");
        }
        if (action.equals("NOT_OURS")) {
            vars.put("notOursReason", "属市级交通部门职责");
        }
        complete(task(TASK_CONSULT), vars);
    }

    private void reply(ProcessInstance pi, String resultClass) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("resultClass", resultClass);
        vars.put("replyText", "答复内容");
        if (resultClass.equals("B")) {
            vars.put("promisedDate", "2026-12-31");
        }
        complete(task(TASK_REPLY), vars);
    }

    private void requestExtension(ProcessInstance pi) {
        processEngine.getRuntimeService().createMessageCorrelation(MSG_EXTENSION_REQUESTED)
                .processInstanceBusinessKey(pi.getBusinessKey())
                .setVariable("extensionId", 7L).setVariable("extensionReason", "需跨部门协调")
                .correlate();
    }

    private Task task(String key) {
        List<Task> found = tasks(key);
        assertThat(found).as("open task " + key).hasSize(1);
        return found.get(0);
    }

    private List<Task> tasks(String key) {
        return processEngine.getTaskService().createTaskQuery().taskDefinitionKey(key).list();
    }

    private void complete(Task task, Map<String, Object> vars) {
        processEngine.getTaskService().complete(task.getId(), vars);
    }

    private Job job(String activityId) {
        List<Job> jobs = processEngine.getManagementService().createJobQuery().activityId(activityId).list();
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    private List<Job> executableJobs() {
        return processEngine.getManagementService().createJobQuery().executable().list();
    }

    private void execute(Job job) {
        processEngine.getManagementService().executeJob(job.getId());
    }

    private static Date at(int y, int m, int d, int h) {
        return Date.from(ZonedDateTime.of(y, m, d, h, 0, 0, 0, SHANGHAI).toInstant());
    }
}
