package cn.deputylink.vote;

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
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A candidate project on the ballot (候选项目), made by screening from one proposal and the
 * duplicates merged into it; the proposals keep pointing at it, so who proposed what is kept.
 */
@Entity
@Table(name = "vote_candidate")
public class VoteCandidate {

    public enum Outcome {
        CANDIDATE("候选"),
        ELECTED("当选"),
        NOT_ELECTED("未当选");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vote_id", nullable = false)
    private LivelihoodVote vote;

    /** The candidate's place on the ballot, 1-based. */
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(nullable = false, length = 100)
    private String area;

    /** 预计投资（万元）. */
    @Column(name = "estimated_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal estimatedCost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome = Outcome.CANDIDATE;

    /** Approvals in the round that decided the candidate; null until then. */
    @Column
    private Integer approvals;

    protected VoteCandidate() {
    }

    public VoteCandidate(LivelihoodVote vote, int sortOrder, String title, String description, String area,
                         BigDecimal estimatedCost) {
        this.vote = vote;
        this.sortOrder = sortOrder;
        this.title = title;
        this.description = description;
        this.area = area;
        this.estimatedCost = estimatedCost;
    }

    public Long getId() {
        return id;
    }

    public LivelihoodVote getVote() {
        return vote;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getArea() {
        return area;
    }

    public BigDecimal getEstimatedCost() {
        return estimatedCost;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Integer getApprovals() {
        return approvals;
    }

    public void decide(Outcome outcome, Integer approvals) {
        this.outcome = outcome;
        this.approvals = approvals;
    }
}
