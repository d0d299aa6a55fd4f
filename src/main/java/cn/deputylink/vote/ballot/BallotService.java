package cn.deputylink.vote.ballot;

import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.vote.BallotRules;
import cn.deputylink.vote.LivelihoodVote;
import cn.deputylink.vote.RollEntry;
import cn.deputylink.vote.RollEntryRepository;
import cn.deputylink.vote.VoteCandidate;
import cn.deputylink.vote.VoteCandidateRepository;
import cn.deputylink.vote.VoteService;
import cn.deputylink.vote.VoteStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session's ballot: attendance and quorum, opening a round, ballots by deputies
 * (electronic) and by tellers (paper), ending the voting, the tally and the recount.
 *
 * <p>Secrecy rests on two tables that share nothing but the round: the register says THAT a
 * deputy took a ballot (its primary key stops a second one by any channel), the ballot table
 * says WHAT a ballot says. Neither has a time or a sequence, a ballot's id is random, a cast
 * touches no process variable and no log line, and the answer to a deputy carries no ballot id,
 * so nobody can later be shown how a deputy voted. Counts exist only after the round closes.
 */
@Service
public class BallotService {

    private final VoteService voteService;
    private final RollEntryRepository roll;
    private final VoteCandidateRepository candidates;
    private final BallotRoundRepository rounds;
    private final RegisterEntryRepository register;
    private final BallotRepository ballots;
    private final EntityManager entityManager;

    public BallotService(VoteService voteService, RollEntryRepository roll,
                         VoteCandidateRepository candidates, BallotRoundRepository rounds,
                         RegisterEntryRepository register, BallotRepository ballots, EntityManager entityManager) {
        this.voteService = voteService;
        this.roll = roll;
        this.candidates = candidates;
        this.rounds = rounds;
        this.register = register;
        this.ballots = ballots;
        this.entityManager = entityManager;
    }

    public record Opening(boolean quorumMet, int present, int total, int needed, Integer roundNo) {
    }

    public record Stop(int roundNo, boolean paperBallotsIssued) {
    }

    // ---- the secretariat (called by the process)

    /**
     * Records who is present and, with a quorum, opens the next round: the main round, a repeat
     * of a void round, or a run-off. The first opening freezes the vote's rules.
     */
    @Transactional
    public Opening recordAttendanceAndOpen(Long voteId, Collection<String> presentCodes) {
        LivelihoodVote vote = lockVote(voteId);
        List<RollEntry> entries = roll.findRoll(voteId);
        Set<String> present = new LinkedHashSet<>();
        presentCodes.forEach(c -> present.add(c.strip()));
        Set<String> onRoll = entries.stream().map(e -> e.getDeputy().getCode()).collect(Collectors.toSet());
        List<String> strangers = present.stream().filter(c -> !onRoll.contains(c)).toList();
        if (!strangers.isEmpty()) {
            throw new InvalidInputException("presentDeputyCodes", "不在本次会议代表名单中：" + String.join("、", strangers));
        }
        Optional<BallotRound> open = rounds.findFirstByVoteIdAndStatusInOrderByRoundNoDesc(voteId,
                List.of(RoundStatus.OPEN, RoundStatus.COUNTING));
        if (open.isEmpty()) {
            entries.forEach(e -> e.setPresent(present.contains(e.getDeputy().getCode())));
        }
        int total = entries.size();
        int presentCount = (int) entries.stream().filter(RollEntry::isPresent).count();
        BallotRules rules = vote.getRules();
        int needed = rules.quorumNeeded(total);
        if (open.isPresent()) {
            return new Opening(true, presentCount, total, needed, open.get().getRoundNo());
        }
        if (!rules.quorumMet(presentCount, total)) {
            vote.setStatus(VoteStatus.IN_SESSION);
            return new Opening(false, presentCount, total, needed, null);
        }
        Instant now = now();
        BallotRound round = rounds.findFirstByVoteIdAndStatusInOrderByRoundNoDesc(voteId, List.of(RoundStatus.PENDING))
                .orElseGet(() -> firstRound(vote));
        round.open(total, presentCount, now);
        vote.freezeRules(now);
        vote.setStatus(VoteStatus.BALLOT_OPEN);
        return new Opening(true, presentCount, total, needed, round.getRoundNo());
    }

    private BallotRound firstRound(LivelihoodVote vote) {
        if (rounds.findFirstByVoteIdOrderByRoundNoDesc(vote.getId()).isPresent()) {
            throw new IllegalStateException("vote " + vote.getBusinessKey() + " has rounds but none pending");
        }
        List<VoteCandidate> list = candidates.findByVoteIdOrderBySortOrderAsc(vote.getId());
        return newRound(vote, 1, RoundKind.MAIN, vote.getRules().getSlots(), list);
    }

