package cn.deputylink.vote.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.vote.ballot.BallotTally.CandidateCount;
import cn.deputylink.vote.ballot.BallotTally.CandidateResult;
import cn.deputylink.vote.ballot.BallotTally.Input;
import cn.deputylink.vote.ballot.BallotTally.Outcome;
import cn.deputylink.vote.ballot.BallotTally.Result;
import cn.deputylink.vote.ballot.BallotTally.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The tally's rules hold for every ballot set, not only for the examples in
 * {@link BallotTallyTest}: random congresses (slots, roll size, candidates), random ballots
 * including over-approved, spoiled and partly marked ones, and random issue counts.
 */
class BallotTallyPropertiesTest {

    @Property(tries = 400)
    void countsAreConserved(@ForAll("rounds") Input input) {
        Result r = BallotTally.tally(input);
        assertThat(r.returned()).isEqualTo(input.ballots().size());
        assertThat(r.valid() + r.invalid()).isEqualTo(r.returned());
        if (r.outcome() != Outcome.VOID) {
            for (CandidateCount c : r.counts()) {
                assertThat(c.approvals() + c.oppositions() + c.abstentions()).isEqualTo(r.valid());
            }
        }
        assertThat(r.counts()).extracting(CandidateCount::candidateId).containsExactlyElementsOf(input.candidates());
    }

    @Property(tries = 400)
    void noCandidateIsCountedAboveTheCapAndNoMoreAreElectedThanSlots(@ForAll("rounds") Input input) {
        Result r = BallotTally.tally(input);
        int slots = input.rules().slots();
        long totalApprovals = r.counts().stream().mapToLong(CandidateCount::approvals).sum();
        assertThat(totalApprovals).isLessThanOrEqualTo((long) slots * r.valid());
        r.counts().forEach(c -> assertThat(c.approvals()).isLessThanOrEqualTo(r.valid()));
        assertThat(r.elected().size() + r.runoffSlots() + r.emptySlots()).isEqualTo(
                r.outcome() == Outcome.VOID ? 0 : slots);
        assertThat(r.elected()).hasSizeLessThanOrEqualTo(slots);
        if (r.outcome() == Outcome.RUNOFF) {
            assertThat(r.runoffCandidates()).hasSizeGreaterThan(r.runoffSlots());
            assertThat(r.runoffSlots()).isPositive();
        }
    }

    @Property(tries = 300)
    void invalidBallotsAreNeverCounted(@ForAll("rounds") Input input, @ForAll("invalidBallots") List<BallotContent> junk) {
        List<BallotContent> withJunk = new ArrayList<>(input.ballots());
        withJunk.addAll(junk);
        Input polluted = new Input(input.label(), input.rules(), input.candidates(),
                input.issued() + junk.size(), withJunk);
        Result clean = BallotTally.tally(input);
        Result dirty = BallotTally.tally(polluted);
        assertThat(dirty.outcome()).isEqualTo(clean.outcome());
        assertThat(dirty.valid()).isEqualTo(clean.valid());
        assertThat(dirty.invalid()).isEqualTo(clean.invalid() + junk.size());
        assertThat(dirty.counts()).isEqualTo(clean.counts());
        assertThat(dirty.elected()).isEqualTo(clean.elected());
    }

    @Property(tries = 300)
    void theResultIsIdenticalOnRecountAndIndependentOfBallotOrder(@ForAll("rounds") Input input, @ForAll long seed) {
        List<BallotContent> shuffled = new ArrayList<>(input.ballots());
        Collections.shuffle(shuffled, new Random(seed));
        List<BallotContent> reloaded = shuffled.stream().map(b -> BallotContent.parse(b.canonical())).toList();
        Input recount = new Input(input.label(), input.rules(), input.candidates(), input.issued(), reloaded);
        assertThat(BallotTally.tally(recount)).isEqualTo(BallotTally.tally(input));
        assertThat(BallotTally.tally(input)).isEqualTo(BallotTally.tally(input));
    }

    @Property(tries = 300)
    void electedCandidatesPassedAndOutrankEveryoneNotElected(@ForAll("rounds") Input input) {
        Result r = BallotTally.tally(input);
        Rules rules = input.rules();
        Map<Long, CandidateCount> byId = new TreeMap<>();
        r.counts().forEach(c -> byId.put(c.candidateId(), c));
        for (Long id : r.elected()) {
            CandidateCount e = byId.get(id);
            assertThat(rules.passes(e.approvals())).isTrue();
            assertThat(e.result()).isEqualTo(CandidateResult.ELECTED);
            r.counts().stream().filter(c -> !r.elected().contains(c.candidateId()))
                    .forEach(other -> assertThat(e.approvals()).isGreaterThan(other.approvals()));
        }
        for (CandidateCount c : r.counts()) {
            assertThat(c.passed()).isEqualTo(r.outcome() != Outcome.VOID && rules.passes(c.approvals()));
        }
        for (Long id : r.runoffCandidates()) {
            assertThat(byId.get(id).approvals()).isEqualTo(byId.get(r.runoffCandidates().get(0)).approvals());
        }
    }

