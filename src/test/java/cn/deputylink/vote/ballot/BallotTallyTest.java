package cn.deputylink.vote.ballot;

import static cn.deputylink.vote.ballot.Mark.ABSTAIN;
import static cn.deputylink.vote.ballot.Mark.APPROVE;
import static cn.deputylink.vote.ballot.Mark.OPPOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.vote.ballot.BallotTally.CandidateCount;
import cn.deputylink.vote.ballot.BallotTally.CandidateResult;
import cn.deputylink.vote.ballot.BallotTally.Input;
import cn.deputylink.vote.ballot.BallotTally.Outcome;
import cn.deputylink.vote.ballot.BallotTally.Result;
import cn.deputylink.vote.ballot.BallotTally.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The named cases of the ballot rules, each on a ballot set small enough to check by hand. */
class BallotTallyTest {

    private static final List<Long> ABC = List.of(1L, 2L, 3L);

    /** A ballot over candidates 1, 2, 3 in that order. */
    private static BallotContent b(Mark... marks) {
        TreeMap<Long, Mark> m = new TreeMap<>();
        for (int i = 0; i < marks.length; i++) {
            m.put((long) (i + 1), marks[i]);
        }
        return BallotContent.of(m);
    }

    private static List<BallotContent> times(int n, BallotContent ballot) {
        List<BallotContent> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(ballot);
        }
        return list;
    }

    private static List<BallotContent> concat(List<BallotContent>... parts) {
        List<BallotContent> all = new ArrayList<>();
        for (List<BallotContent> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    private static CandidateCount count(Result r, long candidate) {
        return r.counts().stream().filter(c -> c.candidateId() == candidate).findFirst().orElseThrow();
    }

    @Test
    void exactlyHalfOfAllDeputiesIsNotEnough() {
        // 10 deputies on the roll, 2 slots; candidate 1 gets 5 approvals (half), candidate 2 gets 6.
        Rules rules = new Rules(2, 10, 1, 2, true);
        List<BallotContent> ballots = concat(times(5, b(APPROVE, APPROVE, OPPOSE)), times(1, b(OPPOSE, APPROVE, OPPOSE)),
                times(3, b(OPPOSE, OPPOSE, ABSTAIN)));
        Result r = BallotTally.tally(new Input("T#1", rules, ABC, 9, ballots));
        assertThat(count(r, 1).approvals()).isEqualTo(5);
        assertThat(count(r, 1).passed()).isFalse();
        assertThat(count(r, 1).result()).isEqualTo(CandidateResult.NOT_PASSED);
        assertThat(count(r, 2).approvals()).isEqualTo(6);
        assertThat(r.elected()).containsExactly(2L);
        assertThat(r.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(r.emptySlots()).isEqualTo(1);
    }

    @Test
    void thePassShareIsOfAllDeputiesNotOfThosePresent() {
        // 30 on the roll, only 21 present and voting: 15 approvals is a majority of those present but not of all.
        Rules rules = new Rules(1, 30, 1, 2, true);
        List<BallotContent> ballots = concat(times(15, b(APPROVE, OPPOSE, OPPOSE)), times(6, b(OPPOSE, OPPOSE, OPPOSE)));
        Result r = BallotTally.tally(new Input("T#1", rules, ABC, 21, ballots));
        assertThat(r.elected()).isEmpty();
        assertThat(r.emptySlots()).isEqualTo(1);
        Result withSixteen = BallotTally.tally(new Input("T#1", rules, ABC, 21, concat(
                times(16, b(APPROVE, OPPOSE, OPPOSE)), times(5, b(OPPOSE, OPPOSE, OPPOSE)))));
        assertThat(withSixteen.elected()).containsExactly(1L);
    }

    @Test
    void aTieAtTheLastSlotGoesToARunOffForTheRemainingSlots() {
        // 20 deputies, 2 slots: candidate 1 has 18, candidates 2 and 3 have 12 each → 1 elected, run-off for 1 slot.
        Rules rules = new Rules(2, 20, 1, 2, true);
        List<BallotContent> ballots = concat(times(12, b(APPROVE, APPROVE, OPPOSE)), times(6, b(APPROVE, OPPOSE, APPROVE)),
                times(6, b(OPPOSE, OPPOSE, APPROVE)));
        Result r = BallotTally.tally(new Input("T#1", rules, ABC, 24, ballots));
        assertThat(count(r, 1).approvals()).isEqualTo(18);
        assertThat(count(r, 2).approvals()).isEqualTo(12);
        assertThat(count(r, 3).approvals()).isEqualTo(12);
        assertThat(r.outcome()).isEqualTo(Outcome.RUNOFF);
        assertThat(r.elected()).containsExactly(1L);
        assertThat(r.runoffCandidates()).containsExactly(2L, 3L);
        assertThat(r.runoffSlots()).isEqualTo(1);
        assertThat(count(r, 2).result()).isEqualTo(CandidateResult.RUNOFF);

        Result noMoreRunoffs = BallotTally.tally(new Input("T#3", new Rules(2, 20, 1, 2, false), ABC, 24, ballots));
        assertThat(noMoreRunoffs.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(noMoreRunoffs.elected()).containsExactly(1L);
        assertThat(noMoreRunoffs.emptySlots()).isEqualTo(1);
        assertThat(count(noMoreRunoffs, 3).result()).isEqualTo(CandidateResult.UNRESOLVED_TIE);
    }

    @Test
    void aTieBelowTheLastSlotNeedsNoRunOff() {
        // 2 slots: 1 and 2 tie on 15 at the top, 3 has 11 and passes but is outranked.
        Rules rules = new Rules(2, 20, 1, 2, true);
        List<BallotContent> ballots = concat(times(11, b(APPROVE, APPROVE, ABSTAIN)), times(4, b(APPROVE, APPROVE, OPPOSE)),
                times(5, b(OPPOSE, OPPOSE, APPROVE)));
        Result unchanged = BallotTally.tally(new Input("T#1", rules, ABC, 20, ballots));
        assertThat(unchanged.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(unchanged.elected()).containsExactly(1L, 2L);
        assertThat(count(unchanged, 3).result()).isEqualTo(CandidateResult.NOT_PASSED);

        List<BallotContent> threePasses = concat(times(8, b(APPROVE, APPROVE, OPPOSE)), times(4, b(APPROVE, OPPOSE, APPROVE)),
                times(4, b(OPPOSE, APPROVE, APPROVE)), times(4, b(OPPOSE, OPPOSE, APPROVE)));
        Result r = BallotTally.tally(new Input("T#1", rules, ABC, 20, threePasses));
        assertThat(count(r, 1).approvals()).isEqualTo(12);
        assertThat(count(r, 2).approvals()).isEqualTo(12);
        assertThat(count(r, 3).approvals()).isEqualTo(12);
        assertThat(r.outcome()).isEqualTo(Outcome.RUNOFF);
        assertThat(r.runoffCandidates()).containsExactly(1L, 2L, 3L);
        assertThat(r.runoffSlots()).isEqualTo(2);
    }

    @Test
    void aBallotWithMoreApprovalsThanSlotsIsInvalidButCountsAsReturned() {
        Rules rules = new Rules(2, 5, 1, 2, true);
        List<BallotContent> ballots = concat(times(3, b(APPROVE, APPROVE, OPPOSE)), times(1, b(APPROVE, APPROVE, APPROVE)));
        Result r = BallotTally.tally(new Input("T#1", rules, ABC, 4, ballots));
        assertThat(r.returned()).isEqualTo(4);
        assertThat(r.valid()).isEqualTo(3);
        assertThat(r.invalid()).isEqualTo(1);
        assertThat(count(r, 3).approvals()).isZero();
        assertThat(count(r, 1).approvals()).isEqualTo(3);
        assertThat(r.elected()).containsExactly(1L, 2L);
    }

    @Test
    void moreBallotsReturnedThanIssuedVoidsTheRound() {
        Rules rules = new Rules(1, 5, 1, 2, true);
        Result r = BallotTally.tally(new Input("T#1", rules, ABC, 3, times(4, b(APPROVE, OPPOSE, OPPOSE))));
        assertThat(r.outcome()).isEqualTo(Outcome.VOID);
        assertThat(r.elected()).isEmpty();
        assertThat(r.counts()).allMatch(c -> c.approvals() == 0);
        assertThat(BallotTally.tally(new Input("T#1", rules, ABC, 4, times(4, b(APPROVE, OPPOSE, OPPOSE))))
                .outcome()).isEqualTo(Outcome.DECIDED);
    }

    @Test
    void spoiledAndUnmarkedBallots() {
        Rules rules = new Rules(1, 4, 1, 2, true);
        List<BallotContent> ballots = List.of(BallotContent.spoiledBallot(), BallotContent.of(new TreeMap<>()),
                b(APPROVE), b(APPROVE), b(APPROVE));
        Result r = BallotTally.tally(new Input("T#1", rules, ABC, 5, ballots));
        assertThat(r.invalid()).isEqualTo(1);
        assertThat(r.valid()).isEqualTo(4);
        assertThat(count(r, 1).approvals()).isEqualTo(3);
        assertThat(count(r, 1).abstentions()).isEqualTo(1);
        assertThat(count(r, 2).abstentions()).isEqualTo(4);
        assertThat(r.elected()).containsExactly(1L);
    }

    @Test
    void theDigestIsOverTheSortedCanonicalBallotSet() {
        Rules rules = new Rules(1, 4, 1, 2, true);
        Input input = new Input("PJ-2026-qs#1", rules, ABC, 2, List.of(b(OPPOSE, APPROVE), b(APPROVE, OPPOSE, ABSTAIN)));
        assertThat(BallotTally.canonicalText(input)).isEqualTo("""
                DeputyLink ballot digest v1
                round=PJ-2026-qs#1
                candidates=1,2,3
                slots=1
                deputies=4
                pass=1/2
                issued=2
                returned=2
                1=APPROVE;2=OPPOSE;3=ABSTAIN
                1=OPPOSE;2=APPROVE
                """);
        assertThat(BallotTally.digest(input)).hasSize(64).isEqualTo(BallotTally.tally(input).digest());
    }

    @Test
    void canonicalTextRoundTrips() {
        BallotContent ballot = b(APPROVE, ABSTAIN, OPPOSE);
        assertThat(BallotContent.parse(ballot.canonical())).isEqualTo(ballot);
        assertThat(BallotContent.parse("SPOILED").spoiled()).isTrue();
        assertThatThrownBy(() -> BallotContent.parse("1=APPROVE;1=OPPOSE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rules(1, 10, 1, 1, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
