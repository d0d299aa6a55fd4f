package cn.deputylink.review;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.shared.privacy.Masking;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Request and answer shapes of the review API. */
public final class ReviewDtos {

    private ReviewDtos() {
    }

    public record StartCampaign(
            @NotNull(message = "请填写评议年度")
            Integer year,
            /* null: every deputy (全体代表) */
            CongressLevel level,
            @Min(value = 1, message = "每批创建数量至少为 1")
            @Max(value = 1000, message = "每批创建数量不能超过 1000")
            Integer batchSize) {
    }

    public record CampaignView(String businessKey, int year, String scope, String scopeLabel, CampaignStatus status,
                               String statusLabel, int total, int created, int skipped, int batchSize,
                               Instant dutyReportDue, String startedBy, Instant startedAt, Instant creationFinishedAt,
                               Instant closedAt, Map<ReviewStatus, Long> byStatus, Map<String, Long> byRating) {

        static CampaignView of(ReviewCampaign c, Map<ReviewStatus, Long> byStatus, Map<String, Long> byRating) {
            return new CampaignView(c.getBusinessKey(), c.getReviewYear(), c.getScopeKey(), c.scopeLabel(),
                    c.getStatus(), c.getStatus().label(), c.getTotalCount(), c.getCreatedCount(), c.getSkippedCount(),
                    c.getBatchSize(), c.getDutyReportDue(), c.getStartedBy(), c.getStartedAt(),
                    c.getCreationFinishedAt(), c.getClosedAt(), byStatus, byRating);
        }
    }

    public record ReviewSummary(String businessKey, String deputyCode, String deputyName, int year,
                                ReviewStatus status, String statusLabel, BigDecimal ledgerPoints,
                                BigDecimal totalScore, PerformanceRating rating, String ratingLabel, Integer stars) {

        static ReviewSummary of(PerformanceReview r) {
            return new ReviewSummary(r.getBusinessKey(), r.getDeputy().getCode(), r.getDeputy().getName(),
                    r.getReviewYear(), r.getStatus(), r.getStatus().label(), r.getLedgerPoints(), r.getTotalScore(),
                    r.getRating(), r.getRating() == null ? null : r.getRating().label(), r.getStars());
        }
    }

    public record ScoreLineView(String ruleKey, String label, int quantity, BigDecimal pointsEach,
                                BigDecimal rawPoints, BigDecimal cap, BigDecimal points) {

        static ScoreLineView of(ScoreLine l) {
            return new ScoreLineView(l.getRuleKey(), l.getLabel(), l.getQuantity(), l.getPointsEach(),
                    l.getRawPoints(), l.getCapPoints(), l.getPoints());
        }
    }

    public record Appraisal(boolean open, Instant until, String stationCode, String token, int onlineSatisfied,
                            int onlineBasicallySatisfied, int onlineUnsatisfied, Boolean meetingHeld,
                            LocalDate meetingDate, Integer meetingAttendees, Integer meetingSatisfied,
                            Integer meetingBasicallySatisfied, Integer meetingUnsatisfied, BigDecimal points,
                            BigDecimal unsatisfiedShare) {
    }

    public record ReviewDetail(String businessKey, String campaignKey, String deputyCode, String deputyName, int year,
                               ReviewStatus status, String statusLabel, BigDecimal ledgerPoints,
                               Integer unexcusedAbsences, List<ScoreLineView> scoreBreakdown, Instant dutyReportDue,
                               String dutyReport, Instant dutyReportSubmittedAt, boolean dutyReportMissing,
                               BigDecimal dutyReportPoints, Appraisal appraisal, int committeeRound,
                               BigDecimal committeeAdjustment, String committeeReason, String committeeBy,
                               BigDecimal totalScore, PerformanceRating rating, String ratingLabel, Integer stars,
                               int noticeRound, Instant noticeUntil, Instant archivedAt) {

        static ReviewDetail of(PerformanceReview r, boolean showToken) {
            return new ReviewDetail(r.getBusinessKey(), r.getCampaign().getBusinessKey(), r.getDeputy().getCode(),
                    r.getDeputy().getName(), r.getReviewYear(), r.getStatus(), r.getStatus().label(),
                    r.getLedgerPoints(), r.getUnexcusedAbsences(),
                    r.getScoreLines().stream().map(ScoreLineView::of).toList(), r.getDutyReportDue(),
                    r.getDutyReport(), r.getDutyReportSubmittedAt(), r.isDutyReportMissing(), r.getDutyReportPoints(),
                    appraisalOf(r, showToken), r.getCommitteeRound(), r.getCommitteeAdjustment(), r.getCommitteeReason(),
                    r.getCommitteeBy(), r.getTotalScore(), r.getRating(),
                    r.getRating() == null ? null : r.getRating().label(), r.getStars(), r.getNoticeRound(),
                    r.getNoticeUntil(), r.getArchivedAt());
        }
    }