    @Property(tries = 300)
    void aRoundIsVoidExactlyWhenMoreBallotsCameBackThanWereIssued(@ForAll("rounds") Input input) {
        Result r = BallotTally.tally(input);
        assertThat(r.outcome() == Outcome.VOID).isEqualTo(input.ballots().size() > input.issued());
        if (r.outcome() == Outcome.VOID) {
            assertThat(r.elected()).isEmpty();
            assertThat(r.counts()).allMatch(c -> c.approvals() == 0 && c.result() == CandidateResult.NOT_COUNTED);
        }
    }

    @Property(tries = 200)
    void theDigestChangesWhenOneBallotChanges(@ForAll("rounds") Input input) {
        if (input.ballots().isEmpty()) {
            return;
        }
        List<BallotContent> changed = new ArrayList<>(input.ballots());
        BallotContent first = changed.get(0);
        changed.set(0, first.spoiled() ? BallotContent.of(Map.of()) : BallotContent.spoiledBallot());
        Input other = new Input(input.label(), input.rules(), input.candidates(), input.issued(), changed);
        assertThat(BallotTally.digest(other)).isNotEqualTo(BallotTally.digest(input));
    }

    // ---- generators

    @Provide
    Arbitrary<Input> rounds() {
        Arbitrary<Integer> candidateCount = Arbitraries.integers().between(1, 8);
        return candidateCount.flatMap(n -> {
            List<Long> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                candidates.add(100L + i * 7L);
            }
            Arbitrary<Integer> slots = Arbitraries.integers().between(1, n);
            Arbitrary<Integer> deputies = Arbitraries.integers().between(1, 60);
            return Combinators.combine(slots, deputies, Arbitraries.of(true, false),
                    Arbitraries.of(new int[] {1, 2}, new int[] {2, 3}, new int[] {1, 3})).flatAs((s, d, runoff, pass) -> {
                        Rules rules = new Rules(s, d, pass[0], pass[1], runoff);
                        Arbitrary<List<BallotContent>> ballots = ballot(candidates).list().ofMaxSize(d + 3);
                        return ballots.flatMap(list -> Arbitraries.integers().between(
                                        Math.max(0, list.size() - 2), list.size() + 3)
                                .map(issued -> new Input("T#1", rules, candidates, issued, list)));
                    });
        });
    }

    /** Mostly well-formed ballots, some with too many approvals, some spoiled, some partly marked. */
    private Arbitrary<BallotContent> ballot(List<Long> candidates) {
        Arbitrary<BallotContent> marked = Arbitraries.of(Mark.values()).list().ofSize(candidates.size())
                .flatMap(marks -> Arbitraries.integers().between(0, candidates.size()).map(keep -> {
                    TreeMap<Long, Mark> m = new TreeMap<>();
                    for (int i = 0; i < candidates.size(); i++) {
                        if (i < keep || keep == 0) {
                            m.put(candidates.get(i), marks.get(i));
                        }
                    }
                    return BallotContent.of(m);
                }));
        Arbitrary<BallotContent> approvesAll = Arbitraries.just(candidates).map(cs -> {
            TreeMap<Long, Mark> m = new TreeMap<>();
            cs.forEach(c -> m.put(c, Mark.APPROVE));
            return BallotContent.of(m);
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, marked),
                net.jqwik.api.Tuple.of(2, approvesAll),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BallotContent.spoiledBallot())));
    }

    @Provide
    Arbitrary<List<BallotContent>> invalidBallots() {
        Arbitrary<BallotContent> strangeCandidate = Arbitraries.of(Mark.values())
                .map(m -> BallotContent.of(Map.of(99_999L, m)));
        Arbitrary<BallotContent> spoiled = Arbitraries.just(BallotContent.spoiledBallot());
        return Arbitraries.oneOf(strangeCandidate, spoiled).list().ofMaxSize(5);
    }

    @Property(tries = 100)
    void overApprovedBallotsAreInvalidWhateverElseTheySay(@ForAll("rounds") Input input) {
        Set<Long> onBallot = Set.copyOf(input.candidates());
        for (BallotContent b : input.ballots()) {
            boolean valid = BallotTally.isValid(b, onBallot, input.rules().slots());
            assertThat(valid).isEqualTo(!b.spoiled() && b.approvals() <= input.rules().slots());
        }
    }
}
