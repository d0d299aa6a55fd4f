package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.CANDIDATES_READY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.CANDIDATE_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.EXTEND;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.SCREENING_OUTCOME;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.SCREENING_ROWS;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.SCREENING_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.VOTE_ID;

import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.vote.proposal.ScreeningService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ScreenProposals. On create: the form's rows from the database. On complete: the rows as
 * submitted are written back, and a submitted candidate list is checked (every proposal decided,
 * reasons for those not taken, 差额) and built; a failed check refuses the completion.
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
            task.setVariable(SCREENING_ROWS, FormValues.json(screening.rows(voteId)));
            SCREENING_SUMMARY.set(task, screening.screeningSummary(voteId));
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String outcome = SCREENING_OUTCOME.get(task);
        if (!CANDIDATES_READY.equals(outcome) && !EXTEND.equals(outcome)) {
            throw new InvalidInputException(SCREENING_OUTCOME.name(), "请选择初定结果");
        }
        screening.applyRows(voteId, FormValues.objectList(task, SCREENING_ROWS), Actors.of(task));
        if (CANDIDATES_READY.equals(outcome)) {
            screening.submitCandidateList(voteId);
            CANDIDATE_SUMMARY.set(task, screening.candidateSummary(voteId));
        }
    }
}