    private BallotRound newRound(LivelihoodVote vote, int roundNo, RoundKind kind, int slots, List<VoteCandidate> on) {
        BallotRound round = new BallotRound(vote, roundNo, kind, slots);
        int order = 1;
        for (VoteCandidate c : on) {
            round.getCandidates().add(new RoundCandidate(round, c, order++));
        }
        return rounds.save(round);
    }

    /** Voting ends: no more ballots are cast or handed out; tellers may now enter the paper ballots. */
    @Transactional
    public Stop endVoting(Long voteId) {
        LivelihoodVote vote = lockVote(voteId);
        BallotRound round = rounds.findFirstByVoteIdAndStatusInOrderByRoundNoDesc(voteId,
                        List.of(RoundStatus.OPEN, RoundStatus.COUNTING))
                .orElseThrow(() -> new ConflictException("当前没有进行中的投票"));
        if (round.getStatus() == RoundStatus.OPEN) {
            round.endVoting(now());
            ballots.seal(round.getId());
        }
        vote.setStatus(VoteStatus.COUNTING);
        return new Stop(round.getRoundNo(), register.countByRoundAndChannel(round.getId(), Channel.PAPER) > 0);
    }

    /**
     * Counts the round once: the same ballots give the same result, so running this twice (a
     * retried job) finds the round closed and answers with what was recorded.
     */
    @Transactional
    public BallotRound tally(Long voteId) {
        LivelihoodVote vote = lockVote(voteId);
        BallotRound round = rounds.findFirstByVoteIdOrderByRoundNoDesc(voteId)
                .orElseThrow(() -> new IllegalStateException("no round to count for vote " + voteId));
        if (round.getStatus() == RoundStatus.PENDING) {
            // the previous round was tallied and its follow-up already prepared: a repeated call
            return rounds.findByVoteIdAndRoundNo(voteId, round.getRoundNo() - 1).orElseThrow();
        }
        if (round.getStatus().tallied()) {
            return round;
        }
        if (round.getStatus() != RoundStatus.COUNTING) {
            throw new ConflictException("请先宣布投票结束，再计票");
        }
        ballots.seal(round.getId());
        BallotTally.Result result = BallotTally.tally(input(vote, round));
        round.record(result, now());
        switch (result.outcome()) {
            case VOID -> {
                List<VoteCandidate> same = round.getCandidates().stream().map(RoundCandidate::getCandidate).toList();
                newRound(vote, round.getRoundNo() + 1, RoundKind.REPEAT, round.getSlots(), same);
                vote.setStatus(VoteStatus.IN_SESSION);
            }
            case RUNOFF -> {
                Map<Long, VoteCandidate> byId = round.getCandidates().stream().map(RoundCandidate::getCandidate)
                        .collect(Collectors.toMap(VoteCandidate::getId, c -> c));
                List<VoteCandidate> tied = result.runoffCandidates().stream().map(byId::get).toList();
                newRound(vote, round.getRoundNo() + 1, RoundKind.RUNOFF, result.runoffSlots(), tied);
                vote.setStatus(VoteStatus.IN_SESSION);
            }
            case DECIDED -> decideCandidates(vote);
            default -> throw new IllegalStateException();
        }
        return round;
    }

    /** The tally's input for a round, exactly as at closing: the recount uses the same. */
    private BallotTally.Input input(LivelihoodVote vote, BallotRound round) {
        BallotRules rules = vote.getRules();
        long runoffsBefore = rounds.findByVoteIdOrderByRoundNoAsc(vote.getId()).stream()
                .filter(r -> r.getKind() == RoundKind.RUNOFF && r.getRoundNo() <= round.getRoundNo()).count();
        BallotTally.Rules tallyRules = new BallotTally.Rules(round.getSlots(), round.getTotalDeputies(),
                rules.getPassNumerator(), rules.getPassDenominator(), runoffsBefore < rules.getMaxRunoffRounds());
        int issued = round.getIssued() != null ? round.getIssued() : register.countByRound(round.getId());
        List<BallotContent> contents = ballots.findByRound(round.getId()).stream().map(Ballot::content).toList();
        return new BallotTally.Input(round.label(), tallyRules, round.candidateIds(), issued, contents);
    }

