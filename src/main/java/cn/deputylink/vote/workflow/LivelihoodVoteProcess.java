package cn.deputylink.vote.workflow;

import cn.deputylink.shared.process.ProcessVariable;
import java.util.Date;
import java.util.List;

/**
 * The contract of {@code processes/livelihood-vote.bpmn}: one instance per congress and year,
 * business key {@code PJ-<year>-<congress code>}. Variables carry ids, dates and routing facts;
 * proposals, candidates, the roll and the ballots live in JPA. No variable ever holds a count of
 * a round before it is tallied, nor anything a deputy marked on a ballot.
 */
public final class LivelihoodVoteProcess {

    public static final String PROCESS_ID = "livelihood-vote";

    // ---- elements
    public static final String START = "StartEvent_VoteLaunched";
    public static final String TIMER_COLLECTION_OPENS = "IntermediateCatchEvent_CollectionOpens";
    public static final String OPEN_COLLECTION = "ServiceTask_OpenCollection";
    public static final String TIMER_COLLECTION_CLOSES = "IntermediateCatchEvent_CollectionCloses";
    public static final String CLOSE_COLLECTION = "ServiceTask_CloseCollection";
    public static final String SUBPROCESS_SCREENING = "SubProcess_Screening";
    public static final String LIST_PROPOSALS = "ServiceTask_ListProposals";
    /** One task per proposal (multi-instance): 初定一条建议. */
    public static final String TASK_SCREEN_PROPOSAL = "Task_ScreenProposal";
    public static final String TASK_SUBMIT_LIST = "Task_SubmitCandidateList";
    public static final String END_SCREENING_DONE = "EndEvent_ScreeningDone";
    public static final String BOUNDARY_SCREENING_OVERDUE = "BoundaryEvent_ScreeningOverdue";
    public static final String REMIND_SCREENING = "ServiceTask_RemindScreening";
    public static final String EXTEND_COLLECTION = "ServiceTask_ExtendCollection";
    public static final String TASK_APPROVE = "Task_ApproveCandidateList";
    public static final String DISTRIBUTE = "ServiceTask_DistributeCandidateList";
    public static final String TASK_READ = "Task_ReadCandidateList";
    public static final String BOUNDARY_SESSION_OPENS = "BoundaryEvent_SessionOpens";
    public static final String OPEN_EVALUATION = "ServiceTask_OpenSatisfactionEvaluation";
    public static final String TASK_ATTENDANCE = "Task_RecordAttendance";
    public static final String OPEN_BALLOT = "ServiceTask_OpenBallot";
    public static final String TASK_END_VOTING = "Task_EndVoting";
    public static final String STOP_VOTING = "ServiceTask_StopVoting";
    public static final String TASK_ENTER_PAPER = "Task_EnterPaperBallots";
    public static final String TALLY = "ServiceTask_TallyBallot";
    public static final String PUBLISH_RESULT = "ServiceTask_PublishResult";
    public static final String CALL_IMPLEMENT = "CallActivity_ImplementProjects";
    public static final String COMPLETE_VOTE = "ServiceTask_CompleteVote";
    public static final String END_COMPLETED = "EndEvent_VoteCycleCompleted";
    public static final String END_NONE_SELECTED = "EndEvent_NoProjectSelected";
    public static final String END_SCREENING_REMINDED = "EndEvent_ScreeningReminded";

    // ---- codes set by forms and delegates, read by gateways
    public static final String CANDIDATES_READY = "CANDIDATES_READY";
    public static final String EXTEND = "EXTEND_COLLECTION";
    /** Back to the per-proposal tasks, e.g. when the submitted list was refused. */
    public static final String RESCREEN = "RESCREEN";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String ROUND_VOID = "VOID";
    public static final String ROUND_RUNOFF = "RUNOFF";
    public static final String ROUND_DECIDED = "DECIDED";

