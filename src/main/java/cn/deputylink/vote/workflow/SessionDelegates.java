package cn.deputylink.vote.workflow;

import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.ATTENDANCE_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.CANDIDATE_SUMMARY;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.DEPUTY_USER_IDS;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.PAPER_BALLOTS_ISSUED;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.PRESENT_DEPUTY_CODES;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.QUORUM_MET;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.ROLL_OPTIONS;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.ROUND_NO;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.ROUND_OUTCOME;
import static cn.deputylink.vote.workflow.LivelihoodVoteProcess.VOTE_ID;

import cn.deputylink.shared.notification.Notifications;
import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.RollEntry;
import cn.deputylink.vote.RollEntryRepository;
import cn.deputylink.vote.VoteService;
import cn.deputylink.vote.VoteStatus;
import cn.deputylink.vote.ballot.BallotRound;
import cn.deputylink.vote.ballot.BallotService;
import cn.deputylink.vote.proposal.ScreeningService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** From the approved list to the tally: distribution, attendance, opening, end of voting, count. */
@Configuration(proxyBeanMethods = false)
public class SessionDelegates {

    /**
     * ServiceTask_DistributeCandidateList: fixes the roll, tells every deputy on it, and hands
     * the process their logins for the reading tasks.
     */
    @Bean("candidateListDistribution")
    JavaDelegate candidateListDistribution(VoteService votes, ScreeningService screening, Notifications notifications) {
        return execution -> {
            Long voteId = VOTE_ID.require(execution);
            List<String> users = votes.distributeCandidateList(voteId);
            LivelihoodVote vote = votes.get(voteId);
            for (String user : users) {
                notifications.toUser(user, vote.getBusinessKey(), "民生实事候选项目清单",
                        vote.getTitle() + "的候选项目清单已经审定，请在人代会前阅知。清单见待办任务或 /api/votes/"
                                + vote.getBusinessKey() + "/candidates。",
                        "vote-candidates:" + vote.getBusinessKey() + ":" + user);
            }
            DEPUTY_USER_IDS.set(execution, users);
            CANDIDATE_SUMMARY.set(execution, screening.candidateSummary(voteId));
        };
    }

    /** Task_RecordAttendance (create): the roll as checklist options, with whoever is already recorded present. */
    @Bean("attendanceForm")
    TaskListener attendanceForm(VoteService votes, RollEntryRepository roll) {
        return new TaskListener() {
            @Override
            public void notify(DelegateTask task) {
                Long voteId = VOTE_ID.require(task);
                LivelihoodVote vote = votes.get(voteId);
                List<RollEntry> entries = roll.findRoll(voteId);
                List<Map<String, String>> options = entries.stream().map(e -> {
                    Map<String, String> option = new LinkedHashMap<>();
                    option.put("label", e.getDeputy().getCode() + " " + IdentitySync.threeByteSafe(
                            Masking.name(e.getDeputy().getName())));
                    option.put("value", e.getDeputy().getCode());
                    return option;
                }).toList();
                task.setVariable(ROLL_OPTIONS, FormValues.json(options));
                PRESENT_DEPUTY_CODES.set(task, entries.stream().filter(RollEntry::isPresent)
                        .map(e -> e.getDeputy().getCode()).toList());
                int total = entries.size();
                ATTENDANCE_SUMMARY.set(task, "应到代表 " + total + " 人；须超过 "
                        + vote.getRules().getQuorumNumerator() + "/" + vote.getRules().getQuorumDenominator()
                        + "，即至少 " + vote.getRules().quorumNeeded(total) + " 人出席，方可开始投票。");
            }
        };
    }

    /** ServiceTask_OpenBallot: records attendance; with a quorum the next round opens and the rules freeze. */
    @Bean("ballotOpener")
    JavaDelegate ballotOpener(BallotService ballots) {
        return execution -> {
            List<String> present = FormValues.stringList(execution, PRESENT_DEPUTY_CODES.name());
            BallotService.Opening opening = ballots.recordAttendanceAndOpen(VOTE_ID.require(execution), present);
            QUORUM_MET.set(execution, opening.quorumMet());
            ROUND_NO.set(execution, opening.roundNo());
            ATTENDANCE_SUMMARY.set(execution, opening.quorumMet()
                    ? "出席 " + opening.present() + " 人，应到 " + opening.total() + " 人，符合法定人数，第 "
                            + opening.roundNo() + " 轮投票开始。"
                    : "出席 " + opening.present() + " 人，应到 " + opening.total() + " 人，不足法定人数（至少 "
                            + opening.needed() + " 人），不能开始投票。");
        };
    }

    /** ServiceTask_StopVoting: no more ballots; tellers count the paper ones if any were handed out. */
    @Bean("votingStopper")
    JavaDelegate votingStopper(BallotService ballots) {
        return execution -> {
            BallotService.Stop stop = ballots.endVoting(VOTE_ID.require(execution));
            PAPER_BALLOTS_ISSUED.set(execution, stop.paperBallotsIssued());
        };
    }

    /** ServiceTask_TallyBallot: counts the round; VOID and RUNOFF lead back to the session. */
    @Bean("ballotTally")
    JavaDelegate ballotTally(BallotService ballots) {
        return execution -> {
            BallotRound round = ballots.tally(VOTE_ID.require(execution));
            ROUND_OUTCOME.set(execution, round.getOutcome().name());
        };
    }

    /** ServiceTask_CompleteVote: every selected project has been implemented and rated. */
    @Bean("voteCompletion")
    JavaDelegate voteCompletion(VoteService votes) {
        return execution -> votes.setStatus(VOTE_ID.require(execution), VoteStatus.COMPLETED);
    }
}