    /** After the deciding round: every candidate elected in some closed round is elected. */
    private void decideCandidates(LivelihoodVote vote) {
        Map<Long, Integer> lastApprovals = new HashMap<>();
        Set<Long> elected = new LinkedHashSet<>();
        for (BallotRound r : rounds.findByVoteIdOrderByRoundNoAsc(vote.getId())) {
            if (r.getStatus() != RoundStatus.CLOSED) {
                continue;
            }
            for (RoundCandidate rc : r.getCandidates()) {
                lastApprovals.put(rc.getCandidate().getId(), rc.getApprovals());
                if (rc.getResult() == BallotTally.CandidateResult.ELECTED) {
                    elected.add(rc.getCandidate().getId());
                }
            }
        }
        for (VoteCandidate c : candidates.findByVoteIdOrderBySortOrderAsc(vote.getId())) {
            c.decide(elected.contains(c.getId()) ? VoteCandidate.Outcome.ELECTED : VoteCandidate.Outcome.NOT_ELECTED,
                    lastApprovals.get(c.getId()));
        }
    }

    // ---- ballots

    /** A deputy's electronic ballot. The answer says only that it was received. */
    @Transactional
    public void castElectronic(String voteRef, String userId, Map<Long, Mark> marks) {
        LivelihoodVote vote = voteService.get(voteRef);
        BallotRound round = openRoundLocked(vote.getId());
        RollEntry entry = roll.findByUser(vote.getId(), userId)
                .orElseThrow(() -> new ForbiddenException("您不在本次会议的代表名单中，不能投票"));
        if (!entry.isPresent()) {
            throw new ForbiddenException("您未登记出席本次会议，不能投票");
        }
        BallotContent content = content(round, marks, false);
        enter(round, entry, Channel.ELECTRONIC);
        ballots.save(new Ballot(round.getId(), content));
    }

    /** A teller hands a paper ballot to a present deputy; from then on the deputy cannot vote electronically. */
    @Transactional
    public void issuePaper(String voteRef, String deputyCode) {
        LivelihoodVote vote = voteService.get(voteRef);
        BallotRound round = openRoundLocked(vote.getId());
        RollEntry entry = roll.findByDeputyCode(vote.getId(), deputyCode == null ? "" : deputyCode.strip())
                .orElseThrow(() -> new InvalidInputException("deputyCode", "不在本次会议代表名单中：" + deputyCode));
        if (!entry.isPresent()) {
            throw new InvalidInputException("deputyCode", "该代表未登记出席，不能领取选票：" + deputyCode);
        }
        enter(round, entry, Channel.PAPER);
    }

    /**
     * A teller enters one paper ballot from the box, after voting has ended. Nothing ties it to
     * a deputy; more ballots than were handed out void the round at the tally.
     */
    @Transactional
    public void enterPaper(String voteRef, Map<Long, Mark> marks, boolean spoiled) {
        LivelihoodVote vote = voteService.get(voteRef);
        BallotRound round = rounds.findFirstByVoteIdAndStatusInOrderByRoundNoDesc(vote.getId(),
                List.of(RoundStatus.OPEN, RoundStatus.COUNTING)).orElse(null);
        if (round == null) {
            throw new ConflictException("当前没有进行中的投票");
        }
        if (round.getStatus() != RoundStatus.COUNTING) {
            throw new ConflictException("请先宣布投票结束，开箱后再录入纸质选票");
        }
        BallotContent content = content(round, marks, spoiled);
        ballots.save(new Ballot(round.getId(), content));
    }

    private void enter(BallotRound round, RollEntry entry, Channel channel) {
        Long deputyId = entry.getDeputy().getId();
        if (register.isRegistered(round.getId(), deputyId)) {
            throw new ConflictException("该代表在本轮已领取或投出选票，不能重复投票");
        }
        try {
            register.saveAndFlush(new RegisterEntry(round.getId(), deputyId, channel));
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("该代表在本轮已领取或投出选票，不能重复投票");
        }
    }