    // ---- variables
    public static final ProcessVariable<Long> VOTE_ID = ProcessVariable.longVar("voteId");
    public static final ProcessVariable<Date> COLLECTION_OPENS_AT = ProcessVariable.dateVar("collectionOpensAt");
    public static final ProcessVariable<Date> COLLECTION_CLOSES_AT = ProcessVariable.dateVar("collectionClosesAt");
    public static final ProcessVariable<Date> SESSION_DATE = ProcessVariable.dateVar("sessionDate");
    /** The proposals to screen, one task each (ids as text, JSON list). */
    public static final ProcessVariable<List<String>> PROPOSAL_IDS = ProcessVariable.stringListVar("proposalIds");
    /** Element variable of the screening tasks. */
    public static final ProcessVariable<Long> PROPOSAL_ID = ProcessVariable.longVar("proposalId");
    /** One deadline for the whole screening, shown on each of its tasks. */
    public static final ProcessVariable<Date> SCREENING_DUE = ProcessVariable.dateVar("screeningDue");
    // the per-proposal form; task-local, so that parallel tasks never share them
    public static final ProcessVariable<String> PROPOSAL_SUMMARY = ProcessVariable.stringVar("proposalSummary");
    public static final ProcessVariable<String> DECISION = ProcessVariable.stringVar("decision");
    public static final ProcessVariable<Long> MERGED_INTO = ProcessVariable.longVar("mergedIntoProposalId");
    public static final ProcessVariable<String> NECESSITY = ProcessVariable.stringVar("necessity");
    public static final ProcessVariable<String> FEASIBILITY = ProcessVariable.stringVar("feasibility");
    public static final ProcessVariable<String> BUDGET_ASSESSMENT = ProcessVariable.stringVar("budgetAssessment");
    public static final ProcessVariable<String> REASON = ProcessVariable.stringVar("reason");
    /** Screening form: CANDIDATES_READY, EXTEND_COLLECTION or RESCREEN. */
    public static final ProcessVariable<String> SCREENING_OUTCOME = ProcessVariable.stringVar("screeningOutcome");
    public static final ProcessVariable<String> SCREENING_SUMMARY = ProcessVariable.stringVar("screeningSummary");
    public static final ProcessVariable<String> CANDIDATE_SUMMARY = ProcessVariable.stringVar("candidateSummary");
    /** Approval form: APPROVE or RETURN. */
    public static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.stringVar("approvalDecision");
    public static final ProcessVariable<String> APPROVAL_COMMENT = ProcessVariable.stringVar("approvalComment");
    /** Logins of the deputies on the roll, one reading task each. */
    public static final ProcessVariable<List<String>> DEPUTY_USER_IDS = ProcessVariable.stringListVar("deputyUserIds");
    public static final ProcessVariable<String> DEPUTY_USER_ID = ProcessVariable.stringVar("deputyUserId");
    /** Attendance form: options {label, value} of the roll (deputy code with masked name). */
    public static final String ROLL_OPTIONS = "rollOptions";
    public static final ProcessVariable<List<String>> PRESENT_DEPUTY_CODES =
            ProcessVariable.stringListVar("presentDeputyCodes");
    public static final ProcessVariable<String> ATTENDANCE_SUMMARY = ProcessVariable.stringVar("attendanceSummary");
    public static final ProcessVariable<Boolean> QUORUM_MET = ProcessVariable.boolVar("quorumMet");
    public static final ProcessVariable<Integer> ROUND_NO = ProcessVariable.intVar("roundNo");
    public static final ProcessVariable<Boolean> PAPER_BALLOTS_ISSUED = ProcessVariable.boolVar("paperBallotsIssued");
    /** Set by the tally once the round is closed: VOID, RUNOFF or DECIDED. */
    public static final ProcessVariable<String> ROUND_OUTCOME = ProcessVariable.stringVar("roundOutcome");
    public static final ProcessVariable<List<String>> SELECTED_PROJECT_KEYS =
            ProcessVariable.stringListVar("selectedProjectKeys");
    public static final ProcessVariable<Integer> SELECTED_PROJECT_COUNT = ProcessVariable.intVar("selectedProjectCount");
    /** Element variable of the call activity: the business key of one selected project. */
    public static final ProcessVariable<String> PROJECT_KEY = ProcessVariable.stringVar("projectKey");

    private LivelihoodVoteProcess() {
    }
}