    /** The appraisal part, which the entity keeps in flat columns. */
    private static Appraisal appraisalOf(PerformanceReview r, boolean showToken) {
        return new Appraisal(r.isAppraisalOpen(), r.getAppraisalUntil(), r.getAppraisalStationCode(),
                showToken ? r.getAppraisalToken() : null, r.getOnlineSatisfied(), r.getOnlineBasicallySatisfied(),
                r.getOnlineUnsatisfied(), r.getMeetingHeld(), r.getMeetingDate(), r.getMeetingAttendees(),
                r.getMeetingHeld() == null ? null : r.meetingCount(AppraisalRating.SATISFIED),
                r.getMeetingHeld() == null ? null : r.meetingCount(AppraisalRating.BASICALLY_SATISFIED),
                r.getMeetingHeld() == null ? null : r.meetingCount(AppraisalRating.UNSATISFIED),
                r.getAppraisalPoints(), r.getUnsatisfiedShare());
    }

    public record DutyReportRequest(
            @NotBlank(message = "请填写述职报告")
            @Size(max = 6000, message = "述职报告最长 6000 字")
            String text) {
    }

    public record MeetingTallyRequest(
            @NotNull(message = "请说明是否召开了选民评议会")
            Boolean held,
            LocalDate date,
            Integer attendees,
            Integer satisfied,
            Integer basicallySatisfied,
            Integer unsatisfied) {
    }

    public record CommitteeRequest(
            @NotNull(message = "请填写调整分值（不调整填 0）")
            @DecimalMin(value = "-100", message = "调整分值有误")
            @DecimalMax(value = "100", message = "调整分值有误")
            BigDecimal adjustment,
            @Size(max = 1000, message = "理由最长 1000 字")
            String reason) {
    }

    public record ObjectionResolutionRequest(
            @NotNull(message = "请选择异议是否成立")
            ObjectionStatus outcome,
            @NotBlank(message = "请填写核查处理意见")
            @Size(max = 1000, message = "处理意见最长 1000 字")
            String resolution) {
    }

    public record ObjectionView(long id, String businessKey, int noticeRound, String reason, String contactName,
                                String contactPhone, ObjectionStatus status, String statusLabel, String resolution,
                                String resolvedBy, Instant resolvedAt, Instant createdAt) {

        static ObjectionView of(ReviewObjection o) {
            return new ObjectionView(o.getId(), o.getReview().getBusinessKey(), o.getNoticeRound(), o.getReason(),
                    Masking.name(o.getContactName()), Masking.phone(o.getContactPhone()), o.getStatus(),
                    o.getStatus().label(), o.getResolution(), o.getResolvedBy(), o.getResolvedAt(), o.getCreatedAt());
        }
    }

    public record BulkApproval(int approved, int failed, long stillWaiting) {
    }

    // ---- public

    public record AppraisalCard(String deputyName, List<String> levels, String constituency, int year, boolean open,
                                LocalDate openUntil, String dutyReport) {

        static AppraisalCard of(PerformanceReview r, ZoneId zone) {
            Deputy d = r.getDeputy();
            return new AppraisalCard(d.getName(), d.getLevels().stream().sorted().map(CongressLevel::label).toList(),
                    d.getConstituency(), r.getReviewYear(), r.isAppraisalOpen(),
                    r.getAppraisalUntil() == null ? null : r.getAppraisalUntil().minusNanos(1).atZone(zone).toLocalDate(),
                    r.getDutyReport());
        }
    }

    public record AppraisalRequest(
            @NotBlank(message = "请填写手机号码")
            @Size(max = 20, message = "手机号码格式不正确")
            String phone,
            @NotNull(message = "请选择评议意见：满意、基本满意或不满意")
            AppraisalRating rating,
            @Size(max = 500, message = "意见建议最长 500 字")
            String remark) {
    }

    public record AppraisalReceipt(String message, String deputyName, AppraisalRating rating, String ratingLabel) {
    }

    public record NoticeEntry(String businessKey, String deputyCode, String deputyName, List<String> levels, int year,
                              String ratingLabel, Integer stars, BigDecimal totalScore, LocalDate noticeUntil) {

        static NoticeEntry of(PerformanceReview r, ZoneId zone) {
            Deputy d = r.getDeputy();
            return new NoticeEntry(r.getBusinessKey(), d.getCode(), d.getName(),
                    d.getLevels().stream().sorted().map(CongressLevel::label).toList(), r.getReviewYear(),
                    r.getRating() == null ? null : r.getRating().label(), r.getStars(), r.getTotalScore(),
                    r.getNoticeUntil() == null ? null : r.getNoticeUntil().minusNanos(1).atZone(zone).toLocalDate());
        }
    }

    public record ObjectionRequest(
            @NotBlank(message = "请填写异议内容")
            @Size(max = 2000, message = "异议内容最长 2000 字")
            String reason,
            @Size(max = 50, message = "姓名最长 50 字")
            String name,
            @Size(max = 20, message = "联系电话格式不正确")
            String phone) {
    }

    public record ObjectionReceipt(String message, LocalDate noticeUntil) {
    }
}
