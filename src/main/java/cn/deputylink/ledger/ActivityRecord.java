package cn.deputylink.ledger;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.station.LiaisonStation;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a deputy's ledger (履职台账). Entries written by workflows carry a
 * {@code sourceKey} (e.g. {@code opinion:YJ-2026-000123}) which makes writing them idempotent.
 */
@Entity
@Table(name = "activity_record")
public class ActivityRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false)
    private Deputy deputy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ActivityType type;

    @Column(name = "activity_date", nullable = false)
    private LocalDate activityDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "station_id")
    private LiaisonStation station;

    @Column(precision = 6, scale = 1)
    private BigDecimal hours;

    @Column(length = 1000)
    private String note;

    /** The user who recorded it, or {@code system} for workflow entries. */
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** Entered by the deputy personally; such entries count only once station staff confirm them. */
    @Column(name = "self_reported", nullable = false)
    private boolean selfReported;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** A self-reported entry station staff could not confirm; kept on file, never counted. */
    @Column(nullable = false)
    private boolean rejected;

    @Column(name = "rejected_reason", length = 500)
    private String rejectedReason;

    /** Identifies entries written by workflows, one per source event. */
    @Column(name = "source_key", unique = true, length = 120)
    private String sourceKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ActivityRecord() {
    }

    public ActivityRecord(Deputy deputy, ActivityType type, LocalDate activityDate, String recordedBy,
                          boolean selfReported) {
        this.deputy = deputy;
        this.type = type;
        this.activityDate = activityDate;
        this.recordedBy = recordedBy;
        this.selfReported = selfReported;
        this.confirmed = !selfReported;
        this.createdAt = Instant.now();
    }

    public void confirm(String by, Instant at) {
        this.confirmed = true;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public void reject(String by, Instant at, String reason) {
        this.rejected = true;
        this.rejectedReason = reason;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    /** Counted in totals and scores: confirmed by station staff (or recorded by them) and not rejected. */
    public boolean counts() {
        return confirmed && !rejected;
    }

    /** A self-report still waiting for station staff. */
    public boolean isPending() {
        return !confirmed && !rejected;
    }

    public boolean isRejected() {
        return rejected;
    }

    public String getRejectedReason() {
        return rejectedReason;
    }

    public Long getId() {
        return id;
    }

    public Deputy getDeputy() {
        return deputy;
    }

    public ActivityType getType() {
        return type;
    }

    public LocalDate getActivityDate() {
        return activityDate;
    }

    public LiaisonStation getStation() {
        return station;
    }

    public void setStation(LiaisonStation station) {
        this.station = station;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public boolean isSelfReported() {
        return selfReported;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public void setSourceKey(String sourceKey) {
        this.sourceKey = sourceKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
