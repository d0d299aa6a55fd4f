package cn.deputylink.suggestion;

import cn.deputylink.shared.process.ProcessVariable;
import java.util.Date;
import java.util.List;

/**
 * The contract of {@code processes/deputy-suggestion.bpmn}: its id, element ids, messages and
 * variables. Variables carry ids and routing facts; what people write goes to JPA (the task
 * listener moves form text there and removes it from the engine).
 */
public final class SuggestionProcess {

    public static final String PROCESS_ID = "deputy-suggestion";
    public static final String KEY_PREFIX = "JY";
    public static final int KEY_DIGITS = 4;

    // ---- element ids
    public static final String START = "StartEvent_SuggestionSubmitted";
    public static final String TASK_REVIEW_ADMISSION = "Task_ReviewAdmission";
    public static final String TASK_REVISE = "Task_ReviseSuggestion";
    public static final String TASK_CO_HANDLER_OPINION = "Task_GiveCoHandlerOpinion";
    public static final String TASK_CONSULT = "Task_ConsultDeputy";
    public static final String TASK_REPLY = "Task_ReplySuggestion";
    public static final String TASK_REVIEW_EXTENSION = "Task_ReviewExtension";
    public static final String TASK_REASSIGN = "Task_ReassignSuggestion";
    public static final String TASK_SUPERVISE_OVERDUE = "Task_SuperviseOverdue";
    public static final String TASK_RATE = "Task_RateReply";
    public static final String TASK_REHANDLE = "Task_RehandleSuggestion";
    public static final String TASK_SUPERVISE_UNSATISFIED = "Task_SuperviseUnsatisfied";
    public static final String TASK_REPORT_FOLLOW_UP = "Task_ReportFollowUp";
    public static final String TASK_REPORT_KEY_PROGRESS = "Task_ReportKeyProgress";
    public static final String TASK_SUPERVISE_KEY = "Task_SuperviseKeySuggestion";
    public static final String SUBPROCESS_HANDLING = "SubProcess_Handling";
    public static final String BOUNDARY_REPLY_OVERDUE = "BoundaryEvent_ReplyOverdue";
    public static final String BOUNDARY_REHANDLE_OVERDUE = "BoundaryEvent_RehandleOverdue";
    public static final String BOUNDARY_CO_OPINION_DUE = "BoundaryEvent_CoOpinionDue";
    public static final String CATCH_NEXT_QUARTER = "IntermediateCatchEvent_NextQuarter";
    public static final String CATCH_KEY_PROGRESS_DUE = "IntermediateCatchEvent_KeyProgressDue";

    // ---- messages
    public static final String MSG_EXTENSION_REQUESTED = "Msg_ExtensionRequested";

    // ---- deadlines (deputylink.deadlines.* in config/suggestion.yml)
    public static final String DEADLINE_REPLY = "suggestion-reply";
    public static final String DEADLINE_REPLY_MAX = "suggestion-reply-max";

    // ---- variables: identity and display
    public static final ProcessVariable<Long> SUGGESTION_ID = ProcessVariable.longVar("suggestionId");
    public static final ProcessVariable<String> DEPUTY_USER_ID = ProcessVariable.stringVar("deputyUserId");
    public static final ProcessVariable<String> INITIATOR = ProcessVariable.stringVar("initiatorUserId");
    /** Shown read-only in every form; titles are not personal data and are made 3-byte safe. */
    public static final ProcessVariable<String> SUGGESTION_TITLE = ProcessVariable.stringVar("suggestionTitle");

    // ---- start form (Tasklist); moved to JPA by the registration step
    public static final ProcessVariable<String> TITLE = ProcessVariable.stringVar("title");
    public static final ProcessVariable<String> CONTENT = ProcessVariable.stringVar("content");
    public static final ProcessVariable<String> RAISED_DURING = ProcessVariable.stringVar("raisedDuring");
    public static final ProcessVariable<String> CO_SIGNER_CODES = ProcessVariable.stringVar("coSignerCodes");

