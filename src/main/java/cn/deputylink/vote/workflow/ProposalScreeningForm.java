package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.BUDGET_ASSESSMENT;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.DECISION;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.FEASIBILITY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.MERGED_INTO;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.NECESSITY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.PROPOSAL_ID;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.PROPOSAL_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.REASON;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.VOTE_ID;

import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.vote.proposal.Assessment;
import cn.deputylink.vote.proposal.ProjectProposal;
import cn.deputylink.vote.proposal.ScreeningDecision;
import cn.deputylink.vote.proposal.ScreeningService;
import cn.deputylink.vote.proposal.ScreeningService.ScreeningRequest;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ScreenProposal, one per proposal. On create the form's fields are task-local variables
 * filled from the database (the current decision, if any, e.g. after a return), so parallel
 * tasks never share them; on complete they are checked and written back.
 */
@Component("proposalScreeningForm")
public class ProposalScreeningForm implements TaskListener {

    private final ScreeningService screening;

    public ProposalScreeningForm(ScreeningService screening) {
        this.screening = screening;
    }

    @Override
    public void notify(DelegateTask task) {
        Long proposalId = PROPOSAL_ID.require(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ProjectProposal p = screening.proposal(proposalId);
            // forty tasks called the same would be hard to tell apart in Tasklist
            String title = p.getTitle().length() > 60 ? p.getTitle().substring(0, 60) + "…" : p.getTitle();
            task.setName(IdentitySync.threeByteSafe("初定：" + title + "（#" + p.getId() + "）"));
            PROPOSAL_SUMMARY.setLocal(task, IdentitySync.threeByteSafe(ScreeningService.summary(p)));
            DECISION.setLocal(task, p.getDecision() == ScreeningDecision.PENDING ? null : p.getDecision().name());
            MERGED_INTO.setLocal(task, p.getMergedInto() == null ? null : p.getMergedInto().getId());
            NECESSITY.setLocal(task, name(p.getNecessity()));
            FEASIBILITY.setLocal(task, name(p.getFeasibility()));
            BUDGET_ASSESSMENT.setLocal(task, name(p.getBudgetAssessment()));
            REASON.setLocal(task, p.getReason() == null ? "" : IdentitySync.threeByteSafe(p.getReason()));
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        ScreeningRequest request = new ScreeningRequest(parse(ScreeningDecision.class, DECISION.get(task), DECISION.name()),
                MERGED_INTO.get(task), parse(Assessment.class, NECESSITY.get(task), NECESSITY.name()),
                parse(Assessment.class, FEASIBILITY.get(task), FEASIBILITY.name()),
                parse(Assessment.class, BUDGET_ASSESSMENT.get(task), BUDGET_ASSESSMENT.name()), REASON.get(task));
        screening.screen(VOTE_ID.require(task), proposalId, request, Actors.of(task));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "取值无效：" + text);
        }
    }
}
