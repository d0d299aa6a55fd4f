package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodProjectProcess.*;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * Every path of livelihood-project: planning, quarterly reports and inspections while the
 * department builds (with their reminders), acceptance or rework, and the evaluation at the
 * next session, closed by the secretariat, by its time limit, or never held.
 */
@Deployment(resources = {"processes/livelihood-project.bpmn", "forms/project-plan.form",
        "forms/project-progress.form", "forms/project-completion.form", "forms/project-inspection.form",
        "forms/project-acceptance.form", "forms/project-evaluation.form"})
class LivelihoodProjectProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessUnitTest.engineWithCoverageAtLeast(0.9);

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Date SELECTED = at(2026, 6, 16, 10);
    private static final Date COMPLETION_DUE = at(2026, 12, 1, 0);

    private RuntimeService runtime;
    private TaskService tasks;
    private ManagementService management;
    private Deadlines deadlines;
    private final List<String> called = new ArrayList<>();

    @BeforeEach
    void setUp() {
        ProcessUnitTest.bindAssertions(engine);
        runtime = engine.getProcessEngine().getRuntimeService();
        tasks = engine.getProcessEngine().getTaskService();
        management = engine.getProcessEngine().getManagementService();
        deadlines = ConfigFixtures.deadlines();
        Mocks.register("deadlines", deadlines);
        ClockUtil.setCurrentTime(SELECTED);
        Mocks.register("projectRegistration", (JavaDelegate) e -> {
            called.add("projectRegistration");
            PROJECT_ID.set(e, 31L);
            CONGRESS_GROUP.set(e, "congress-t");
        });
        Mocks.register("projectPlanForm", (TaskListener) t -> {
            called.add("projectPlanForm:" + t.getEventName());
            if (TaskListener.EVENTNAME_COMPLETE.equals(t.getEventName())) {
                PLANNED_COMPLETION_DUE.set(t, COMPLETION_DUE);
            }
        });
        for (String listener : List.of("completionForm", "progressReportForm", "inspectionForm", "acceptanceForm")) {
            Mocks.register(listener, (TaskListener) t -> called.add(listener));
        }
        for (String delegate : List.of("projectReminder", "projectAcceptancePublisher", "projectEvaluationPublisher",
                "projectArchiver")) {
            Mocks.register(delegate, (JavaDelegate) e -> called.add(delegate + ":" + e.getCurrentActivityId()));
        }
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void plannedReportedInspectedAcceptedAndRatedAtTheNextSession() {
        ProcessInstance project = start();
        Task plan = task(project, TASK_PLAN);
        assertThat(plan).hasCandidateGroup("gov-office");
        assertThat(plan.getDueDate()).isEqualTo(deadlines.dueFrom("project-planning", SELECTED));
        complete(plan, DEPARTMENT_CODE.as("jtj"));

        Task build = task(project, TASK_COMPLETE);
        assertThat(build).hasCandidateGroup("dept-jtj");
        assertThat(build.getDueDate()).isEqualTo(COMPLETION_DUE);
        Date firstQuarter = deadlines.dueFrom("project-progress-interval", SELECTED);
        assertThat(timer(project, TIMER_QUARTER).getDuedate()).isEqualTo(firstQuarter);

        fire(project, TIMER_QUARTER, firstQuarter);
        Task report = task(project, TASK_REPORT);
        assertThat(report).hasCandidateGroup("dept-jtj");
        assertThat(report.getDueDate()).isEqualTo(deadlines.dueFrom("project-progress-report", firstQuarter));
        complete(report, Map.of(PERCENT_COMPLETE, 40));
        assertThat(timer(project, TIMER_QUARTER).getDuedate())
                .isEqualTo(deadlines.dueFrom("project-progress-interval", firstQuarter));

        Date inspection = deadlines.dueFrom("project-inspection-interval", SELECTED);
        fire(project, TIMER_INSPECTION, inspection);
        Task inspect = task(project, TASK_INSPECT);
        assertThat(inspect).hasCandidateGroup("congress-t");
        complete(inspect, INSPECTION_CONCLUSION.as("ON_TRACK"));
        assertThat(timer(project, TIMER_INSPECTION)).isNotNull();

        complete(task(project, TASK_COMPLETE), COMPLETION_SUMMARY.as("桥梁已建成通车"));
        assertThat(management.createJobQuery().processInstanceId(project.getId()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(project.getId()).taskDefinitionKey(TASK_REPORT).count())
                .isZero();
        Task accept = task(project, TASK_ACCEPT);
        assertThat(accept).hasCandidateGroup("liaison-office");
        complete(accept, ACCEPTANCE_DECISION.as(ACCEPTED));
        assertThat(project).hasPassed(PUBLISH_ACCEPTANCE)
                .isWaitingAt(AWAIT_EVALUATION);
        assertThat(timer(project, TIMER_NO_EVALUATION).getDuedate()).isEqualTo(deadlines.due("project-evaluation-wait"));

        runtime.createMessageCorrelation(MSG_EVALUATION_OPENED).processInstanceBusinessKey("PJ-2026-t-01")
                .setVariables(EVALUATION_VOTE_ID.as(8L)).correlate();
        Task close = task(project, TASK_CLOSE_EVALUATION);
        assertThat(close).hasCandidateGroup("liaison-office");
        complete(close, Map.of("evaluationClosed", true));
        assertThat(project).hasPassed(PUBLISH_EVALUATION, END_EVALUATED).isEnded();
        assertThat(called).containsSubsequence("projectRegistration", "projectPlanForm:create",
                "projectPlanForm:complete", "progressReportForm", "inspectionForm", "completionForm", "acceptanceForm",
                "projectAcceptancePublisher:" + PUBLISH_ACCEPTANCE, "projectEvaluationPublisher:" + PUBLISH_EVALUATION);
    }

    @Test
    void aLateReportAndALateCompletionRemindTheDepartmentAndTheSupervisors() {
        ProcessInstance project = planned();
        Date firstQuarter = deadlines.dueFrom("project-progress-interval", SELECTED);
        fire(project, TIMER_QUARTER, firstQuarter);
        Date reportDue = deadlines.dueFrom("project-progress-report", firstQuarter);
        fire(project, BOUNDARY_REPORT_OVERDUE, reportDue);
        assertThat(project).hasPassed(REMIND_REPORT).isWaitingAt(TASK_REPORT);

        fire(project, BOUNDARY_COMPLETION_OVERDUE, COMPLETION_DUE);
        assertThat(project).hasPassed(NOTIFY_COMPLETION_OVERDUE).isWaitingAt(TASK_COMPLETE);
        assertThat(called).contains("projectReminder:" + REMIND_REPORT, "projectReminder:" + NOTIFY_COMPLETION_OVERDUE);
    }

    @Test
    void reworkSendsTheProjectBackToImplementation() {
        ProcessInstance project = planned();
        complete(task(project, TASK_COMPLETE), COMPLETION_SUMMARY.as("完工"));
        Map<String, Object> rework = new HashMap<>(ACCEPTANCE_DECISION.as(REWORK));
        rework.putAll(ACCEPTANCE_OPINION.as("桥面排水不畅，限期整改"));
        complete(task(project, TASK_ACCEPT), rework);
        assertThat(task(project, TASK_COMPLETE)).isNotNull();
        assertThat(timer(project, TIMER_QUARTER)).isNotNull();
        assertThat(timer(project, TIMER_INSPECTION)).isNotNull();
    }

    @Test
    void theEvaluationEndsByItselfWhenItsTimeIsUp() {
        ProcessInstance project = accepted();
        runtime.createMessageCorrelation(MSG_EVALUATION_OPENED).processInstanceBusinessKey("PJ-2026-t-01")
                .setVariables(EVALUATION_VOTE_ID.as(8L)).correlate();
        Date ends = deadlines.due("project-evaluation");
        fire(project, BOUNDARY_EVALUATION_ENDS, ends);
        assertThat(project).hasPassed(PUBLISH_EVALUATION).isEnded();
    }

    @Test
    void aProjectNobodyRatesIsArchivedAfterTheWaitingPeriod() {
        ProcessInstance project = accepted();
        Date waitEnds = deadlines.due("project-evaluation-wait");
        ClockUtil.setCurrentTime(new Date(waitEnds.getTime() - 60_000));
        assertThat(management.createJobQuery().processInstanceId(project.getId()).executable().count()).isZero();
        fire(project, TIMER_NO_EVALUATION, waitEnds);
        assertThat(project).hasPassed(ARCHIVE_UNEVALUATED, END_UNEVALUATED).isEnded();
        assertThat(called).contains("projectArchiver:" + ARCHIVE_UNEVALUATED);
    }

    // ---- the story so far

    private ProcessInstance start() {
        Map<String, Object> v = new HashMap<>(PROJECT_KEY.as("PJ-2026-t-01"));
        v.putAll(VOTE_ID.as(7L));
        return runtime.startProcessInstanceByKey(PROCESS_ID, "PJ-2026-t-01", v);
    }

    private ProcessInstance planned() {
        ProcessInstance project = start();
        complete(task(project, TASK_PLAN), DEPARTMENT_CODE.as("jtj"));
        return project;
    }

    private ProcessInstance accepted() {
        ProcessInstance project = planned();
        complete(task(project, TASK_COMPLETE), COMPLETION_SUMMARY.as("完工"));
        complete(task(project, TASK_ACCEPT), ACCEPTANCE_DECISION.as(ACCEPTED));
        return project;
    }

    // ---- engine helpers

    private Task task(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private void complete(Task task, Map<String, Object> variables) {
        assertThat(task).as("open task").isNotNull();
        tasks.complete(task.getId(), variables);
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().singleResult();
    }

    private void fire(ProcessInstance pi, String activityId, Date when) {
        ClockUtil.setCurrentTime(when);
        Job job = timer(pi, activityId);
        assertThat(job).as("timer " + activityId).isNotNull();
        assertThat(job.getDuedate()).isBeforeOrEqualTo(when);
        management.executeJob(job.getId());
    }

    private static Date at(int y, int m, int d, int h) {
        return Date.from(ZonedDateTime.of(y, m, d, h, 0, 0, 0, SHANGHAI).toInstant());
    }
}
