package cn.deputylink.review;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyGroup;
import cn.deputylink.ledger.ActivityLedger;
import cn.deputylink.ledger.ActivityType;
import cn.deputylink.review.ReviewScoring.AppraisalScore;
import cn.deputylink.review.ReviewScoring.LedgerScore;
import cn.deputylink.shared.calendar.Deadlines;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.notification.Notifications;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.station.LiaisonStation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of one deputy's review, each called by one service task or task listener of
 * {@code deputy-review} and each safe to repeat: it reads the case file, writes its part and
 * returns what the process needs for routing.
 */
@Service
public class DeputyReviewService {

    static final int DUTY_REPORT_MIN = 20;
    static final int DUTY_REPORT_MAX = 6000;

    private final PerformanceReviewRepository reviews;
    private final ConstituentAppraisalRepository appraisals;
    private final ReviewObjectionRepository objections;
    private final ActivityLedger ledger;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final Notifications notifications;
    private final ReviewScoring scoring;

    public DeputyReviewService(PerformanceReviewRepository reviews, ConstituentAppraisalRepository appraisals,
                               ReviewObjectionRepository objections, ActivityLedger ledger, Deadlines deadlines,
                               WorkingDayCalendar calendar, Notifications notifications,
                               ReviewProperties properties) {
        this.reviews = reviews;
        this.appraisals = appraisals;
        this.objections = objections;
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.notifications = notifications;
        this.scoring = new ReviewScoring(properties.getScoring());
    }

    public ReviewScoring scoring() {
        return scoring;
    }

