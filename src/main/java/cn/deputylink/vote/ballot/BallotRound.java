package cn.deputylink.vote.ballot;

import cn.deputylink.vote.LivelihoodVote;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One ballot round of a vote. Every figure of the round (issued, returned, counts, digest) is
 * written once, when the round is tallied; before that the round holds no counts at all.
 */
@Entity
@Table(name = "ballot_round")
public class BallotRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vote_id", nullable = false)
    private LivelihoodVote vote;

    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoundKind kind;

    /** N: the slots this round fills, and the most approvals a valid ballot may carry. */
    @Column(nullable = false)
    private int slots;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoundStatus status = RoundStatus.PENDING;

    @Column(name = "total_deputies")
    private Integer totalDeputies;

    @Column(name = "present_deputies")
    private Integer presentDeputies;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "voting_ended_at")
    private Instant votingEndedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column
    private Integer issued;

    @Column
    private Integer returned;

    @Column(name = "valid_ballots")
    private Integer validBallots;

    @Column(name = "invalid_ballots")
    private Integer invalidBallots;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private BallotTally.Outcome outcome;

    @Column(name = "runoff_slots")
    private Integer runoffSlots;

    @Column(name = "empty_slots")
    private Integer emptySlots;

    @Column(length = 64)
    private String digest;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder ASC")
    private List<RoundCandidate> candidates = new ArrayList<>();

    @Version
    private long version;

    protected BallotRound() {
    }

    public BallotRound(LivelihoodVote vote, int roundNo, RoundKind kind, int slots) {
        this.vote = vote;
        this.roundNo = roundNo;
        this.kind = kind;
        this.slots = slots;
    }

    /** The label inside the digest: {@code PJ-2026-qs#2}. */
    public String label() {
        return vote.getBusinessKey() + "#" + roundNo;
    }

    public void open(int totalDeputies, int presentDeputies, Instant at) {
        this.status = RoundStatus.OPEN;
        this.totalDeputies = totalDeputies;
        this.presentDeputies = presentDeputies;
        this.openedAt = at;
    }

    public void endVoting(Instant at) {
        this.status = RoundStatus.COUNTING;
        this.votingEndedAt = at;
    }

    public void record(BallotTally.Result result, Instant at) {
        this.status = result.outcome() == BallotTally.Outcome.VOID ? RoundStatus.VOID : RoundStatus.CLOSED;
        this.closedAt = at;
        this.issued = result.issued();
        this.returned = result.returned();
        this.validBallots = result.valid();
        this.invalidBallots = result.invalid();
        this.outcome = result.outcome();
        this.runoffSlots = result.runoffSlots();
        this.emptySlots = result.emptySlots();
        this.digest = result.digest();
        for (BallotTally.CandidateCount count : result.counts()) {
            candidates.stream().filter(c -> c.getCandidate().getId().equals(count.candidateId())).findFirst()
                    .orElseThrow().record(count);
        }
    }

    public List<Long> candidateIds() {
        return candidates.stream().map(c -> c.getCandidate().getId()).toList();
    }

    public Long getId() {
        return id;
    }

    public LivelihoodVote getVote() {
        return vote;
    }

    public int getRoundNo() {
        return roundNo;
    }

    public RoundKind getKind() {
        return kind;
    }

    public int getSlots() {
        return slots;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public Integer getTotalDeputies() {
        return totalDeputies;
    }

    public Integer getPresentDeputies() {
        return presentDeputies;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getVotingEndedAt() {
        return votingEndedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Integer getIssued() {
        return issued;
    }

    public Integer getReturned() {
        return returned;
    }

    public Integer getValidBallots() {
        return validBallots;
    }

    public Integer getInvalidBallots() {
        return invalidBallots;
    }

    public BallotTally.Outcome getOutcome() {
        return outcome;
    }

    public Integer getRunoffSlots() {
        return runoffSlots;
    }

    public Integer getEmptySlots() {
        return emptySlots;
    }

    public String getDigest() {
        return digest;
    }

    public List<RoundCandidate> getCandidates() {
        return candidates;
    }
}