    // ---- admission and assignment
    public static final ProcessVariable<String> ADMISSION = ProcessVariable.stringVar("admission");
    public static final ProcessVariable<String> ADMISSION_COMMENT = ProcessVariable.stringVar("admissionComment");
    public static final ProcessVariable<String> LEAD_DEPARTMENT = ProcessVariable.stringVar("leadDepartment");
    /** As the form submits it (a JSON array from the tag list) or a Java list from the API. */
    public static final String CO_DEPARTMENTS = "coDepartments";
    /** The normalized list the co-handler multi-instance runs over. */
    public static final ProcessVariable<List<String>> CO_DEPARTMENT_LIST = ProcessVariable.stringListVar("coDepartmentList");
    public static final ProcessVariable<Integer> CO_DEPARTMENT_COUNT = ProcessVariable.intVar("coDepartmentCount");
    public static final ProcessVariable<String> CO_DEPARTMENT = ProcessVariable.stringVar("coDepartment");
    public static final ProcessVariable<Boolean> KEY_SUGGESTION = ProcessVariable.boolVar("keySuggestion");
    /** [{label, value}] of the active departments, for the department pickers (form valuesKey). */
    public static final String DEPARTMENT_OPTIONS = "departmentOptions";
    public static final ProcessVariable<Date> ASSIGNED_AT = ProcessVariable.dateVar("assignedAt");
    public static final ProcessVariable<Date> REPLY_DUE = ProcessVariable.dateVar("replyDue");
    public static final ProcessVariable<Date> CO_OPINION_DUE = ProcessVariable.dateVar("coOpinionDue");

    // ---- revision by the deputy
    public static final ProcessVariable<String> REVISION_ACTION = ProcessVariable.stringVar("revisionAction");
    public static final String REVISION_RESUBMIT = "RESUBMIT";
    public static final String REVISION_WITHDRAW = "WITHDRAW";

    // ---- handling
    public static final ProcessVariable<String> CO_HANDLER_OPINION = ProcessVariable.stringVar("coHandlerOpinion");
    public static final ProcessVariable<String> LEAD_ACTION = ProcessVariable.stringVar("leadAction");
    public static final ProcessVariable<String> CONSULTATION_METHOD = ProcessVariable.stringVar("consultationMethod");
    public static final ProcessVariable<String> CONSULTATION_DATE = ProcessVariable.stringVar("consultationDate");
    public static final ProcessVariable<String> CONSULTATION_SUMMARY = ProcessVariable.stringVar("consultationSummary");
    public static final ProcessVariable<String> NOT_OURS_REASON = ProcessVariable.stringVar("notOursReason");
    public static final ProcessVariable<String> RESULT_CLASS = ProcessVariable.stringVar("resultClass");
    public static final ProcessVariable<String> REPLY_TEXT = ProcessVariable.stringVar("replyText");
    public static final ProcessVariable<String> RESULT_REASON = ProcessVariable.stringVar("resultReason");
    public static final ProcessVariable<String> PROMISED_DATE = ProcessVariable.stringVar("promisedDate");

    // ---- extension
    public static final ProcessVariable<Long> EXTENSION_ID = ProcessVariable.longVar("extensionId");
    public static final ProcessVariable<String> EXTENSION_REASON = ProcessVariable.stringVar("extensionReason");
    public static final ProcessVariable<String> EXTENSION_DECISION = ProcessVariable.stringVar("extensionDecision");
    public static final ProcessVariable<String> EXTENSION_COMMENT = ProcessVariable.stringVar("extensionComment");

    // ---- rating, follow-up, supervision
    public static final ProcessVariable<String> RATING = ProcessVariable.stringVar("rating");
    public static final ProcessVariable<String> RATING_COMMENT = ProcessVariable.stringVar("ratingComment");
    public static final ProcessVariable<Boolean> REHANDLED = ProcessVariable.boolVar("rehandled");
    public static final ProcessVariable<Date> REHANDLE_DUE = ProcessVariable.dateVar("rehandleDue");
    public static final ProcessVariable<String> FOLLOW_UP_PROGRESS = ProcessVariable.stringVar("followUpProgress");
    public static final ProcessVariable<Boolean> FOLLOW_UP_RESOLVED = ProcessVariable.boolVar("followUpResolved");
    public static final ProcessVariable<String> KEY_PROGRESS = ProcessVariable.stringVar("keyProgress");
    public static final ProcessVariable<Boolean> KEY_SUPERVISION_DONE = ProcessVariable.boolVar("keySupervisionDone");
    public static final ProcessVariable<String> SUPERVISION_NOTE = ProcessVariable.transientText("supervisionNote");
    /** Input parameter of the closing service tasks: the status the suggestion ends in. */
    public static final ProcessVariable<String> CLOSING_STATUS = ProcessVariable.stringVar("closingStatus");

    private SuggestionProcess() {
    }
}