    /**
     * The open round, re-read under a row lock held until the ballot is stored: ending the voting
     * waits for ballots in flight, and no ballot gets in after it. Ballots of one round queue for a
     * few milliseconds each; a shared lock would let them pass each other, but its SQL differs
     * between MySQL and MariaDB.
     */
    private BallotRound openRoundLocked(Long voteId) {
        BallotRound round = rounds.findFirstByVoteIdAndStatusInOrderByRoundNoDesc(voteId,
                List.of(RoundStatus.OPEN, RoundStatus.COUNTING, RoundStatus.PENDING)).orElse(null);
        if (round == null || round.getStatus() == RoundStatus.PENDING) {
            throw new ConflictException("当前没有正在进行的投票");
        }
        entityManager.flush();
        entityManager.refresh(round, LockModeType.PESSIMISTIC_WRITE);
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new ConflictException("投票已经结束");
        }
        return round;
    }

    /** A ballot over this round's candidates: unknown candidates refused, unmarked ones abstain. */
    private static BallotContent content(BallotRound round, Map<Long, Mark> marks, boolean spoiled) {
        if (spoiled) {
            if (marks != null && !marks.isEmpty()) {
                throw new InvalidInputException("marks", "作废的选票不再录入表决意见");
            }
            return BallotContent.spoiledBallot();
        }
        Set<Long> onBallot = Set.copyOf(round.candidateIds());
        List<FieldProblem> problems = new ArrayList<>();
        TreeMap<Long, Mark> full = new TreeMap<>();
        Map<Long, Mark> given = marks == null ? Map.of() : marks;
        given.forEach((candidate, mark) -> {
            if (candidate == null || !onBallot.contains(candidate)) {
                problems.add(new FieldProblem("marks", "本轮选票上没有该候选项目：" + candidate));
            } else if (mark == null) {
                problems.add(new FieldProblem("marks", "请选择赞成、反对或弃权：" + candidate));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Long candidate : onBallot) {
            full.put(candidate, given.getOrDefault(candidate, Mark.ABSTAIN));
        }
        return BallotContent.of(full);
    }

    // ---- after the round

    /** A recount: the stored ballots counted again and compared with what was recorded and published. */
    public record Recount(int roundNo, String recordedDigest, String recountedDigest, boolean matches,
                          BallotTally.Result result) {
    }

    @Transactional(readOnly = true)
    public Recount recount(String voteRef, int roundNo) {
        LivelihoodVote vote = voteService.get(voteRef);
        BallotRound round = tallied(vote, roundNo);
        BallotTally.Result again = BallotTally.tally(input(vote, round));
        boolean same = again.digest().equals(round.getDigest())
                && again.outcome() == round.getOutcome()
                && again.returned() == round.getReturned()
                && again.valid() == round.getValidBallots()
                && round.getCandidates().stream().allMatch(rc -> again.counts().stream()
                .anyMatch(c -> c.candidateId() == rc.getCandidate().getId()
                        && c.approvals() == rc.getApprovals() && c.oppositions() == rc.getOppositions()
                        && c.abstentions() == rc.getAbstentions() && c.result() == rc.getResult()));
        return new Recount(roundNo, round.getDigest(), again.digest(), same, again);
    }

    /** The stored ballots of a tallied round, sorted by content (their storage order is never shown). */
    @Transactional(readOnly = true)
    public List<String> ballotsOf(String voteRef, int roundNo) {
        LivelihoodVote vote = voteService.get(voteRef);
        BallotRound round = tallied(vote, roundNo);
        return ballots.findByRound(round.getId()).stream().map(Ballot::getContent).sorted().toList();
    }

    @Transactional(readOnly = true)
    public String canonicalText(String voteRef, int roundNo) {
        LivelihoodVote vote = voteService.get(voteRef);
        return BallotTally.canonicalText(input(vote, tallied(vote, roundNo)));
    }

    private BallotRound tallied(LivelihoodVote vote, int roundNo) {
        BallotRound round = rounds.findByVoteIdAndRoundNo(vote.getId(), roundNo)
                .orElseThrow(() -> new InvalidInputException("roundNo", "没有第 " + roundNo + " 轮投票"));
        if (!round.getStatus().tallied()) {
            throw new ConflictException("第 " + roundNo + " 轮投票尚未结束计票，不公开任何票数");
        }
        return round;
    }

    @Transactional(readOnly = true)
    public List<BallotRound> rounds(Long voteId) {
        return rounds.findByVoteIdOrderByRoundNoAsc(voteId);
    }

    @Transactional(readOnly = true)
    public Optional<BallotRound> currentRound(Long voteId) {
        return rounds.findFirstByVoteIdOrderByRoundNoDesc(voteId);
    }

    /** Whether the deputy took a ballot in the round (the register), for the deputy's own screen. */
    @Transactional(readOnly = true)
    public boolean hasVoted(BallotRound round, Long deputyId) {
        return register.isRegistered(round.getId(), deputyId);
    }

    /** How many deputies took a ballot so far: participation, which the secretariat needs to run the session. */
    @Transactional(readOnly = true)
    public int registered(BallotRound round) {
        return register.countByRound(round.getId());
    }

    @Transactional(readOnly = true)
    public List<Long> deputiesWhoVoted(Long voteId) {
        return register.deputiesWhoVoted(voteId);
    }

    private LivelihoodVote lockVote(Long voteId) {
        return voteService.lock(voteId);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
