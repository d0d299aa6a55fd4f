package cn.deputylink.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The vote-level rules: a quorum is MORE than two thirds; 差额 unless equal numbers are allowed. */
class BallotRulesTest {

    private final BallotRules defaults = new BallotRules(3, 2, 3, 1, 2, false, 2);

    @Test
    void quorumMissingAtExactlyTwoThirdsAndMetAboveIt() {
        assertThat(defaults.quorumMet(26, 39)).as("26/39 is exactly 2/3").isFalse();
        assertThat(defaults.quorumMet(27, 39)).isTrue();
        assertThat(defaults.quorumMet(26, 40)).isFalse();
        assertThat(defaults.quorumMet(27, 40)).isTrue();
        assertThat(defaults.quorumNeeded(40)).isEqualTo(27);
        assertThat(defaults.quorumNeeded(39)).isEqualTo(27);
        assertThat(defaults.quorumMet(0, 0)).isFalse();
    }

    @Test
    void approvalsNeededAreMoreThanHalfOfAllDeputies() {
        assertThat(defaults.approvalsNeeded(40)).isEqualTo(21);
        assertThat(defaults.approvalsNeeded(39)).isEqualTo(20);
        assertThat(new BallotRules(1, 2, 3, 2, 3, false, 0).approvalsNeeded(30)).isEqualTo(21);
    }

    @Test
    void theCandidateListMustBeDifferentialUnlessEqualNumbersAreAllowed() {
        assertThat(defaults.acceptsCandidateCount(4)).isTrue();
        assertThat(defaults.acceptsCandidateCount(3)).isFalse();
        assertThat(new BallotRules(3, 2, 3, 1, 2, true, 2).acceptsCandidateCount(3)).isTrue();
        assertThat(new BallotRules(3, 2, 3, 1, 2, true, 2).acceptsCandidateCount(2)).isFalse();
    }
}
