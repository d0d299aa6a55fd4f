package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.CANDIDATES_READY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.CANDIDATE_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.EXTEND;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.RESCREEN;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.SCREENING_OUTCOME;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.SCREENING_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.VOTE_ID;

import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.vote.proposal.ScreeningService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_SubmitCandidateList. On create: how the proposals were screened. On complete: a submitted
 * list is checked (every proposal decided, reasons for those not taken, 差额) and built; a failed
 * check refuses the completion with the reason.
 */
@Component("screeningForm")
public class ScreeningForm implements TaskListener {

    private final ScreeningService screening;

    public ScreeningForm(ScreeningService screening) {
        this.screening = screening;
    }

    @Override
    public void notify(DelegateTask task) {
        Long voteId = VOTE_ID.require(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            SCREENING_SUMMARY.set(task, screening.screeningSummary(voteId));
            SCREENING_OUTCOME.set(task, null);
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String outcome = SCREENING_OUTCOME.get(task);
        if (!CANDIDATES_READY.equals(outcome) && !EXTEND.equals(outcome) && !RESCREEN.equals(outcome)) {
            throw new InvalidInputException(SCREENING_OUTCOME.name(), "请选择初定结果");
        }
        if (CANDIDATES_READY.equals(outcome)) {
            screening.submitCandidateList(voteId);
            CANDIDATE_SUMMARY.set(task, screening.candidateSummary(voteId));
        }
    }
}
