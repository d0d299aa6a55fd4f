package cn.deputylink.review;

import cn.deputylink.deputy.CongressLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One annual review campaign (年度代表履职评价) of a congress level, or of every deputy. It
 * creates the deputy reviews batch by batch: {@code cursorDeputyId} is the keyset cursor, so a
 * retried batch continues where the last committed one ended.
 */
@Entity
@Table(name = "review_campaign")
public class ReviewCampaign {

    public static final String ALL = "ALL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_key", nullable = false, unique = true, length = 40)
    private String businessKey;

    @Column(name = "review_year", nullable = false)
    private int reviewYear;

    /** A {@link CongressLevel} name or {@link #ALL}. */
    @Column(name = "scope_key", nullable = false, length = 16)
    private String scopeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignStatus status;

    @Column(name = "batch_size", nullable = false)
    private int batchSize;

    @Column(name = "total_count", nullable = false)
    private int totalCount;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    /** Deputies in scope who already have a review this year (from another level's campaign). */
    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Column(name = "cursor_deputy_id", nullable = false)
    private long cursorDeputyId;

    @Column(name = "duty_report_due")
    private Instant dutyReportDue;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "creation_finished_at")
    private Instant creationFinishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected ReviewCampaign() {
    }

    public ReviewCampaign(int reviewYear, CongressLevel level, int batchSize, String startedBy, Instant startedAt) {
        this.reviewYear = reviewYear;
        this.scopeKey = level == null ? ALL : level.name();
        this.businessKey = businessKey(reviewYear, scopeKey);
        this.batchSize = batchSize;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = CampaignStatus.CREATING;
    }

    /** {@code LZPY-2026-COUNTY}, {@code LZPY-2026-ALL}. */
    public static String businessKey(int year, String scopeKey) {
        return "LZPY-" + year + "-" + scopeKey;
    }

    /** The congress level, or null for every deputy. */
    public CongressLevel level() {
        return ALL.equals(scopeKey) ? null : CongressLevel.valueOf(scopeKey);
    }

    public String scopeLabel() {
        CongressLevel level = level();
        return level == null ? "全体代表" : level.label();
    }

    public void prepared(int total, Instant dutyReportDue) {
        this.totalCount = total;
        this.dutyReportDue = dutyReportDue;
    }

    public void batchDone(long lastDeputyId, int created, int skipped) {
        this.cursorDeputyId = lastDeputyId;
        this.createdCount += created;
        this.skippedCount += skipped;
    }

    public void creationFinished(Instant at) {
        if (status == CampaignStatus.CREATING) {
            status = CampaignStatus.RUNNING;
            creationFinishedAt = at;
        }
    }

    public void close(Instant at) {
        status = CampaignStatus.CLOSED;
        closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public int getReviewYear() {
        return reviewYear;
    }

    public String getScopeKey() {
        return scopeKey;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public int getTotalCount() {
        return totalCount;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public long getCursorDeputyId() {
        return cursorDeputyId;
    }

    public Instant getDutyReportDue() {
        return dutyReportDue;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCreationFinishedAt() {
        return creationFinishedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
