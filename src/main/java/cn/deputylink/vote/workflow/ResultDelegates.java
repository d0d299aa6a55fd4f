package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.SELECTED_PROJECT_COUNT;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.SELECTED_PROJECT_KEYS;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.VOTE_ID;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.ledger.ActivityLedger;
import cn.deputylink.ledger.ActivityType;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.notification.Notifications;
import cn.deputylink.shared.process.ProcessMessages;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.LivelihoodVoteRepository;
import cn.deputylink.vote.VoteCandidate;
import cn.deputylink.vote.VoteCandidateRepository;
import cn.deputylink.vote.VoteService;
import cn.deputylink.vote.VoteStatus;
import cn.deputylink.vote.ballot.BallotRound;
import cn.deputylink.vote.ballot.BallotService;
import cn.deputylink.vote.ballot.RoundStatus;
import cn.deputylink.vote.project.LivelihoodProject;
import cn.deputylink.vote.project.LivelihoodProjectRepository;
import cn.deputylink.vote.project.ProjectService;
import cn.deputylink.vote.project.ProjectStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishing the result and what follows from it; opening last year's evaluation at the session. */
@Configuration(proxyBeanMethods = false)
public class ResultDelegates {

    /**
     * ServiceTask_PublishResult: the result with its digests, the participation of every deputy
     * who voted in the ledger (never the choice), and one project case per elected candidate.
     */
    @Bean("voteResultPublisher")
    JavaDelegate voteResultPublisher(VoteService votes, BallotService ballots, VoteCandidateRepository candidates,
                                     ProjectService projects, DeputyRepository deputies, ActivityLedger ledger,
                                     WorkingDayCalendar calendar, Notifications notifications) {
        return execution -> {
            Long voteId = VOTE_ID.require(execution);
            LivelihoodVote vote = votes.get(voteId);
            List<BallotRound> rounds = ballots.rounds(voteId);
            String summary = summary(vote, candidates.findByVoteIdOrderBySortOrderAsc(voteId), rounds);
            Instant now = ClockUtil.getCurrentTime().toInstant();
            vote.publishResult(summary, now);
            vote.setStatus(VoteStatus.RESULT_PUBLISHED);

            LocalDate sessionDay = rounds.stream().filter(r -> r.getOpenedAt() != null).findFirst()
                    .map(r -> calendar.today(r.getOpenedAt())).orElse(calendar.today(now));
            for (Long deputyId : ballots.deputiesWhoVoted(voteId)) {
                Deputy deputy = deputies.findById(deputyId).orElseThrow();
                ledger.recordFromWorkflow(deputy.getCode(), ActivityType.BALLOT_PARTICIPATION, sessionDay, null,
                        "参加" + vote.getTitle(), "vote-ballot:" + vote.getBusinessKey() + ":" + deputy.getCode());
            }

            List<LivelihoodProject> selected = projects.createForElected(vote);
            SELECTED_PROJECT_KEYS.set(execution, selected.stream().map(LivelihoodProject::getBusinessKey).toList());
            SELECTED_PROJECT_COUNT.set(execution, selected.size());

            notifications.toGroup(vote.getCongress().groupId(), vote.getBusinessKey(), "民生实事项目票决结果公布",
                    summary, "vote-result:" + vote.getBusinessKey() + ":congress");
            notifications.toGroup(Roles.GOV_OFFICE, vote.getBusinessKey(), "民生实事项目票决结果公布",
                    summary, "vote-result:" + vote.getBusinessKey() + ":" + Roles.GOV_OFFICE);
        };
    }

    static String summary(LivelihoodVote vote, List<VoteCandidate> all, List<BallotRound> rounds) {
        List<VoteCandidate> elected = all.stream().filter(c -> c.getOutcome() == VoteCandidate.Outcome.ELECTED).toList();
        int slots = vote.getRules().getSlots();
        StringBuilder sb = new StringBuilder();
        sb.append(vote.getTitle()).append("：应选 ").append(slots).append(" 项，当选 ").append(elected.size()).append(" 项");
        if (!elected.isEmpty()) {
            sb.append("：");
            for (int i = 0; i < elected.size(); i++) {
                VoteCandidate c = elected.get(i);
                sb.append(i == 0 ? "" : "、").append("《").append(c.getTitle()).append("》（赞成 ")
                        .append(c.getApprovals()).append(" 票）");
            }
        }
        sb.append("。");
        if (elected.size() < slots) {
            sb.append(slots - elected.size()).append(" 个名额空缺（其余候选项目未获超过全体代表 ")
                    .append(vote.getRules().getPassNumerator()).append("/").append(vote.getRules().getPassDenominator())
                    .append(" 的赞成，或并列未决）。");
        }
        long closed = rounds.stream().filter(r -> r.getStatus() == RoundStatus.CLOSED).count();
        long voided = rounds.stream().filter(r -> r.getStatus() == RoundStatus.VOID).count();
        sb.append("共进行 ").append(closed + voided).append(" 轮投票");
        if (voided > 0) {
            sb.append("（其中 ").append(voided).append(" 轮因收回票数多于发出票数无效）");
        }
        sb.append("。");
        String text = sb.toString();
        return text.length() > 1000 ? text.substring(0, 997) + "……" : text;
    }

    /**
     * ServiceTask_OpenSatisfactionEvaluation: at this session the deputies rate last year's
     * accepted projects of the same congress; each waiting project case is told so.
     */
    @Bean("satisfactionEvaluationOpener")
    JavaDelegate satisfactionEvaluationOpener(VoteService votes, LivelihoodVoteRepository voteRepository,
                                              LivelihoodProjectRepository projectRepository, ProjectService projects,
                                              ProcessMessages messages) {
        return execution -> {
            Long voteId = VOTE_ID.require(execution);
            LivelihoodVote vote = votes.get(voteId);
            if (vote.getStatus() == VoteStatus.CANDIDATES_PUBLISHED) {
                vote.setStatus(VoteStatus.IN_SESSION);
            }
            voteRepository.findByCongressIdAndVoteYear(vote.getCongress().getId(), vote.getVoteYear() - 1)
                    .ifPresent(previous -> {
                        for (LivelihoodProject p : projectRepository.findByVoteIdOrderByBusinessKeyAsc(previous.getId())) {
                            boolean waiting = messages.isWaitingFor(LivelihoodProjectProcess.MSG_EVALUATION_OPENED,
                                    p.getBusinessKey());
                            if (waiting && p.getStatus() == ProjectStatus.ACCEPTED && projects.openEvaluation(p, vote)) {
                                messages.correlate(LivelihoodProjectProcess.MSG_EVALUATION_OPENED, p.getBusinessKey(),
                                        LivelihoodProjectProcess.EVALUATION_VOTE_ID.as(voteId));
                            }
                        }
                    });
        };
    }
}
