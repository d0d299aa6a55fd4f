package cn.deputylink.opinion;

import static cn.deputylink.shared.process.ProcessVariable.boolVar;
import static cn.deputylink.shared.process.ProcessVariable.dateVar;
import static cn.deputylink.shared.process.ProcessVariable.intVar;
import static cn.deputylink.shared.process.ProcessVariable.longVar;
import static cn.deputylink.shared.process.ProcessVariable.stringVar;

import cn.deputylink.shared.process.ProcessVariable;
import java.util.Date;

/**
 * The contract of {@code processes/opinion-handling.bpmn}: ids, messages and variables that the
 * model, the forms, the delegates, the API and the tests share. Variables carry ids, codes and
 * routing facts only; free text typed into a form ({@code reply}, reasons, notes) is moved into
 * JPA by the next service task and removed from the process.
 */
public final class OpinionProcess {

    public static final String PROCESS_ID = "opinion-handling";
    public static final String DECISION_ID = "opinion-routing";
    public static final String TRACKING_PREFIX = "YJ";
    public static final int TRACKING_DIGITS = 6;

    public static final String MSG_FEEDBACK = "Msg_OpinionFeedback";

    // element ids
    public static final String START = "StartEvent_OpinionReceived";
    public static final String PROPOSE_DEPARTMENT = "BusinessRuleTask_ProposeDepartment";
    public static final String PREPARE_TRIAGE = "ServiceTask_PrepareTriage";
    public static final String TRIAGE = "Task_TriageOpinion";
    public static final String RECORD_TRIAGE = "ServiceTask_RecordTriage";
    public static final String MERGE = "ServiceTask_MergeOpinion";
    public static final String ESCALATE = "ServiceTask_EscalateToParent";
    public static final String HAND_OVER = "ServiceTask_HandOverToSuggestion";
    public static final String ASSIGN = "ServiceTask_AssignDepartment";
    public static final String HANDLING = "SubProcess_DepartmentHandling";
    public static final String HANDLE = "Task_HandleOpinion";
    public static final String RECORD_RESULT = "ServiceTask_RecordDepartmentResult";
    public static final String REMINDER = "BoundaryEvent_ReplyReminder";
    public static final String REMIND = "ServiceTask_RemindDepartment";
    public static final String OVERDUE = "BoundaryEvent_ReplyOverdue";
    public static final String MARK_OVERDUE = "ServiceTask_MarkOverdue";
    public static final String SUPERVISE_OVERDUE = "Task_SuperviseOverdue";
    public static final String PUBLISH_REPLY = "ServiceTask_PublishReply";
    public static final String AWAIT_FEEDBACK = "ReceiveTask_AwaitFeedback";
    public static final String FEEDBACK_TIMEOUT = "BoundaryEvent_FeedbackTimeout";
    public static final String RECORD_FEEDBACK = "ServiceTask_RecordFeedback";
    public static final String SUPERVISE_UNSATISFIED = "Task_SuperviseUnsatisfied";
    public static final String ARCHIVE = "ServiceTask_ArchiveOpinion";
    public static final String END_ARCHIVED = "EndEvent_OpinionArchived";
    public static final String END_MERGED = "EndEvent_OpinionMerged";

    // identifiers and routing facts
    public static final ProcessVariable<Long> OPINION_ID = longVar("opinionId");
    /** The station whose staff triage now ({@code station-<code>}); changes on escalation. */
    public static final ProcessVariable<String> STATION_CODE = stringVar("stationCode");
    /** That station's administrative level, an input of the routing table. */
    public static final ProcessVariable<String> STATION_LEVEL = stringVar("stationLevel");
    public static final ProcessVariable<String> CATEGORY = stringVar("category");
    public static final ProcessVariable<Boolean> URGENT = boolVar("urgent");
    public static final ProcessVariable<String> PROPOSED_DEPARTMENT = stringVar("proposedDepartmentCode");
    public static final ProcessVariable<String> ROUTE = stringVar("route");
    public static final ProcessVariable<String> DEPARTMENT_CODE = stringVar("departmentCode");
    public static final ProcessVariable<String> DEPUTY_CODE = stringVar("deputyCode");
    public static final ProcessVariable<Boolean> MERGE_REQUESTED = boolVar("merge");
    public static final ProcessVariable<String> MERGE_INTO = stringVar("mergeInto");
    /** Set by the triage record step; the "是否并案" gateway reads it. */
    public static final ProcessVariable<Boolean> MERGED = boolVar("merged");
    public static final ProcessVariable<Boolean> REASSIGN = boolVar("reassign");
    public static final ProcessVariable<Date> REPLY_DUE = dateVar("replyDue");
    public static final ProcessVariable<String> RATING = stringVar("rating");
    /** WEB or PHONE; who recorded a phone rating is {@code feedbackBy}. */
    public static final ProcessVariable<String> FEEDBACK_CHANNEL = stringVar("feedbackChannel");
    public static final ProcessVariable<String> FEEDBACK_BY = stringVar("feedbackBy");
    /** ACCEPTED, REHANDLE or SUPERVISE; the "评价结果" gateway reads it. */
    public static final ProcessVariable<String> FEEDBACK_OUTCOME = stringVar("feedbackOutcome");

    // form input that moves into JPA at once
    public static final ProcessVariable<String> REPLY = ProcessVariable.transientText("reply");
    public static final ProcessVariable<String> REJECT_REASON = ProcessVariable.transientText("rejectReason");
    public static final ProcessVariable<String> TRIAGE_NOTE = ProcessVariable.transientText("triageNote");
    public static final ProcessVariable<String> REASSIGN_REASON = ProcessVariable.transientText("reassignReason");
    public static final ProcessVariable<String> SUPERVISION_NOTE = ProcessVariable.transientText("supervisionNote");

    // read-only context for the forms, prepared without personal data
    public static final ProcessVariable<String> CASE_SUMMARY = stringVar("caseSummary");
    public static final ProcessVariable<String> DUPLICATE_HINT = stringVar("duplicateHint");
    public static final ProcessVariable<String> DEPARTMENT_HINT = stringVar("departmentHint");
    public static final ProcessVariable<String> STATION_DEPUTIES = stringVar("stationDeputies");
    public static final ProcessVariable<Integer> HANDLING_ROUND = intVar("handlingRound");

    public static final String OUTCOME_ACCEPTED = "ACCEPTED";
    public static final String OUTCOME_REHANDLE = "REHANDLE";
    public static final String OUTCOME_SUPERVISE = "SUPERVISE";

    private OpinionProcess() {
    }
}
