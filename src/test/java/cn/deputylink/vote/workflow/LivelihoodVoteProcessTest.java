package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.support.ConfigFixtures;
import cn.deputylink.support.ProcessUnitTest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
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
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of livelihood-vote on the in-memory engine, timers by the engine clock. Delegates
 * and listeners are stand-ins whose answers each test scripts (quorum, round outcomes, paper
 * ballots, selected projects); the called livelihood-project is a one-task stub.
 */
@Deployment(resources = {"processes/livelihood-vote.bpmn", "forms/vote-screen-proposal.form",
        "forms/vote-screening.form", "forms/vote-approval.form",
        "forms/vote-candidate-list.form", "forms/vote-attendance.form", "forms/vote-end-voting.form",
        "forms/vote-paper-count.form"})
class LivelihoodVoteProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessUnitTest.engineWithCoverageAtLeast(0.9);

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Date LAUNCHED = at(2026, 3, 2, 9);
    private static final Date OPENS = at(2026, 3, 9, 0);
    private static final Date CLOSES = at(2026, 4, 9, 0);
    private static final Date SESSION = at(2026, 6, 15, 9);

    private RuntimeService runtime;
    private TaskService tasks;
    private ManagementService management;
    private Deadlines deadlines;

    private final List<String> called = new ArrayList<>();
    private final Deque<Boolean> quorum = new ArrayDeque<>();
    private final Deque<String> outcomes = new ArrayDeque<>();
    private boolean paperIssued;
    private List<String> selected = List.of("PJ-2026-t-01", "PJ-2026-t-03");
    private List<String> proposals = List.of("11", "12", "13");

    @BeforeEach
    void setUp() {
        ProcessUnitTest.bindAssertions(engine);
        runtime = engine.getProcessEngine().getRuntimeService();
        tasks = engine.getProcessEngine().getTaskService();
        management = engine.getProcessEngine().getManagementService();
        deadlines = ConfigFixtures.deadlines();
        Mocks.register("deadlines", deadlines);
        ClockUtil.setCurrentTime(LAUNCHED);
        engine.getProcessEngine().getRepositoryService().createDeployment()
                .addModelInstance("livelihood-project-stub.bpmn", Bpmn.createExecutableProcess("livelihood-project")
                        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Stub")
                        .userTask("Task_StubProject").camundaCandidateGroups("gov-office")
                        .endEvent("EndEvent_Stub").done())
                .deploy();

        register("voteCollectionOpener");
        register("voteCollectionCloser");
        Mocks.register("voteCollectionExtender", (JavaDelegate) e -> {
            called.add("voteCollectionExtender");
            COLLECTION_CLOSES_AT.set(e, at(2026, 4, 23, 0));
        });
        register("voteReminder");
        Mocks.register("screeningPreparation", (JavaDelegate) e -> {
            called.add("screeningPreparation");
            PROPOSAL_IDS.set(e, proposals);
            SCREENING_DUE.set(e, deadlines.due("vote-screening"));
        });
        Mocks.register("proposalScreeningForm", (TaskListener) t -> called.add("proposalScreeningForm:"
                + t.getEventName() + ":" + PROPOSAL_ID.get(t)));
        Mocks.register("screeningForm", (TaskListener) t -> called.add("screeningForm:" + t.getEventName()));
        Mocks.register("approvalForm", (TaskListener) t -> called.add("approvalForm:" + t.getEventName()));
        Mocks.register("candidateListDistribution", (JavaDelegate) e -> {
            called.add("candidateListDistribution");
            DEPUTY_USER_IDS.set(e, List.of("d001", "d002", "d003"));
        });
        register("satisfactionEvaluationOpener");
        Mocks.register("attendanceForm", (TaskListener) t -> called.add("attendanceForm"));
        Mocks.register("ballotOpener", (JavaDelegate) e -> {
            called.add("ballotOpener");
            QUORUM_MET.set(e, quorum.isEmpty() || quorum.poll());
        });
        Mocks.register("votingStopper", (JavaDelegate) e -> {
            called.add("votingStopper");
            PAPER_BALLOTS_ISSUED.set(e, paperIssued);
        });
        Mocks.register("ballotTally", (JavaDelegate) e -> {
            called.add("ballotTally");
            ROUND_OUTCOME.set(e, outcomes.isEmpty() ? ROUND_DECIDED : outcomes.poll());
        });
        Mocks.register("voteResultPublisher", (JavaDelegate) e -> {
            called.add("voteResultPublisher");
            SELECTED_PROJECT_KEYS.set(e, selected);
            SELECTED_PROJECT_COUNT.set(e, selected.size());
        });
        register("voteCompletion");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    private void register(String bean) {
        Mocks.register(bean, (JavaDelegate) e -> called.add(bean));
    }

    // ---- paths

    @Test
    void aWholeYearFromCollectionToTheLastProjectEvaluated() {
        ProcessInstance vote = launch();
        assertThat(vote).isWaitingAt(TIMER_COLLECTION_OPENS);
        assertThat(timer(vote, TIMER_COLLECTION_OPENS).getDuedate()).isEqualTo(OPENS);

        fire(vote, TIMER_COLLECTION_OPENS, OPENS);
        assertThat(vote).hasPassed(OPEN_COLLECTION).isWaitingAt(TIMER_COLLECTION_CLOSES);
        assertThat(timer(vote, TIMER_COLLECTION_CLOSES).getDuedate()).isEqualTo(CLOSES);

        fire(vote, TIMER_COLLECTION_CLOSES, CLOSES);
        List<Task> perProposal = tasks.createTaskQuery().processInstanceId(vote.getId())
                .taskDefinitionKey(TASK_SCREEN_PROPOSAL).list();
        assertThat(perProposal).hasSize(3).allSatisfy(t -> {
            assertThat(t).hasCandidateGroup("gov-office");
            assertThat(t.getDueDate()).isEqualTo(deadlines.dueFrom("vote-screening", CLOSES));
        });
        assertThat(timer(vote, BOUNDARY_SCREENING_OVERDUE).getDuedate())
                .isEqualTo(deadlines.dueFrom("vote-screening", CLOSES));
        assertThat(called).contains("voteCollectionCloser", "proposalScreeningForm:create:11",
                "proposalScreeningForm:create:13");
        perProposal.forEach(t -> tasks.complete(t.getId()));

        Task screening = task(vote, TASK_SUBMIT_LIST);
        assertThat(screening).hasCandidateGroup("gov-office");
        assertThat(screening.getDueDate()).isEqualTo(deadlines.dueFrom("vote-screening", CLOSES));
        complete(screening, SCREENING_OUTCOME.as(CANDIDATES_READY));
        Task approval = task(vote, TASK_APPROVE);
        assertThat(approval).hasCandidateGroup("party-office");
        assertThat(approval.getDueDate()).isEqualTo(deadlines.dueFrom("vote-approval", CLOSES));

        complete(approval, APPROVAL_DECISION.as(APPROVE));
        assertThat(vote).isWaitingAt(DISTRIBUTE);
        executeJob(vote, DISTRIBUTE);
        List<Task> reading = tasks.createTaskQuery().processInstanceId(vote.getId()).taskDefinitionKey(TASK_READ).list();
        assertThat(reading).extracting(Task::getAssignee).containsExactlyInAnyOrder("d001", "d002", "d003");
        assertThat(reading).allMatch(t -> SESSION.equals(t.getDueDate()));
        reading.forEach(t -> tasks.complete(t.getId()));

        executeJob(vote, OPEN_EVALUATION);
        assertThat(task(vote, TASK_ATTENDANCE)).hasCandidateGroup("liaison-office");
        complete(task(vote, TASK_ATTENDANCE), PRESENT_DEPUTY_CODES.as(List.of("D001", "D002", "D003")));
        assertThat(vote).hasPassed(OPEN_BALLOT);
        complete(task(vote, TASK_END_VOTING), Map.of("votingEnded", true));
        assertThat(vote).hasPassed(STOP_VOTING, TALLY).hasNotPassed(TASK_ENTER_PAPER).isWaitingAt(PUBLISH_RESULT);

        executeJob(vote, PUBLISH_RESULT);
        assertThat(vote).isWaitingAt(CALL_IMPLEMENT);
        List<ProcessInstance> projects = runtime.createProcessInstanceQuery().superProcessInstanceId(vote.getId()).list();
        assertThat(projects).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrderElementsOf(selected);
        assertThat(runtime.getVariable(projects.get(0).getId(), PROJECT_KEY.name())).isEqualTo(projects.get(0).getBusinessKey());
        assertThat(runtime.getVariable(projects.get(0).getId(), VOTE_ID.name())).isEqualTo(7L);
        projects.forEach(p -> tasks.complete(tasks.createTaskQuery().processInstanceId(p.getId()).singleResult().getId()));

        assertThat(vote).hasPassed(COMPLETE_VOTE, END_COMPLETED).isEnded();
        assertThat(called).containsSubsequence("voteCollectionOpener", "voteCollectionCloser", "candidateListDistribution",
                "satisfactionEvaluationOpener", "ballotOpener", "votingStopper", "ballotTally", "voteResultPublisher",
                "voteCompletion");
    }

    @Test
    void overdueScreeningRemindsGovOfficeAndTheTaskStays() {
        ProcessInstance vote = toScreening();
        Date due = deadlines.dueFrom("vote-screening", CLOSES);
        ClockUtil.setCurrentTime(new Date(due.getTime() - 60_000));
        assertThat(management.createJobQuery().processInstanceId(vote.getId()).executable().count()).isZero();
        fire(vote, BOUNDARY_SCREENING_OVERDUE, new Date(due.getTime() + 60_000));
        assertThat(vote).hasPassed(REMIND_SCREENING, END_SCREENING_REMINDED).isWaitingAt(TASK_SCREEN_PROPOSAL);
        assertThat(called).contains("voteReminder");
    }

    @Test
    void tooFewProposalsReopenTheCollection() {
        proposals = List.of();
        ProcessInstance vote = toScreening();
        assertThat(vote).isWaitingAt(TASK_SUBMIT_LIST);
        complete(task(vote, TASK_SUBMIT_LIST), SCREENING_OUTCOME.as(EXTEND));
        assertThat(vote).hasPassed(EXTEND_COLLECTION).isWaitingAt(TIMER_COLLECTION_CLOSES);
        assertThat(timer(vote, TIMER_COLLECTION_CLOSES).getDuedate()).isEqualTo(at(2026, 4, 23, 0));
        fire(vote, TIMER_COLLECTION_CLOSES, at(2026, 4, 23, 0));
        assertThat(vote).isWaitingAt(TASK_SUBMIT_LIST);
    }

    @Test
    void govOfficeGoesBackToTheProposalsBeforeSubmittingTheList() {
        ProcessInstance vote = toScreening();
        screenAll(vote);
        complete(task(vote, TASK_SUBMIT_LIST), SCREENING_OUTCOME.as(RESCREEN));
        assertThat(tasks.createTaskQuery().processInstanceId(vote.getId()).taskDefinitionKey(TASK_SCREEN_PROPOSAL).count())
                .isEqualTo(3);
        assertThat(called.stream().filter("screeningPreparation"::equals).count()).isEqualTo(2);
    }

    @Test
    void partyOfficeReturnsTheListToScreening() {
        ProcessInstance vote = toScreening();
        screenAll(vote);
        complete(task(vote, TASK_SUBMIT_LIST), SCREENING_OUTCOME.as(CANDIDATES_READY));
        Map<String, Object> returned = new HashMap<>(APPROVAL_DECISION.as(RETURN));
        returned.putAll(APPROVAL_COMMENT.as("候选项目中缺少农村饮水项目，请补充论证"));
        complete(task(vote, TASK_APPROVE), returned);
        assertThat(tasks.createTaskQuery().processInstanceId(vote.getId()).taskDefinitionKey(TASK_SCREEN_PROPOSAL).count())
                .as("every proposal is screened again").isEqualTo(3);
        assertThat(called).containsSubsequence("screeningForm:create", "screeningForm:complete", "approvalForm:create",
                "approvalForm:complete", "proposalScreeningForm:create:11");
    }

    @Test
    void theSessionOpensWhileSomeDeputiesHaveNotReadTheList() {
        ProcessInstance vote = toReading();
        tasks.complete(tasks.createTaskQuery().processInstanceId(vote.getId()).taskAssignee("d001").singleResult().getId());
        ClockUtil.setCurrentTime(new Date(SESSION.getTime() - 60_000));
        assertThat(management.createJobQuery().processInstanceId(vote.getId()).timers().executable().count()).isZero();
        fire(vote, BOUNDARY_SESSION_OPENS, SESSION);
        assertThat(tasks.createTaskQuery().processInstanceId(vote.getId()).taskDefinitionKey(TASK_READ).count()).isZero();
        assertThat(vote).hasPassed(BOUNDARY_SESSION_OPENS).isWaitingAt(OPEN_EVALUATION);
        executeJob(vote, OPEN_EVALUATION);
        assertThat(vote).isWaitingAt(TASK_ATTENDANCE);
    }

    @Test
    void withoutAQuorumTheSecretariatRecordsAttendanceAgain() {
        quorum.add(false);
        quorum.add(true);
        ProcessInstance vote = toAttendance();
        complete(task(vote, TASK_ATTENDANCE), PRESENT_DEPUTY_CODES.as(List.of("D001")));
        assertThat(vote).isWaitingAt(TASK_ATTENDANCE);
        complete(task(vote, TASK_ATTENDANCE), PRESENT_DEPUTY_CODES.as(List.of("D001", "D002", "D003")));
        assertThat(vote).isWaitingAt(TASK_END_VOTING);
        assertThat(called.stream().filter("ballotOpener"::equals).count()).isEqualTo(2);
    }

    @Test
    void paperBallotsAreEnteredBeforeTheCount() {
        paperIssued = true;
        ProcessInstance vote = toAttendance();
        complete(task(vote, TASK_ATTENDANCE), PRESENT_DEPUTY_CODES.as(List.of("D001", "D002", "D003")));
        complete(task(vote, TASK_END_VOTING), Map.of("votingEnded", true));
        Task paper = task(vote, TASK_ENTER_PAPER);
        assertThat(paper).hasCandidateGroup("liaison-office");
        assertThat(called).doesNotContain("ballotTally");
        complete(paper, Map.of("paperBallotsEntered", true));
        assertThat(vote).hasPassed(TALLY).isWaitingAt(PUBLISH_RESULT);
    }

    @Test
    void aVoidRoundAndARunOffGoBackToTheSessionUntilDecided() {
        outcomes.add(ROUND_VOID);
        outcomes.add(ROUND_RUNOFF);
        outcomes.add(ROUND_DECIDED);
        ProcessInstance vote = toAttendance();
        for (int round = 1; round <= 3; round++) {
            complete(task(vote, TASK_ATTENDANCE), PRESENT_DEPUTY_CODES.as(List.of("D001", "D002", "D003")));
            complete(task(vote, TASK_END_VOTING), Map.of("votingEnded", true));
        }
        assertThat(vote).isWaitingAt(PUBLISH_RESULT);
        assertThat(called.stream().filter("ballotTally"::equals).count()).isEqualTo(3);
    }

    @Test
    void whenNoCandidatePassesTheVoteEndsWithoutProjects() {
        selected = List.of();
        ProcessInstance vote = toAttendance();
        complete(task(vote, TASK_ATTENDANCE), PRESENT_DEPUTY_CODES.as(List.of("D001", "D002", "D003")));
        complete(task(vote, TASK_END_VOTING), Map.of("votingEnded", true));
        executeJob(vote, PUBLISH_RESULT);
        assertThat(vote).hasPassed(END_NONE_SELECTED).hasNotPassed(CALL_IMPLEMENT).isEnded();
    }

    // ---- the story so far

    private ProcessInstance launch() {
        Map<String, Object> v = new HashMap<>(VOTE_ID.as(7L));
        v.putAll(COLLECTION_OPENS_AT.as(OPENS));
        v.putAll(COLLECTION_CLOSES_AT.as(CLOSES));
        v.putAll(SESSION_DATE.as(SESSION));
        return runtime.startProcessInstanceByKey(PROCESS_ID, "PJ-2026-t", v);
    }

    private ProcessInstance toScreening() {
        ProcessInstance vote = launch();
        fire(vote, TIMER_COLLECTION_OPENS, OPENS);
        fire(vote, TIMER_COLLECTION_CLOSES, CLOSES);
        assertThat(vote).hasPassed(LIST_PROPOSALS);
        return vote;
    }

    private void screenAll(ProcessInstance vote) {
        tasks.createTaskQuery().processInstanceId(vote.getId()).taskDefinitionKey(TASK_SCREEN_PROPOSAL).list()
                .forEach(t -> tasks.complete(t.getId()));
        assertThat(vote).isWaitingAt(TASK_SUBMIT_LIST);
    }

    private ProcessInstance toReading() {
        ProcessInstance vote = toScreening();
        screenAll(vote);
        complete(task(vote, TASK_SUBMIT_LIST), SCREENING_OUTCOME.as(CANDIDATES_READY));
        complete(task(vote, TASK_APPROVE), APPROVAL_DECISION.as(APPROVE));
        executeJob(vote, DISTRIBUTE);
        return vote;
    }

    private ProcessInstance toAttendance() {
        ProcessInstance vote = toReading();
        tasks.createTaskQuery().processInstanceId(vote.getId()).taskDefinitionKey(TASK_READ).list()
                .forEach(t -> tasks.complete(t.getId()));
        executeJob(vote, OPEN_EVALUATION);
        assertThat(vote).isWaitingAt(TASK_ATTENDANCE);
        return vote;
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

    private void executeJob(ProcessInstance pi, String activityId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    private static Date at(int y, int m, int d, int h) {
        return Date.from(ZonedDateTime.of(y, m, d, h, 0, 0, 0, SHANGHAI).toInstant());
    }
}
