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
import java.time.Instant;

/**
 * One constituent's online rating of a deputy. The phone number is not stored: only a salted
 * hash that makes a second rating from the same number recognisable (unique per review).
 */
@Entity
@Table(name = "review_appraisal")
public class ConstituentAppraisal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private PerformanceReview review;

    @Column(name = "phone_hash", nullable = false, length = 64)
    private String phoneHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AppraisalRating rating;

    @Column(length = 500)
    private String remark;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** SHA-256 of the review's salt and the client address: bursts from one address are recognisable. */
    @Column(name = "client_hash", length = 64)
    private String clientHash;

    /** Held back from the count, waiting for the office's decision on {@link #flag}. */
    @Column(nullable = false)
    private boolean held;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "flag_id")
    private AppraisalFlag flag;

    protected ConstituentAppraisal() {
    }

    public ConstituentAppraisal(PerformanceReview review, String phoneHash, AppraisalRating rating, String remark,
                                Instant createdAt) {
        this.review = review;
        this.phoneHash = phoneHash;
        this.rating = rating;
        this.remark = remark;
        this.createdAt = createdAt;
    }

    public ConstituentAppraisal from(String clientHash) {
        this.clientHash = clientHash;
        return this;
    }

    /** Held back and attached to the office's flag. */
    void holdFor(AppraisalFlag flag) {
        this.flag = flag;
        this.held = true;
        flag.held();
    }

    public String getClientHash() {
        return clientHash;
    }

    public boolean isHeld() {
        return held;
    }

    public Long getId() {
        return id;
    }

    public AppraisalRating getRating() {
        return rating;
    }

    public String getRemark() {
        return remark;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
