package cn.deputylink.vote.ballot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The count of one ballot round, as a pure function of what was issued and what came back: the
 * same ballots give the same result, in any order, on any machine, today or at a recount.
 *
 * <p>Rules (DESIGN §4.3, all parameters of the vote):
 * <ul>
 *   <li>More ballots returned than issued voids the round; no candidate is counted.</li>
 *   <li>A ballot with more approvals than there are slots is invalid; so is a spoiled paper
 *       ballot, or one that marks a candidate who is not on it. Invalid ballots count as
 *       returned and are counted for no candidate.</li>
 *   <li>An unmarked candidate on a valid ballot counts as an abstention.</li>
 *   <li>A candidate passes with approvals from more than {@code pass} of ALL deputies (the roll),
 *       not only of those present: {@code approvals × passDenominator > deputies × passNumerator}.</li>
 *   <li>Passing candidates fill the slots by approvals. A tie across the last slot goes to a
 *       run-off among the tied candidates for the remaining slots; when no further run-off is
 *       allowed those slots stay empty. Fewer passing candidates than slots leave slots empty.</li>
 * </ul>
 *
 * <p>The digest is SHA-256 over a canonical text of the round (see {@link #canonicalText}) with
 * the ballots sorted, so that anyone holding the ballot set can check the published figure.
 */
public final class BallotTally {

    public static final String DIGEST_VERSION = "DeputyLink ballot digest v1";

    private BallotTally() {
    }

    /** The rules of one round. {@code slots} is N, the most approvals a valid ballot may carry. */
    public record Rules(int slots, int totalDeputies, int passNumerator, int passDenominator, boolean runoffAllowed) {

        public Rules {
            if (slots < 1) {
                throw new IllegalArgumentException("a round fills at least one slot");
            }
            if (totalDeputies < 1) {
                throw new IllegalArgumentException("a congress has at least one deputy");
            }
            if (passNumerator < 1 || passDenominator < 1 || passNumerator >= passDenominator) {
                throw new IllegalArgumentException("the pass share must be a proper fraction");
            }
        }

        /** Strictly more than {@code passNumerator/passDenominator} of all deputies. */
        public boolean passes(long approvals) {
            return approvals * passDenominator > (long) totalDeputies * passNumerator;
        }
    }

    /**
     * @param label      names the round inside the digest, e.g. {@code PJ-2026-qs#1}
     * @param candidates the candidate ids on the ballot, in ballot order
     * @param issued     ballots handed out: every entry of the register, electronic or paper
     */
    public record Input(String label, Rules rules, List<Long> candidates, int issued, List<BallotContent> ballots) {

        public Input {
            Objects.requireNonNull(label);
            Objects.requireNonNull(rules);
            candidates = List.copyOf(candidates);
            ballots = List.copyOf(ballots);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("a round has at least one candidate");
            }
            if (new LinkedHashSet<>(candidates).size() != candidates.size()) {
                throw new IllegalArgumentException("a candidate appears twice on the ballot");
            }
            if (issued < 0) {
                throw new IllegalArgumentException("issued cannot be negative");
            }
        }
    }

    public enum Outcome {
        /** More ballots returned than issued: the round is void and must be held again. */
        VOID,
        /** Every slot is filled or left empty for good. */
        DECIDED,
        /** A tie across the last slot: a run-off among the tied candidates follows. */
        RUNOFF
    }

    public enum CandidateResult {
        ELECTED,
        /** Tied across the last slot; goes to the run-off. */
        RUNOFF,
        /** Tied across the last slot when no run-off is allowed any more. */
        UNRESOLVED_TIE,
        /** Passed, but others had more approvals. */
        OUTRANKED,
        /** Not more than the required share of all deputies approved. */
        NOT_PASSED,
        /** The round was void. */
        NOT_COUNTED
    }

    public record CandidateCount(long candidateId, int approvals, int oppositions, int abstentions, boolean passed,
                                 CandidateResult result) {
    }

    /**
     * @param counts       per candidate, in ballot order
     * @param elected      ranked by approvals, then ballot order
     * @param runoffSlots  slots the run-off fills (0 unless RUNOFF)
     * @param emptySlots   slots left empty for good (0 unless DECIDED)
     */
    public record Result(Outcome outcome, int issued, int returned, int valid, int invalid,
                         List<CandidateCount> counts, List<Long> elected, List<Long> runoffCandidates,
                         int runoffSlots, int emptySlots, String digest) {
    }

    public static Result tally(Input input) {
        Rules rules = input.rules();
        List<Long> candidates = input.candidates();
        int returned = input.ballots().size();
        String digest = digest(input);
        Set<Long> onBallot = Set.copyOf(candidates);
        Map<Long, int[]> tallies = new HashMap<>();
        candidates.forEach(c -> tallies.put(c, new int[3]));
        int valid = 0;
        for (BallotContent ballot : input.ballots()) {
            if (!isValid(ballot, onBallot, rules.slots())) {
                continue;
            }
            valid++;
            for (Long candidate : candidates) {
                Mark mark = ballot.marks().getOrDefault(candidate, Mark.ABSTAIN);
                tallies.get(candidate)[mark.ordinal()]++;
            }
        }
        int invalid = returned - valid;
        if (returned > input.issued()) {
            List<CandidateCount> none = candidates.stream()
                    .map(c -> new CandidateCount(c, 0, 0, 0, false, CandidateResult.NOT_COUNTED)).toList();
            return new Result(Outcome.VOID, input.issued(), returned, valid, invalid, none, List.of(), List.of(), 0, 0,
                    digest);
        }

        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            position.put(candidates.get(i), i);
        }
        Comparator<Long> byApprovals = Comparator.<Long>comparingInt(c -> -tallies.get(c)[Mark.APPROVE.ordinal()])
                .thenComparing(position::get);
        List<Long> passing = candidates.stream()
                .filter(c -> rules.passes(tallies.get(c)[Mark.APPROVE.ordinal()]))
                .sorted(byApprovals).toList();

        List<Long> elected;
        List<Long> tied = List.of();
        if (passing.size() <= rules.slots()) {
            elected = passing;
        } else {
            int cutoff = approvals(tallies, passing.get(rules.slots() - 1));
            long atOrAbove = passing.stream().filter(c -> approvals(tallies, c) >= cutoff).count();
            if (atOrAbove == rules.slots()) {
                elected = passing.subList(0, rules.slots());
            } else {
                elected = passing.stream().filter(c -> approvals(tallies, c) > cutoff).toList();
                tied = passing.stream().filter(c -> approvals(tallies, c) == cutoff).toList();
            }
        }
        int remaining = rules.slots() - elected.size();
        boolean runoff = !tied.isEmpty() && rules.runoffAllowed();
        Outcome outcome = runoff ? Outcome.RUNOFF : Outcome.DECIDED;

        Set<Long> electedSet = Set.copyOf(elected);
        Set<Long> tiedSet = Set.copyOf(tied);
        Set<Long> passingSet = Set.copyOf(passing);
        List<CandidateCount> counts = new ArrayList<>();
        for (Long c : candidates) {
            int[] t = tallies.get(c);
            CandidateResult result;
            if (electedSet.contains(c)) {
                result = CandidateResult.ELECTED;
            } else if (tiedSet.contains(c)) {
                result = runoff ? CandidateResult.RUNOFF : CandidateResult.UNRESOLVED_TIE;
            } else if (passingSet.contains(c)) {
                result = CandidateResult.OUTRANKED;
            } else {
                result = CandidateResult.NOT_PASSED;
            }
            counts.add(new CandidateCount(c, t[0], t[1], t[2], passingSet.contains(c), result));
        }
        return new Result(outcome, input.issued(), returned, valid, invalid, List.copyOf(counts), List.copyOf(elected),
                runoff ? List.copyOf(tied) : List.of(), runoff ? remaining : 0, runoff ? 0 : remaining, digest);
    }

    /** Valid: not spoiled, marks only candidates on the ballot, at most {@code slots} approvals. */
    public static boolean isValid(BallotContent ballot, Set<Long> onBallot, int slots) {
        return !ballot.spoiled() && onBallot.containsAll(ballot.marks().keySet()) && ballot.approvals() <= slots;
    }

    private static int approvals(Map<Long, int[]> tallies, Long candidate) {
        return tallies.get(candidate)[Mark.APPROVE.ordinal()];
    }

    /**
     * The text the digest is taken over: a header naming the round and its parameters, then
     * one canonical ballot per line, sorted, each line ending in a newline. Published with the
     * result so that a recount can be checked by anyone holding the ballot set.
     */
    public static String canonicalText(Input input) {
        StringBuilder sb = new StringBuilder();
        sb.append(DIGEST_VERSION).append('\n');
        sb.append("round=").append(input.label()).append('\n');
        sb.append("candidates=").append(input.candidates().stream().map(String::valueOf)
                .collect(Collectors.joining(","))).append('\n');
        sb.append("slots=").append(input.rules().slots()).append('\n');
        sb.append("deputies=").append(input.rules().totalDeputies()).append('\n');
        sb.append("pass=").append(input.rules().passNumerator()).append('/')
                .append(input.rules().passDenominator()).append('\n');
        sb.append("issued=").append(input.issued()).append('\n');
        sb.append("returned=").append(input.ballots().size()).append('\n');
        input.ballots().stream().map(BallotContent::canonical).sorted()
                .forEach(line -> sb.append(line).append('\n'));
        return sb.toString();
    }

    public static String digest(Input input) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText(input).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
