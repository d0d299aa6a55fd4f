package cn.deputylink.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The rules of one vote's ballot (DESIGN §4.3), configurable per vote and frozen once its ballot
 * opens. Shares are strict: "more than 2/3 present", "more than 1/2 of all deputies approve".
 */
@Embeddable
public class BallotRules {

    @Column(nullable = false)
    private int slots;

    @Column(name = "quorum_numerator", nullable = false)
    private int quorumNumerator;

    @Column(name = "quorum_denominator", nullable = false)
    private int quorumDenominator;

    @Column(name = "pass_numerator", nullable = false)
    private int passNumerator;

    @Column(name = "pass_denominator", nullable = false)
    private int passDenominator;

    @Column(name = "allow_equal_candidates", nullable = false)
    private boolean allowEqualCandidates;

    @Column(name = "max_runoff_rounds", nullable = false)
    private int maxRunoffRounds;

    protected BallotRules() {
    }

    public BallotRules(int slots, int quorumNumerator, int quorumDenominator, int passNumerator, int passDenominator,
                       boolean allowEqualCandidates, int maxRunoffRounds) {
        this.slots = slots;
        this.quorumNumerator = quorumNumerator;
        this.quorumDenominator = quorumDenominator;
        this.passNumerator = passNumerator;
        this.passDenominator = passDenominator;
        this.allowEqualCandidates = allowEqualCandidates;
        this.maxRunoffRounds = maxRunoffRounds;
    }

    /** More than quorumNumerator/quorumDenominator of all deputies are present. */
    public boolean quorumMet(int present, int total) {
        return total > 0 && (long) present * quorumDenominator > (long) total * quorumNumerator;
    }

    /** The fewest present deputies that make a quorum. */
    public int quorumNeeded(int total) {
        return (int) ((long) total * quorumNumerator / quorumDenominator) + 1;
    }

    /** The fewest approvals that pass a candidate. */
    public int approvalsNeeded(int total) {
        return (int) ((long) total * passNumerator / passDenominator) + 1;
    }

    /** 差额: more candidates than slots, or as many when the vote allows it. */
    public boolean acceptsCandidateCount(int candidates) {
        return candidates > slots || (allowEqualCandidates && candidates == slots);
    }

    public int getSlots() {
        return slots;
    }

    public int getQuorumNumerator() {
        return quorumNumerator;
    }

    public int getQuorumDenominator() {
        return quorumDenominator;
    }

    public int getPassNumerator() {
        return passNumerator;
    }

    public int getPassDenominator() {
        return passDenominator;
    }

    public boolean isAllowEqualCandidates() {
        return allowEqualCandidates;
    }

    public int getMaxRunoffRounds() {
        return maxRunoffRounds;
    }
}
