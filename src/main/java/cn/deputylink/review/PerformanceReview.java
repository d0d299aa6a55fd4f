package cn.deputylink.review;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One deputy's annual review (履职评价), business key {@code LZ-<year>-<deputy code>}: the case
 * file behind process {@code deputy-review}. It keeps every part of the score so the rating can
 * be explained: the ledger breakdown, the duty report, the constituents' appraisal, the
 * committee's adjustment with its reason, and the DMN's rating.
 */
@Entity
@Table(name = "performance_review")
public class PerformanceReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_key", nullable = false, unique = true, length = 60)
    private String businessKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private ReviewCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deputy_id", nullable = false)
    private Deputy deputy;

    @Column(name = "review_year", nullable = false)
    private int reviewYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status;

    @Column(name = "ledger_points", precision = 7, scale = 2)
    private BigDecimal ledgerPoints;

    @Column(name = "unexcused_absences")
    private Integer unexcusedAbsences;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ScoreLine> scoreLines = new ArrayList<>();

    @Column(name = "duty_report_due")
    private Instant dutyReportDue;

    @Column(name = "duty_report", length = 6000)
    private String dutyReport;

    @Column(name = "duty_report_by", length = 64)
    private String dutyReportBy;

    @Column(name = "duty_report_submitted_at")
    private Instant dutyReportSubmittedAt;

    @Column(name = "duty_report_missing", nullable = false)
    private boolean dutyReportMissing;

    @Column(name = "duty_report_points", precision = 7, scale = 2)
    private BigDecimal dutyReportPoints;

    /** The random token in the per-deputy appraisal link (QR code), never the business key. */
    @Column(name = "appraisal_token", nullable = false, unique = true, length = 32)
    private String appraisalToken;

    /** Salt of the phone hashes of this review's online ratings. */
    @Column(name = "appraisal_salt", nullable = false, length = 32)
    private String appraisalSalt;

    @Column(name = "appraisal_open", nullable = false)
    private boolean appraisalOpen;

    @Column(name = "appraisal_station_code", length = 40)
    private String appraisalStationCode;

    @Column(name = "appraisal_until")
    private Instant appraisalUntil;

    @Column(name = "online_satisfied", nullable = false)
    private int onlineSatisfied;

    @Column(name = "online_basically_satisfied", nullable = false)
    private int onlineBasicallySatisfied;

    @Column(name = "online_unsatisfied", nullable = false)
    private int onlineUnsatisfied;

    @Column(name = "meeting_held")
    private Boolean meetingHeld;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(name = "meeting_attendees")
    private Integer meetingAttendees;

    @Column(name = "meeting_satisfied")
    private Integer meetingSatisfied;

    @Column(name = "meeting_basically_satisfied")
    private Integer meetingBasicallySatisfied;

    @Column(name = "meeting_unsatisfied")
    private Integer meetingUnsatisfied;

    @Column(name = "meeting_recorded_by", length = 64)
    private String meetingRecordedBy;

    @Column(name = "appraisal_points", precision = 7, scale = 2)
    private BigDecimal appraisalPoints;

    @Column(name = "unsatisfied_share", precision = 6, scale = 4)
    private BigDecimal unsatisfiedShare;

    @Column(name = "committee_round", nullable = false)
    private int committeeRound;

    @Column(name = "committee_adjustment", precision = 6, scale = 2)
    private BigDecimal committeeAdjustment;

    @Column(name = "committee_reason", length = 1000)
    private String committeeReason;

    @Column(name = "committee_by", length = 64)
    private String committeeBy;

    @Column(name = "committee_at")
    private Instant committeeAt;

    @Column(name = "total_score", precision = 7, scale = 2)
    private BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private PerformanceRating rating;

    private Integer stars;

    @Column(name = "notice_round", nullable = false)
    private int noticeRound;

    @Column(name = "notice_from")
    private Instant noticeFrom;

    @Column(name = "notice_until")
    private Instant noticeUntil;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PerformanceReview() {
    }

    public PerformanceReview(ReviewCampaign campaign, Deputy deputy, String deputyCode, int reviewYear,
                             Instant dutyReportDue, Instant createdAt) {
        this.campaign = campaign;
        this.deputy = deputy;
        this.reviewYear = reviewYear;
        this.businessKey = businessKey(reviewYear, deputyCode);
        this.dutyReportDue = dutyReportDue;
        this.status = ReviewStatus.SCORING;
        this.appraisalToken = Deputy.newToken();
        this.appraisalSalt = Deputy.newToken();
        this.createdAt = createdAt;
    }

    /** {@code LZ-2026-D010}: one review per deputy and year. */
    public static String businessKey(int year, String deputyCode) {
        return "LZ-" + year + "-" + deputyCode;
    }

    // ---- steps of the process, each written by one service task or listener

    public void scored(BigDecimal ledgerPoints, int unexcusedAbsences, List<ReviewScoring.Line> lines) {
        this.ledgerPoints = ledgerPoints;
        this.unexcusedAbsences = unexcusedAbsences;
        this.scoreLines.clear();
        int order = 0;
        for (ReviewScoring.Line line : lines) {
            scoreLines.add(new ScoreLine(this, order++, line));
        }
        if (status == ReviewStatus.SCORING) {
            status = ReviewStatus.DUTY_REPORT;
        }
    }

    public void dutyReportWritten(String text, String by, Instant at) {
        this.dutyReport = text;
        this.dutyReportBy = by;
        this.dutyReportSubmittedAt = at;
    }

    public void dutyReportSettled(boolean inTime, BigDecimal points) {
        this.dutyReportMissing = !inTime;
        this.dutyReportPoints = points;
    }

    public void appraisalOpened(String stationCode, Instant until) {
        this.appraisalOpen = true;
        this.appraisalStationCode = stationCode;
        this.appraisalUntil = until;
        this.status = ReviewStatus.APPRAISAL;
    }

    public void meetingRecorded(boolean held, LocalDate date, Integer attendees, Integer satisfied,
                                Integer basicallySatisfied, Integer unsatisfied, String by) {
        this.meetingHeld = held;
        this.meetingDate = held ? date : null;
        this.meetingAttendees = held ? attendees : null;
        this.meetingSatisfied = held ? satisfied : null;
        this.meetingBasicallySatisfied = held ? basicallySatisfied : null;
        this.meetingUnsatisfied = held ? unsatisfied : null;
        this.meetingRecordedBy = by;
    }

    public void appraisalClosed(int satisfied, int basicallySatisfied, int unsatisfied, BigDecimal points,
                                BigDecimal unsatisfiedShare) {
        this.appraisalOpen = false;
        this.onlineSatisfied = satisfied;
        this.onlineBasicallySatisfied = basicallySatisfied;
        this.onlineUnsatisfied = unsatisfied;
        this.appraisalPoints = points;
        this.unsatisfiedShare = unsatisfiedShare;
        this.committeeRound = 1;
        this.status = ReviewStatus.COMMITTEE;
    }

    public void committeeReviewed(BigDecimal adjustment, String reason, String by, Instant at) {
        this.committeeAdjustment = adjustment;
        this.committeeReason = reason;
        this.committeeBy = by;
        this.committeeAt = at;
    }

    public void totalled(BigDecimal totalScore) {
        this.totalScore = totalScore;
    }

    public void noticePublished(PerformanceRating rating, int stars, Instant from, Instant until) {
        this.rating = rating;
        this.stars = stars;
        this.noticeRound++;
        this.noticeFrom = from;
        this.noticeUntil = until;
        this.status = ReviewStatus.NOTICE;
    }

    /** An upheld objection sends the review back to the committee. */
    public void reopenedForCommittee() {
        this.committeeRound++;
        this.status = ReviewStatus.COMMITTEE;
    }

    public void archived(Instant at) {
        this.status = ReviewStatus.ARCHIVED;
        this.archivedAt = at;
    }

    /** Points before the committee's adjustment. */
    public BigDecimal subtotal() {
        return nz(ledgerPoints).add(nz(dutyReportPoints)).add(nz(appraisalPoints));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    public int meetingCount(AppraisalRating rating) {
        if (!Boolean.TRUE.equals(meetingHeld)) {
            return 0;
        }
        Integer n = switch (rating) {
            case SATISFIED -> meetingSatisfied;
            case BASICALLY_SATISFIED -> meetingBasicallySatisfied;
            case UNSATISFIED -> meetingUnsatisfied;
        };
        return n == null ? 0 : n;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public ReviewCampaign getCampaign() {
        return campaign;
    }

    public Deputy getDeputy() {
        return deputy;
    }

    public int getReviewYear() {
        return reviewYear;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public BigDecimal getLedgerPoints() {
        return ledgerPoints;
    }

    public Integer getUnexcusedAbsences() {
        return unexcusedAbsences;
    }

    public List<ScoreLine> getScoreLines() {
        return scoreLines;
    }

    public Instant getDutyReportDue() {
        return dutyReportDue;
    }

    public String getDutyReport() {
        return dutyReport;
    }

    public String getDutyReportBy() {
        return dutyReportBy;
    }

    public Instant getDutyReportSubmittedAt() {
        return dutyReportSubmittedAt;
    }

    public boolean isDutyReportMissing() {
        return dutyReportMissing;
    }

    public BigDecimal getDutyReportPoints() {
        return dutyReportPoints;
    }

    public String getAppraisalToken() {
        return appraisalToken;
    }

    public String getAppraisalSalt() {
        return appraisalSalt;
    }

    public boolean isAppraisalOpen() {
        return appraisalOpen;
    }

    public String getAppraisalStationCode() {
        return appraisalStationCode;
    }

    public Instant getAppraisalUntil() {
        return appraisalUntil;
    }

    public int getOnlineSatisfied() {
        return onlineSatisfied;
    }

    public int getOnlineBasicallySatisfied() {
        return onlineBasicallySatisfied;
    }

    public int getOnlineUnsatisfied() {
        return onlineUnsatisfied;
    }

    public Boolean getMeetingHeld() {
        return meetingHeld;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public Integer getMeetingAttendees() {
        return meetingAttendees;
    }

    public String getMeetingRecordedBy() {
        return meetingRecordedBy;
    }

    public BigDecimal getAppraisalPoints() {
        return appraisalPoints;
    }

    public BigDecimal getUnsatisfiedShare() {
        return unsatisfiedShare;
    }

    public int getCommitteeRound() {
        return committeeRound;
    }

    public BigDecimal getCommitteeAdjustment() {
        return committeeAdjustment;
    }

    public String getCommitteeReason() {
        return committeeReason;
    }

    public String getCommitteeBy() {
        return committeeBy;
    }

    public Instant getCommitteeAt() {
        return committeeAt;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public PerformanceRating getRating() {
        return rating;
    }

    public Integer getStars() {
        return stars;
    }

    public int getNoticeRound() {
        return noticeRound;
    }

    public Instant getNoticeFrom() {
        return noticeFrom;
    }

    public Instant getNoticeUntil() {
        return noticeUntil;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
