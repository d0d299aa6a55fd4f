package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.APPROVAL_COMMENT;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.APPROVAL_DECISION;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.CANDIDATE_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.VOTE_ID;

import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.vote.VoteApproval;
import cn.deputylink.vote.VoteService;
import cn.deputylink.vote.proposal.ScreeningService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ApproveCandidateList: shows the list; records party-office's decision and comment. */
@Component("approvalForm")
public class ApprovalForm implements TaskListener {

    private final VoteService votes;
    private final ScreeningService screening;

    public ApprovalForm(VoteService votes, ScreeningService screening) {
        this.votes = votes;
        this.screening = screening;
    }

    @Override
    public void notify(DelegateTask task) {
        Long voteId = VOTE_ID.require(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            CANDIDATE_SUMMARY.set(task, screening.candidateSummary(voteId));
            APPROVAL_COMMENT.set(task, null);
            APPROVAL_DECISION.set(task, null);
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        VoteApproval.Decision decision;
        try {
            decision = VoteApproval.Decision.valueOf(String.valueOf(APPROVAL_DECISION.get(task)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(APPROVAL_DECISION.name(), "请选择审定意见：同意或退回重新初定");
        }
        votes.recordApproval(voteId, decision, APPROVAL_COMMENT.get(task), Actors.of(task));
    }
}