    @Transactional(readOnly = true)
    public PerformanceReview get(long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> NotFoundException.of("代表评议", reviewId));
    }

    @Transactional(readOnly = true)
    public PerformanceReview get(String businessKey) {
        return reviews.findByBusinessKey(businessKey).orElseThrow(() -> NotFoundException.of("代表评议", businessKey));
    }

    /** Ledger points of the review year with their breakdown; recomputed from scratch when repeated. */
    @Transactional
    public LedgerScore score(long reviewId) {
        PerformanceReview review = get(reviewId);
        Map<ActivityType, Long> counts = ledger.countedEntries(review.getDeputy().getId(), review.getReviewYear());
        LedgerScore score = scoring.ledger(counts);
        review.scored(score.points(), score.unexcusedAbsences(), score.lines());
        return score;
    }

    // ---- duty report

    /** Checks a report typed in a form or sent to the API; null when acceptable. */
    static String checkDutyReport(String text) {
        if (text == null || text.isBlank()) {
            return "请填写述职报告";
        }
        int length = text.strip().codePointCount(0, text.strip().length());
        if (length < DUTY_REPORT_MIN) {
            return "述职报告过短（至少 " + DUTY_REPORT_MIN + " 字）";
        }
        if (length > DUTY_REPORT_MAX) {
            return "述职报告最长 " + DUTY_REPORT_MAX + " 字";
        }
        return null;
    }

    /** The API path keeps the report in the case file first, then completes the task. */
    @Transactional
    public void writeDutyReport(PerformanceReview review, String text, String by) {
        String problem = checkDutyReport(text);
        if (problem != null) {
            throw new InvalidInputException("text", problem);
        }
        review.dutyReportWritten(text.strip(), by, now());
    }

    /**
     * The deputy completed the duty report task: the report comes from the form (or is already
     * in the case file when sent through the API).
     *
     * @return the points for a report in time
     */
    @Transactional
    public BigDecimal dutyReportSubmitted(long reviewId, String formText, String by) {
        PerformanceReview review = get(reviewId);
        if (formText != null && !formText.isBlank()) {
            String problem = checkDutyReport(formText);
            if (problem != null) {
                throw new InvalidInputException("dutyReportText", problem);
            }
            review.dutyReportWritten(formText.strip(), by, now());
        } else if (review.getDutyReport() == null) {
            throw new InvalidInputException("dutyReportText", "请填写述职报告");
        }
        BigDecimal points = scoring.dutyReport(true);
        review.dutyReportSettled(true, points);
        return points;
    }

    /** The deadline passed without a report: recorded, and the review goes on. */
    @Transactional
    public void dutyReportMissing(long reviewId) {
        PerformanceReview review = get(reviewId);
        review.dutyReportSettled(false, scoring.dutyReport(false));
        Deputy deputy = review.getDeputy();
        notifications.toGroup(Roles.LIAISON_OFFICE, review.getBusinessKey(), "代表未按期提交述职报告",
                deputy.getName() + "（" + deputy.getCode() + "）未在期限内提交" + review.getReviewYear()
                        + "年度述职报告，已记录，评议继续进行。", "review-duty-report-missing:" + review.getBusinessKey());
    }

    @Transactional
    public void remindDutyReport(long reviewId) {
        PerformanceReview review = get(reviewId);
        Deputy deputy = review.getDeputy();
        String due = calendar.today(review.getDutyReportDue().minusNanos(1)).toString();
        String title = "请按期提交" + review.getReviewYear() + "年度述职报告";
        String body = "您的" + review.getReviewYear() + "年度述职报告请于 " + due + " 前在任务列表中提交。";
        String dedupe = "review-duty-report-reminder:" + review.getBusinessKey();
        if (deputy.getUserId() != null) {
            notifications.toUser(deputy.getUserId(), review.getBusinessKey(), title, body, dedupe);
        } else {
            notifications.toGroup(Roles.LIAISON_OFFICE, review.getBusinessKey(), title,
                    deputy.getName() + "（" + deputy.getCode() + "）没有登录账号，请联系代表提交书面述职报告。", dedupe);
        }
    }

    // ---- constituent appraisal

    /**
     * Opens the online appraisal and picks the station whose staff record the voters' meeting:
     * the station of the deputy's group, else the first station the deputy joined.
     */
    @Transactional
    public OpenedAppraisal openAppraisal(long reviewId) {
        PerformanceReview review = get(reviewId);
        Deputy deputy = review.getDeputy();
        String stationCode = review.getAppraisalStationCode() != null ? review.getAppraisalStationCode()
                : appraisalStation(deputy);
        Date until = review.getAppraisalUntil() != null ? Date.from(review.getAppraisalUntil())
                : deadlines.due("review-appraisal");
        review.appraisalOpened(stationCode, until.toInstant());
        String group = stationCode == null ? Roles.LIAISON_OFFICE : Roles.stationGroup(stationCode);
        String title = review.getReviewYear() + "年度述职评议已开始";
        String body = "选民可扫描评议二维码进行网上评议，截止 " + calendar.today(until.toInstant().minusNanos(1)) + "。";
        if (deputy.getUserId() != null) {
            notifications.toUser(deputy.getUserId(), review.getBusinessKey(), title, body,
                    "review-appraisal-open:" + review.getBusinessKey());
        }
        notifications.toGroup(group, review.getBusinessKey(), "请组织" + deputy.getName() + "代表的选民评议会",
                "评议结果（满意、基本满意、不满意票数）请在 " + calendar.today(until.toInstant().minusNanos(1))
                        + " 前录入。", "review-appraisal-meeting:" + review.getBusinessKey());
        return new OpenedAppraisal(group, until);
    }

    static String appraisalStation(Deputy deputy) {
        DeputyGroup group = deputy.getGroup();
        if (group != null && group.getStation() != null) {
            return group.getStation().getCode();
        }
        return deputy.getStations().stream().map(LiaisonStation::getCode).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Checks a meeting tally; an empty list when acceptable. */
    List<FieldProblem> checkMeeting(MeetingTally tally) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!tally.held()) {
            return problems;
        }
        if (tally.date() == null) {
            problems.add(new FieldProblem("meetingDate", "请填写评议会日期"));
        } else if (tally.date().isAfter(calendar.today(now()))) {
            problems.add(new FieldProblem("meetingDate", "评议会日期不能晚于今天"));
        }
        int votes = 0;
        for (Object[] field : new Object[][] {{"meetingAttendees", tally.attendees()},
                {"meetingSatisfied", tally.satisfied()}, {"meetingBasicallySatisfied", tally.basicallySatisfied()},
                {"meetingUnsatisfied", tally.unsatisfied()}}) {
            Integer n = (Integer) field[1];
            if (n == null) {
                problems.add(new FieldProblem((String) field[0], "请填写人数（没有请填 0）"));
            } else if (n < 0 || n > 100_000) {
                problems.add(new FieldProblem((String) field[0], "人数应在 0 至 100000 之间"));
            } else if (!"meetingAttendees".equals(field[0])) {
                votes += n;
            }
        }
        if (problems.isEmpty() && votes > tally.attendees()) {
            problems.add(new FieldProblem("meetingAttendees", "评议票数合计（" + votes + "）不能超过到会选民人数"));
        }
        return problems;
    }

    @Transactional
    public void recordMeeting(long reviewId, MeetingTally tally, String by) {
        List<FieldProblem> problems = checkMeeting(tally);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PerformanceReview review = get(reviewId);
        review.meetingRecorded(tally.held(), tally.date(), tally.attendees(), tally.satisfied(),
                tally.basicallySatisfied(), tally.unsatisfied(), by);
    }

    /**
     * Closes the online appraisal and scores it together with the meeting tally; a meeting held
     * is the deputy's report to voters and goes into the ledger.
     */
    @Transactional
    public ClosedAppraisal closeAppraisal(long reviewId) {
        PerformanceReview review = get(reviewId);
        Map<AppraisalRating, Long> online = new EnumMap<>(AppraisalRating.class);
        appraisals.countByRating(reviewId).forEach(c -> online.put(c.getRating(), c.getEntries()));
        int s = Math.toIntExact(online.getOrDefault(AppraisalRating.SATISFIED, 0L));
        int b = Math.toIntExact(online.getOrDefault(AppraisalRating.BASICALLY_SATISFIED, 0L));
        int u = Math.toIntExact(online.getOrDefault(AppraisalRating.UNSATISFIED, 0L));
        AppraisalScore score = scoring.appraisal(s + review.meetingCount(AppraisalRating.SATISFIED),
                b + review.meetingCount(AppraisalRating.BASICALLY_SATISFIED),
                u + review.meetingCount(AppraisalRating.UNSATISFIED));
        review.appraisalClosed(s, b, u, score.points(), score.unsatisfiedShare());
        if (Boolean.TRUE.equals(review.getMeetingHeld())) {
            Deputy deputy = review.getDeputy();
            ledger.recordFromWorkflow(deputy.getCode(), ActivityType.DUTY_REPORT, review.getMeetingDate(), null,
                    review.getReviewYear() + "年度述职评议会（到会选民 " + review.getMeetingAttendees() + " 人）",
                    "review-meeting:" + review.getBusinessKey());
        }
        return new ClosedAppraisal(score, review.subtotal(), deadlines.due("review-committee"));
    }

    // ---- committee, total, notice

    @Transactional
    public void committeeReviewed(long reviewId, BigDecimal adjustment, String reason, String by) {
        BigDecimal adj = adjustment == null ? BigDecimal.ZERO : ReviewScoring.scale(adjustment);
        String problem = scoring.checkAdjustment(adj, reason);
        if (problem != null) {
            throw new InvalidInputException(adj.signum() != 0 && problem.contains("理由") ? "committeeReason"
                    : "committeeAdjustment", problem);
        }
        if (reason != null && reason.strip().length() > 1000) {
            throw new InvalidInputException("committeeReason", "理由最长 1000 字");
        }
        get(reviewId).committeeReviewed(adj, reason == null || reason.isBlank() ? null : reason.strip(), by, now());
    }

    @Transactional
    public BigDecimal total(long reviewId) {
        PerformanceReview review = get(reviewId);
        BigDecimal total = scoring.total(review.getLedgerPoints(), review.getDutyReportPoints(),
                review.getAppraisalPoints(), review.getCommitteeAdjustment());
        review.totalled(total);
        return total;
    }

    /**
     * The inputs of performance-rating.dmn, read from the review itself: a variable a task holder
     * could have set is never a decision input.
     */
    @Transactional
    public RatingInputs ratingInputs(long reviewId) {
        BigDecimal total = total(reviewId);
        PerformanceReview review = get(reviewId);
        int absences = review.getUnexcusedAbsences() == null ? 0 : review.getUnexcusedAbsences();
        double unsatisfied = review.getUnsatisfiedShare() == null ? 0d : review.getUnsatisfiedShare().doubleValue();
        return new RatingInputs(absences, unsatisfied, !review.isDutyReportMissing(), total.doubleValue());
    }

    public record RatingInputs(int unexcusedAbsences, double unsatisfiedShare, boolean dutyReportSubmitted,
                               double totalScore) {
    }

    @Transactional
    public Date publishNotice(long reviewId, PerformanceRating rating, int stars) {
        PerformanceReview review = get(reviewId);
        Date until = deadlines.due("review-public-notice");
        review.noticePublished(rating, stars, now(), until.toInstant());
        Deputy deputy = review.getDeputy();
        if (deputy.getUserId() != null) {
            notifications.toUser(deputy.getUserId(), review.getBusinessKey(), "履职评价结果公示",
                    "您的" + review.getReviewYear() + "年度履职评价初评结果为“" + rating.label() + "”（" + stars
                            + " 星），公示至 " + calendar.today(until.toInstant().minusNanos(1)) + "。",
                    "review-notice:" + review.getBusinessKey() + ":" + review.getNoticeRound());
        }
        return until;
    }

    // ---- objections

    /** The objection task shows its first lines; 3-byte safe for the engine's tables, no contact data. */
    @Transactional(readOnly = true)
    public String objectionSummary(long objectionId) {
        ReviewObjection objection = objections.findById(objectionId)
                .orElseThrow(() -> NotFoundException.of("公示异议", objectionId));
        String text = IdentitySync.threeByteSafe(objection.getReason());
        return text.length() > 300 ? text.substring(0, 300) + "……" : text;
    }

    @Transactional
    public void resolveObjection(long objectionId, String outcome, String resolution, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!DeputyReviewProcess.OUTCOME_UPHELD.equals(outcome) && !DeputyReviewProcess.OUTCOME_REJECTED.equals(outcome)) {
            problems.add(new FieldProblem("objectionOutcome", "请选择异议是否成立（UPHELD 或 REJECTED）"));
        }
        if (resolution == null || resolution.isBlank()) {
            problems.add(new FieldProblem("objectionResolution", "请填写核查处理意见"));
        } else if (resolution.strip().length() > 1000) {
            problems.add(new FieldProblem("objectionResolution", "处理意见最长 1000 字"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReviewObjection objection = objections.findById(objectionId)
                .orElseThrow(() -> NotFoundException.of("公示异议", objectionId));
        objection.resolve(DeputyReviewProcess.OUTCOME_UPHELD.equals(outcome), resolution.strip(), by, now());
    }

    /** After the notice: did an objection to this notice hold? Then the committee reviews again. */
    @Transactional
    public ObjectionVerdict assessObjections(long reviewId) {
        PerformanceReview review = get(reviewId);
        boolean upheld = objections.existsByReviewAndNoticeRoundAndStatus(review, review.getNoticeRound(),
                ObjectionStatus.UPHELD);
        if (upheld && review.getStatus() == ReviewStatus.NOTICE) {
            review.reopenedForCommittee();
        }
        return new ObjectionVerdict(upheld, review.getCommitteeRound(), upheld ? deadlines.due("review-committee") : null);
    }

    /**
     * Final: the rating goes into the deputy's ledger of the review year (dated the last day of
     * that year at the latest, so the year's file shows it).
     */
    @Transactional
    public void archive(long reviewId) {
        PerformanceReview review = get(reviewId);
        Instant now = now();
        LocalDate today = calendar.today(now);
        LocalDate endOfYear = LocalDate.of(review.getReviewYear(), 12, 31);
        LocalDate date = today.isAfter(endOfYear) ? endOfYear : today;
        Deputy deputy = review.getDeputy();
        ledger.recordFromWorkflow(deputy.getCode(), ActivityType.ANNUAL_REVIEW, date, null, archiveNote(review),
                "review:" + review.getBusinessKey());
        if (review.getStatus() != ReviewStatus.ARCHIVED) {
            review.archived(now);
        }
        if (deputy.getUserId() != null) {
            notifications.toUser(deputy.getUserId(), review.getBusinessKey(), "履职评价结果已归档",
                    archiveNote(review) + "，已归入您的履职档案。", "review-archived:" + review.getBusinessKey());
        }
    }

    static String archiveNote(PerformanceReview review) {
        return review.getReviewYear() + "年度履职评价：" + review.getRating().label() + "，"
                + "★".repeat(review.getStars()) + "（" + review.getStars() + " 星），总分 "
                + ReviewScoring.plain(review.getTotalScore()) + " 分";
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public record MeetingTally(boolean held, LocalDate date, Integer attendees, Integer satisfied,
                               Integer basicallySatisfied, Integer unsatisfied) {

        /** From form values; a date that cannot be read becomes a field problem, not a crash. */
        static LocalDate parseDate(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("meetingDate", "日期格式应为 yyyy-MM-dd");
            }
        }
    }

    public record OpenedAppraisal(String group, Date until) {
    }

    public record ClosedAppraisal(AppraisalScore score, BigDecimal subtotal, Date committeeDue) {
    }

    public record ObjectionVerdict(boolean upheld, int committeeRound, Date committeeDue) {
    }
}
