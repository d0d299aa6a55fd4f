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

/** An objection to a published rating (公示异议), raised during the notice and resolved by the office. */
@Entity
@Table(name = "review_objection")
public class ReviewObjection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private PerformanceReview review;

    /** Which notice of the review it objects to (an upheld objection leads to a new notice). */
    @Column(name = "notice_round", nullable = false)
    private int noticeRound;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "contact_name", length = 50)
    private String contactName;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ObjectionStatus status;

    @Column(length = 1000)
    private String resolution;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ReviewObjection() {
    }

    public ReviewObjection(PerformanceReview review, String reason, String contactName, String contactPhone,
                           Instant createdAt) {
        this.review = review;
        this.noticeRound = review.getNoticeRound();
        this.reason = reason;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.status = ObjectionStatus.OPEN;
        this.createdAt = createdAt;
    }

    public void resolve(boolean upheld, String resolution, String by, Instant at) {
        this.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED;
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public PerformanceReview getReview() {
        return review;
    }

    public int getNoticeRound() {
        return noticeRound;
    }

    public String getReason() {
        return reason;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
