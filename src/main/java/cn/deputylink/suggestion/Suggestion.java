package cn.deputylink.suggestion;

import cn.deputylink.deputy.Deputy;
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
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 代表建议: the case file. The workflow routes on a few variables; everything a person wrote
 * (content, consultation record, reply, ratings) is kept here.
 */
@Entity
@Table(name = "suggestion")
public class Suggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_key", nullable = false, unique = true, length = 20)
    private String businessKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String content;

    @Column(length = 60)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "raised_during", nullable = false, length = 16)
    private RaisedDuring raisedDuring;

    @Column(name = "submission_year", nullable = false)
    private int submissionYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_deputy_id", nullable = false)
    private Deputy leadDeputy;

    /** The citizen opinion this suggestion was turned from, if any (its personal data stays there). */
    @Column(name = "opinion_id", unique = true)
    private Long opinionId;

    @Column(name = "opinion_tracking_code", length = 40)
    private String opinionTrackingCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SuggestionStatus status = SuggestionStatus.UNDER_REVIEW;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The office's return comment or its reason for converting the suggestion into a letter. */
    @Column(name = "admission_comment", length = 1000)
    private String admissionComment;

    @Column(name = "admitted_at")
    private Instant admittedAt;

    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @Column(name = "lead_department", length = 40)
    private String leadDepartment;

    @Column(name = "key_suggestion", nullable = false)
    private boolean keySuggestion;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "reply_due")
    private Instant replyDue;

    @Column(nullable = false)
    private boolean extended;

    @Column(nullable = false)
    private boolean overdue;

    /** The lead department said "not ours" (once allowed) and the office re-assigned it. */
    @Column(nullable = false)
    private boolean transferred;

    @Column(name = "transfer_reason", length = 1000)
    private String transferReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "consultation_method", length = 16)
    private ConsultationMethod consultationMethod;

    @Column(name = "consultation_date")
    private LocalDate consultationDate;

    @Column(name = "consultation_summary", columnDefinition = "TEXT")
    private String consultationSummary;

    @Column(name = "consultation_waived", nullable = false)
    private boolean consultationWaived;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_class", length = 1)
    private ResultClass resultClass;

    @Column(name = "reply_text", columnDefinition = "TEXT")
    private String replyText;

    /** Why a C-class matter cannot be done now. */
    @Column(name = "result_reason", columnDefinition = "TEXT")
    private String resultReason;

    /** When a B-class matter is promised to be resolved. */
    @Column(name = "promised_date")
    private LocalDate promisedDate;

    @Column(name = "first_replied_at")
    private Instant firstRepliedAt;

    @Column(name = "replied_at")
    private Instant repliedAt;

    /** Whether the first reply came by the reply due date; null until replied. */
    @Column(name = "replied_on_time")
    private Boolean repliedOnTime;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_rating", length = 24)
    private Rating firstRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_rating", length = 24)
    private Rating secondRating;

    @Column(name = "rating_comment", length = 1000)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<SuggestionSigner> signers = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SuggestionDepartment> departments = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SuggestionEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "suggestion", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SuggestionExtension> extensions = new ArrayList<>();

    protected Suggestion() {
    }

    public Suggestion(String businessKey, String title, String content, RaisedDuring raisedDuring, Deputy leadDeputy,
                      int submissionYear, Instant now) {
        this.businessKey = businessKey;
        this.title = title;
        this.content = content;
        this.raisedDuring = raisedDuring;
        this.leadDeputy = leadDeputy;
        this.submissionYear = submissionYear;
        this.submittedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
        addSigner(leadDeputy, true);
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public final void addSigner(Deputy deputy, boolean lead) {
        signers.add(new SuggestionSigner(this, deputy, lead, signers.size()));
    }

    public void record(SuggestionEventType type, String actor, String departmentCode, String note, Instant at) {
        events.add(new SuggestionEvent(this, type, actor, departmentCode, note, at));
    }

    /** The departments of the current assignment round. */
    public List<SuggestionDepartment> activeDepartments() {
        return departments.stream().filter(SuggestionDepartment::isActive).toList();
    }

    public Optional<SuggestionDepartment> activeDepartment(String code, HandlingRole role) {
        return departments.stream()
                .filter(d -> d.isActive() && d.getRole() == role && d.getDepartmentCode().equals(code))
                .findFirst();
    }

    public Optional<SuggestionExtension> pendingExtension() {
        return extensions.stream().filter(e -> e.getDecision() == ExtensionDecision.PENDING).findFirst();
    }

    /** The rating that counts: the second one after a re-handling, else the first. */
    public Rating finalRating() {
        return secondRating != null ? secondRating : firstRating;
    }

    public boolean isSignedBy(String userId) {
        return userId != null && signers.stream().anyMatch(s -> userId.equals(s.getDeputy().getUserId()));
    }

    public boolean isClosed() {
        return status == SuggestionStatus.CLOSED || status == SuggestionStatus.CONVERTED_TO_LETTER
                || status == SuggestionStatus.WITHDRAWN;
    }

    // ---- accessors

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public RaisedDuring getRaisedDuring() {
        return raisedDuring;
    }

    public int getSubmissionYear() {
        return submissionYear;
    }

    public Deputy getLeadDeputy() {
        return leadDeputy;
    }

    public Long getOpinionId() {
        return opinionId;
    }

    public String getOpinionTrackingCode() {
        return opinionTrackingCode;
    }

    public void linkOpinion(Long opinionId, String trackingCode) {
        this.opinionId = opinionId;
        this.opinionTrackingCode = trackingCode;
    }

    public SuggestionStatus getStatus() {
        return status;
    }

    public void setStatus(SuggestionStatus status) {
        this.status = status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getAdmissionComment() {
        return admissionComment;
    }

    public void setAdmissionComment(String admissionComment) {
        this.admissionComment = admissionComment;
    }

    public Instant getAdmittedAt() {
        return admittedAt;
    }

    public void setAdmittedAt(Instant admittedAt) {
        this.admittedAt = admittedAt;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public void countReturn() {
        this.returnCount++;
    }

    public String getLeadDepartment() {
        return leadDepartment;
    }

    public void setLeadDepartment(String leadDepartment) {
        this.leadDepartment = leadDepartment;
    }

    public boolean isKeySuggestion() {
        return keySuggestion;
    }

    public void setKeySuggestion(boolean keySuggestion) {
        this.keySuggestion = keySuggestion;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public void setAssignedAt(Instant assignedAt) {
        this.assignedAt = assignedAt;
    }

    public Instant getReplyDue() {
        return replyDue;
    }

    public void setReplyDue(Instant replyDue) {
        this.replyDue = replyDue;
    }

    public boolean isExtended() {
        return extended;
    }

    public void setExtended(boolean extended) {
        this.extended = extended;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isTransferred() {
        return transferred;
    }

    public void setTransferred(boolean transferred) {
        this.transferred = transferred;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public ConsultationMethod getConsultationMethod() {
        return consultationMethod;
    }

    public LocalDate getConsultationDate() {
        return consultationDate;
    }

    public String getConsultationSummary() {
        return consultationSummary;
    }

    public boolean isConsultationWaived() {
        return consultationWaived;
    }

    public boolean isConsulted() {
        return consultationMethod != null;
    }

    public void recordConsultation(ConsultationMethod method, LocalDate date, String summary) {
        this.consultationMethod = method;
        this.consultationDate = date;
        this.consultationSummary = summary;
        this.consultationWaived = false;
    }

    public void waiveConsultation() {
        this.consultationWaived = true;
    }

    public ResultClass getResultClass() {
        return resultClass;
    }

    public String getReplyText() {
        return replyText;
    }

    public String getResultReason() {
        return resultReason;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public void recordReply(ResultClass resultClass, String replyText, String resultReason, LocalDate promisedDate) {
        this.resultClass = resultClass;
        this.replyText = replyText;
        this.resultReason = resultReason;
        this.promisedDate = promisedDate;
    }

    public Instant getFirstRepliedAt() {
        return firstRepliedAt;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Boolean getRepliedOnTime() {
        return repliedOnTime;
    }

    public int getReplyCount() {
        return replyCount;
    }

    /** A reply has been filed: the first one decides whether the suggestion was answered on time. */
    public void markReplied(Instant at) {
        if (firstRepliedAt == null) {
            firstRepliedAt = at;
            repliedOnTime = replyDue == null || !at.isAfter(replyDue);
        }
        repliedAt = at;
        replyCount++;
    }

    public Rating getFirstRating() {
        return firstRating;
    }

    public Rating getSecondRating() {
        return secondRating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    /** Keeps both ratings: the first reply's and, after re-handling, the second one's. */
    public void rate(Rating rating, String comment, Instant at) {
        if (firstRating == null || replyCount <= 1) {
            firstRating = rating;
        } else {
            secondRating = rating;
        }
        ratingComment = comment;
        ratedAt = at;
    }

    public boolean isResolved() {
        return resolved;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public void markResolved(Instant at) {
        this.resolved = true;
        this.resolvedAt = at;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<SuggestionSigner> getSigners() {
        return signers;
    }

    public List<SuggestionDepartment> getDepartments() {
        return departments;
    }

    public List<SuggestionEvent> getEvents() {
        return events;
    }

    public List<SuggestionExtension> getExtensions() {
        return extensions;
    }
}
