package cn.deputylink.opinion;

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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen's opinion (群众意见) and everything decided about it. The system of record: the
 * process instance (business key = {@link #trackingCode}) carries only ids and routing facts.
 */
@Entity
@Table(name = "opinion")
public class Opinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_code", nullable = false, unique = true, length = 20)
    private String trackingCode;

    /** Where the opinion came in; it counts in this station's statistics. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id", nullable = false)
    private LiaisonStation station;

    /** The station whose staff triage it now (changes when escalated to the upper level). */
    @Column(name = "triage_station_code", nullable = false, length = 40)
    private String triageStationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OpinionChannel channel;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private OpinionCategory category;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "citizen_name", length = 50)
    private String citizenName;

    @Column(name = "citizen_phone", length = 20)
    private String citizenPhone;

    @Column(nullable = false)
    private boolean anonymous;

    /** The deputy who received it (reception day, visit, the deputy's QR code). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "receiving_deputy_id")
    private Deputy receivingDeputy;

    @Column(name = "reception_date")
    private LocalDate receptionDate;

    /** The 12345 hotline's ticket number; unique, so a file imported twice creates nothing twice. */
    @Column(name = "external_ref", unique = true, length = 40)
    private String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OpinionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private OpinionOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OpinionRoute route;

    @Column(name = "triaged_by", length = 64)
    private String triagedBy;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(columnDefinition = "TEXT")
    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "replied_by", length = 64)
    private String repliedBy;

    @Column(name = "reply_due")
    private Instant replyDue;

    /** Set when the department's deadline passed; the case shows as overdue until replied. */
    @Column(name = "overdue_since")
    private Instant overdueSince;

    @Column(name = "feedback_due")
    private Instant feedbackDue;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    @Column(name = "suggestion_deputy_code", length = 40)
    private String suggestionDeputyCode;

    @Column(name = "suggestion_key", length = 40)
    private String suggestionKey;

    /** The surviving case this one was merged into; its tracking code then follows that case. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Opinion mergedInto;

    @Column(name = "unsatisfied_count", nullable = false)
    private int unsatisfiedCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_rating", length = 30)
    private Rating lastRating;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_by", length = 64)
    private String createdBy;

    /** SHA-256 of the tracking code and the 6-digit 查询码; the code itself is shown once and not kept. */
    @Column(name = "access_code_hash", length = 64)
    private String accessCodeHash;

    /** SHA-256 of the private-link token. */
    @Column(name = "link_token_hash", length = 64)
    private String linkTokenHash;

    @Version
    private long version;

    protected Opinion() {
    }

    public Opinion(String trackingCode, LiaisonStation station, OpinionChannel channel, String content,
                   Instant receivedAt) {
        this.trackingCode = trackingCode;
        this.station = station;
        this.triageStationCode = station.getCode();
        this.channel = channel;
        this.content = content;
        this.receivedAt = receivedAt;
        this.status = OpinionStatus.TRIAGE;
    }

    /** Overdue until replied: the department's deadline passed while it was still handling the case. */
    public boolean isOverdue() {
        return overdueSince != null && status == OpinionStatus.HANDLING;
    }

    public String getAccessCodeHash() {
        return accessCodeHash;
    }

    public String getLinkTokenHash() {
        return linkTokenHash;
    }

    /** Replaces the citizen's secrets (a new pair invalidates the old one). */
    public void setAccessSecrets(String accessCodeHash, String linkTokenHash) {
        this.accessCodeHash = accessCodeHash;
        this.linkTokenHash = linkTokenHash;
    }

    /** The handling round: 1, or 2 and more after the citizen was unsatisfied. */
    public int handlingRound() {
        return unsatisfiedCount + 1;
    }

    public void close(OpinionOutcome outcome, Instant at) {
        this.status = OpinionStatus.CLOSED;
        this.outcome = outcome;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public LiaisonStation getStation() {
        return station;
    }

    public String getTriageStationCode() {
        return triageStationCode;
    }

    public void setTriageStationCode(String triageStationCode) {
        this.triageStationCode = triageStationCode;
    }

    public OpinionChannel getChannel() {
        return channel;
    }

    public String getContent() {
        return content;
    }

    public OpinionCategory getCategory() {
        return category;
    }

    public void setCategory(OpinionCategory category) {
        this.category = category;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public void setCitizenName(String citizenName) {
        this.citizenName = citizenName;
    }

    public String getCitizenPhone() {
        return citizenPhone;
    }

    public void setCitizenPhone(String citizenPhone) {
        this.citizenPhone = citizenPhone;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public Deputy getReceivingDeputy() {
        return receivingDeputy;
    }

    public void setReceivingDeputy(Deputy receivingDeputy) {
        this.receivingDeputy = receivingDeputy;
    }

    public LocalDate getReceptionDate() {
        return receptionDate;
    }

    public void setReceptionDate(LocalDate receptionDate) {
        this.receptionDate = receptionDate;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public void setExternalRef(String externalRef) {
        this.externalRef = externalRef;
    }

    public OpinionStatus getStatus() {
        return status;
    }

    public void setStatus(OpinionStatus status) {
        this.status = status;
    }

    public OpinionOutcome getOutcome() {
        return outcome;
    }

    public OpinionRoute getRoute() {
        return route;
    }

    public void setRoute(OpinionRoute route) {
        this.route = route;
    }

    public String getTriagedBy() {
        return triagedBy;
    }

    public void setTriagedBy(String triagedBy) {
        this.triagedBy = triagedBy;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply, String by, Instant at) {
        this.reply = reply;
        this.repliedBy = by;
        this.repliedAt = at;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public Instant getReplyDue() {
        return replyDue;
    }

    public void setReplyDue(Instant replyDue) {
        this.replyDue = replyDue;
    }

    public Instant getOverdueSince() {
        return overdueSince;
    }

    public void setOverdueSince(Instant overdueSince) {
        this.overdueSince = overdueSince;
    }

    public Instant getFeedbackDue() {
        return feedbackDue;
    }

    public void setFeedbackDue(Instant feedbackDue) {
        this.feedbackDue = feedbackDue;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public String getSuggestionDeputyCode() {
        return suggestionDeputyCode;
    }

    public void setSuggestionDeputyCode(String suggestionDeputyCode) {
        this.suggestionDeputyCode = suggestionDeputyCode;
    }

    public String getSuggestionKey() {
        return suggestionKey;
    }

    public void setSuggestionKey(String suggestionKey) {
        this.suggestionKey = suggestionKey;
    }

    public Opinion getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(Opinion mergedInto) {
        this.mergedInto = mergedInto;
    }

    public int getUnsatisfiedCount() {
        return unsatisfiedCount;
    }

    public void setUnsatisfiedCount(int unsatisfiedCount) {
        this.unsatisfiedCount = unsatisfiedCount;
    }

    public Rating getLastRating() {
        return lastRating;
    }

    public void setLastRating(Rating lastRating) {
        this.lastRating = lastRating;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }
}
