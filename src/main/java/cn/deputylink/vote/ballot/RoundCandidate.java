package cn.deputylink.vote.ballot;

import cn.deputylink.vote.VoteCandidate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A candidate on one round's ballot and, once tallied, its count in that round. */
@Entity
@Table(name = "ballot_round_candidate")
public class RoundCandidate {

    @EmbeddedId
    private Key key;

    @MapsId("roundId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private BallotRound round;

    @MapsId("candidateId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id", nullable = false)
    private VoteCandidate candidate;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column
    private Integer approvals;

    @Column
    private Integer oppositions;

    @Column
    private Integer abstentions;

    @Column
    private Boolean passed;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private BallotTally.CandidateResult result;

    protected RoundCandidate() {
    }

    public RoundCandidate(BallotRound round, VoteCandidate candidate, int sortOrder) {
        this.key = new Key(null, candidate.getId());
        this.round = round;
        this.candidate = candidate;
        this.sortOrder = sortOrder;
    }

    void record(BallotTally.CandidateCount count) {
        this.approvals = count.approvals();
        this.oppositions = count.oppositions();
        this.abstentions = count.abstentions();
        this.passed = count.passed();
        this.result = count.result();
    }

    public BallotRound getRound() {
        return round;
    }

    public VoteCandidate getCandidate() {
        return candidate;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Integer getApprovals() {
        return approvals;
    }

    public Integer getOppositions() {
        return oppositions;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public Boolean getPassed() {
        return passed;
    }

    public BallotTally.CandidateResult getResult() {
        return result;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "round_id", nullable = false)
        private Long roundId;

        @Column(name = "candidate_id", nullable = false)
        private Long candidateId;

        protected Key() {
        }

        public Key(Long roundId, Long candidateId) {
            this.roundId = roundId;
            this.candidateId = candidateId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roundId, k.roundId) && Objects.equals(candidateId, k.candidateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, candidateId);
        }
    }
}
