package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.COLLECTION_CLOSES_AT;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.VOTE_ID;

import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.notification.Notifications;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.VoteService;
import cn.deputylink.vote.VoteStatus;
import cn.deputylink.vote.proposal.ScreeningService;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The collection window: opening, closing and, when screening asks for it, reopening. */
@Configuration(proxyBeanMethods = false)
public class VoteCollectionDelegates {

    /** ServiceTask_OpenCollection: proposals are taken from now on. */
    @Bean("voteCollectionOpener")
    JavaDelegate voteCollectionOpener(VoteService votes, Notifications notifications) {
        return execution -> {
            Long voteId = VOTE_ID.require(execution);
            LivelihoodVote vote = votes.get(voteId);
            if (vote.getStatus() == VoteStatus.PLANNED) {
                votes.setStatus(voteId, VoteStatus.COLLECTING);
            }
            String text = vote.getTitle() + "开始征集项目建议（" + vote.getBusinessKey() + "），群众、代表和部门均可提出。";
            notifications.toGroup(Roles.GOV_OFFICE, vote.getBusinessKey(), "民生实事项目开始征集", text,
                    "vote-collection-open:" + vote.getBusinessKey() + ":" + Roles.GOV_OFFICE);
            notifications.toGroup(vote.getCongress().groupId(), vote.getBusinessKey(), "民生实事项目开始征集", text,
                    "vote-collection-open:" + vote.getBusinessKey() + ":congress");
        };
    }

    /** ServiceTask_CloseCollection: the window is closed, screening starts. */
    @Bean("voteCollectionCloser")
    JavaDelegate voteCollectionCloser(VoteService votes) {
        return execution -> {
            Long voteId = VOTE_ID.require(execution);
            if (votes.get(voteId).getStatus() == VoteStatus.COLLECTING) {
                votes.setStatus(voteId, VoteStatus.SCREENING);
            }
        };
    }

    /** ServiceTask_ExtendCollection: too few proposals for a 差额 list; the window reopens. */
    @Bean("voteCollectionExtender")
    JavaDelegate voteCollectionExtender(VoteService votes) {
        return execution -> {
            Instant closes = votes.extendCollection(VOTE_ID.require(execution));
            COLLECTION_CLOSES_AT.set(execution, Date.from(closes));
        };
    }

    /** ServiceTask_ListProposals: one screening task per proposal, all due at one deadline. */
    @Bean("screeningPreparation")
    JavaDelegate screeningPreparation(ScreeningService screening, Deadlines deadlines) {
        return execution -> {
            LivelihoodVoteProcess.PROPOSAL_IDS.set(execution, screening.proposalIds(VOTE_ID.require(execution)).stream()
                    .map(String::valueOf).toList());
            LivelihoodVoteProcess.SCREENING_DUE.set(execution, deadlines.due("vote-screening"));
        };
    }

    /** ServiceTask_RemindScreening: screening is past its deadline. */
    @Bean("voteReminder")
    JavaDelegate voteReminder(VoteService votes, Notifications notifications) {
        return (DelegateExecution execution) -> {
            LivelihoodVote vote = votes.get(VOTE_ID.require(execution));
            notifications.toGroup(Roles.GOV_OFFICE, vote.getBusinessKey(), "民生实事候选项目初定已超期",
                    vote.getTitle() + "的候选项目初定已超过期限，请尽快完成。",
                    "vote-screening-overdue:" + vote.getBusinessKey() + ":" + execution.getProcessInstanceId()
                            + ":" + execution.getActivityInstanceId());
        };
    }
}
