package cn.deputylink.vote.workflow;

import cn.deputylink.shared.process.ProcessVariable;
import java.util.Date;

/**
 * The contract of {@code processes/livelihood-project.bpmn}: one instance per selected project,
 * started by the vote's call activity with the project's business key ({@code <vote key>-<nn>}).
 */
public final class LivelihoodProjectProcess {

    public static final String PROCESS_ID = "livelihood-project";

    // ---- elements
    public static final String START = "StartEvent_ProjectSelected";
    public static final String REGISTER = "ServiceTask_RegisterProject";
    public static final String TASK_PLAN = "Task_PlanImplementation";
    public static final String SUBPROCESS = "SubProcess_Implementation";
    public static final String TASK_COMPLETE = "Task_CompleteImplementation";
    public static final String BOUNDARY_COMPLETION_OVERDUE = "BoundaryEvent_CompletionOverdue";
    public static final String NOTIFY_COMPLETION_OVERDUE = "ServiceTask_NotifyCompletionOverdue";
    public static final String TIMER_QUARTER = "IntermediateCatchEvent_QuarterEnds";
    public static final String TASK_REPORT = "Task_SubmitProgressReport";
    public static final String BOUNDARY_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
    public static final String REMIND_REPORT = "ServiceTask_RemindProgressReport";
    public static final String TIMER_INSPECTION = "IntermediateCatchEvent_InspectionDue";
    public static final String TASK_INSPECT = "Task_InspectProject";
    public static final String TASK_ACCEPT = "Task_AcceptProject";
    public static final String PUBLISH_ACCEPTANCE = "ServiceTask_PublishAcceptance";
    public static final String AWAIT_EVALUATION = "Gateway_AwaitEvaluation";
    public static final String EVENT_EVALUATION_OPENED = "IntermediateCatchEvent_EvaluationOpened";
    public static final String TIMER_NO_EVALUATION = "IntermediateCatchEvent_NoEvaluationSession";
    public static final String TASK_CLOSE_EVALUATION = "Task_CloseEvaluation";
    public static final String BOUNDARY_EVALUATION_ENDS = "BoundaryEvent_EvaluationPeriodEnds";
    public static final String PUBLISH_EVALUATION = "ServiceTask_PublishEvaluation";
    public static final String ARCHIVE_UNEVALUATED = "ServiceTask_ArchiveUnevaluated";
    public static final String END_EVALUATED = "EndEvent_ProjectEvaluated";
    public static final String END_UNEVALUATED = "EndEvent_ArchivedUnevaluated";

    /** Sent by the next year's vote of the same congress when its session opens. */
    public static final String MSG_EVALUATION_OPENED = "SatisfactionEvaluationOpened";

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REWORK = "REWORK";

    // ---- variables
    public static final ProcessVariable<String> PROJECT_KEY = LivelihoodVoteProcess.PROJECT_KEY;
    public static final ProcessVariable<Long> PROJECT_ID = ProcessVariable.longVar("projectId");
    public static final ProcessVariable<Long> VOTE_ID = LivelihoodVoteProcess.VOTE_ID;
    /** {@code congress-<code>}: the deputies who inspect the project. */
    public static final ProcessVariable<String> CONGRESS_GROUP = ProcessVariable.stringVar("congressGroup");
    /** The responsible department; its group {@code dept-<code>} reports progress and completion. */
    public static final ProcessVariable<String> DEPARTMENT_CODE = ProcessVariable.stringVar("departmentCode");
    /** Planning form: options {label, value} of the active departments. */
    public static final String DEPARTMENT_OPTIONS = "departmentOptions";
    public static final String BUDGET = "budget";
    /** Planning form: the planned completion date, {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> PLANNED_COMPLETION = ProcessVariable.stringVar("plannedCompletion");
    /** The end of the planned completion day, for the overdue timer and the task's due date. */
    public static final ProcessVariable<Date> PLANNED_COMPLETION_DUE = ProcessVariable.dateVar("plannedCompletionDue");
    /** API: JSON list of {title, dueDate}. */
    public static final String MILESTONES = "milestones";
    /** Planning form: one milestone a line, {@code yyyy-MM-dd 名称}. */
    public static final ProcessVariable<String> MILESTONES_TEXT = ProcessVariable.stringVar("milestonesText");
    public static final String PERCENT_COMPLETE = "percentComplete";
    public static final String FUNDS_SPENT = "fundsSpent";
    public static final ProcessVariable<String> PROGRESS_SUMMARY = ProcessVariable.stringVar("progressSummary");
    public static final ProcessVariable<String> PROGRESS_PROBLEMS = ProcessVariable.stringVar("progressProblems");
    public static final ProcessVariable<String> COMPLETION_SUMMARY = ProcessVariable.stringVar("completionSummary");
    public static final String ACTUAL_COST = "actualCost";
    public static final ProcessVariable<String> INSPECTION_CONCLUSION = ProcessVariable.stringVar("inspectionConclusion");
    public static final ProcessVariable<String> INSPECTION_FINDINGS = ProcessVariable.stringVar("inspectionFindings");
    /** Acceptance form: ACCEPTED or REWORK. */
    public static final ProcessVariable<String> ACCEPTANCE_DECISION = ProcessVariable.stringVar("acceptanceDecision");
    public static final ProcessVariable<String> ACCEPTANCE_OPINION = ProcessVariable.stringVar("acceptanceOpinion");
    /** The next year's vote at whose session the project is rated. */
    public static final ProcessVariable<Long> EVALUATION_VOTE_ID = ProcessVariable.longVar("evaluationVoteId");

    private LivelihoodProjectProcess() {
    }
}
