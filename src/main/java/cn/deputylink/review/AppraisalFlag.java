package cn.deputylink.review;

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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An abnormal burst of online appraisals of one deputy, for the liaison office to look at. The
 * appraisals it holds are not counted until the office accepts them; rejected ones never are.
 */
@Entity
@Table(name = "review_appraisal_flag")
public class AppraisalFlag {

    /** Why appraisals were held. */
    public enum Reason {
        /** More appraisals of the deputy within the window than the configured threshold. */
        DEPUTY_BURST("短时间内对该代表的评议过多"),
        /** More appraisals of the deputy from one address within the window than the threshold. */
        ADDRESS_BURST("同一网络地址短时间内评议过多");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status { OPEN, ACCEPTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private PerformanceReview review;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "held_count", nullable = false)
    private int heldCount;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected AppraisalFlag() {
    }

    public AppraisalFlag(PerformanceReview review, Reason reason, Instant raisedAt) {
        this.review = review;
        this.reason = reason;
        this.raisedAt = raisedAt;
        this.status = Status.OPEN;
    }

    void held() {
        heldCount++;
    }

    void decide(boolean accept, String by, Instant at) {
        this.status = accept ? Status.ACCEPTED : Status.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public PerformanceReview getReview() {
        return review;
    }

    public Reason getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public int getHeldCount() {
        return heldCount;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
