package cn.deputylink.review;

import cn.deputylink.ledger.ActivityType;
import cn.deputylink.review.ReviewProperties.Rule;
import cn.deputylink.review.ReviewProperties.Scoring;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a deputy's score, free of persistence so it can be checked by hand:
 * ledger points (per type, each type capped, the sum capped, deductions after the cap, never
 * below zero), duty report points, appraisal points from the constituents' ratings, and the
 * total with the committee's adjustment, limited to 0–100.
 */
public class ReviewScoring {

    public static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(100);
    static final String LEDGER_CAP = "LEDGER_CAP";
    static final String LEDGER_FLOOR = "LEDGER_FLOOR";

    private final Scoring config;

    public ReviewScoring(Scoring config) {
        this.config = config;
    }

    public LedgerScore ledger(Map<ActivityType, Long> counts) {
        List<Line> lines = new ArrayList<>();
        List<Line> deductions = new ArrayList<>();
        BigDecimal gained = BigDecimal.ZERO;
        BigDecimal deducted = BigDecimal.ZERO;
        for (ActivityType type : ActivityType.values()) {
            Rule rule = config.getRules().get(type);
            long quantity = counts.getOrDefault(type, 0L);
            if (rule == null || quantity == 0) {
                continue;
            }
            BigDecimal each = scale(rule.getPoints());
            BigDecimal raw = scale(each.multiply(BigDecimal.valueOf(quantity)));
            if (each.signum() < 0) {
                deductions.add(new Line(type.name(), type.label(), quantity, each, raw, null, raw));
                deducted = deducted.add(raw);
                continue;
            }
            BigDecimal cap = rule.getCap() == null ? null : scale(rule.getCap());
            BigDecimal points = cap != null && raw.compareTo(cap) > 0 ? cap : raw;
            lines.add(new Line(type.name(), type.label(), quantity, each, raw, cap, points));
            gained = gained.add(points);
        }
        BigDecimal ledgerCap = scale(config.getLedgerCap());
        if (gained.compareTo(ledgerCap) > 0) {
            BigDecimal cut = ledgerCap.subtract(gained);
            lines.add(new Line(LEDGER_CAP, "履职档案积分封顶（" + plain(ledgerCap) + " 分）", 0, BigDecimal.ZERO.setScale(2),
                    cut, ledgerCap, cut));
            gained = ledgerCap;
        }
        lines.addAll(deductions);
        BigDecimal points = gained.add(deducted);
        if (points.signum() < 0) {
            lines.add(new Line(LEDGER_FLOOR, "履职档案积分最低为 0 分", 0, BigDecimal.ZERO.setScale(2),
                    points.negate(), null, points.negate()));
            points = BigDecimal.ZERO;
        }
        int absences = Math.toIntExact(counts.getOrDefault(ActivityType.SESSION_UNEXCUSED_ABSENCE, 0L));
        return new LedgerScore(scale(points), absences, List.copyOf(lines));
    }

    public BigDecimal dutyReport(boolean submittedInTime) {
        return submittedInTime ? scale(config.getDutyReportPoints()) : scale(BigDecimal.ZERO);
    }

    public AppraisalScore appraisal(int satisfied, int basicallySatisfied, int unsatisfied) {
        BigDecimal max = config.getAppraisalPoints();
        int total = satisfied + basicallySatisfied + unsatisfied;
        if (total == 0) {
            return new AppraisalScore(scale(max.multiply(config.getNoAppraisalShare())),
                    BigDecimal.ZERO.setScale(4), 0);
        }
        BigDecimal weighted = BigDecimal.valueOf(satisfied)
                .add(config.getBasicallySatisfiedWeight().multiply(BigDecimal.valueOf(basicallySatisfied)));
        BigDecimal points = max.multiply(weighted).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        BigDecimal share = BigDecimal.valueOf(unsatisfied).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return new AppraisalScore(points, share, total);
    }

    /** Null when the adjustment is within the limit, else the reason in Chinese. */
    public String checkAdjustment(BigDecimal adjustment, String reason) {
        BigDecimal limit = config.getAdjustmentLimit();
        if (adjustment.abs().compareTo(limit) > 0) {
            return "调整分值应在 -" + plain(limit) + " 至 " + plain(limit) + " 分之间";
        }
        if (adjustment.signum() != 0 && (reason == null || reason.isBlank())) {
            return "调整分值时须写明理由";
        }
        return null;
    }

    public BigDecimal total(BigDecimal ledger, BigDecimal dutyReport, BigDecimal appraisal, BigDecimal adjustment) {
        BigDecimal sum = ledger.add(dutyReport).add(appraisal).add(adjustment == null ? BigDecimal.ZERO : adjustment);
        if (sum.signum() < 0) {
            sum = BigDecimal.ZERO;
        }
        return scale(sum.min(MAX_TOTAL));
    }

    static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** One line of the breakdown; the points of all lines add up to the ledger points. */
    public record Line(String ruleKey, String label, long quantity, BigDecimal pointsEach, BigDecimal rawPoints,
                       BigDecimal cap, BigDecimal points) {
    }

    public record LedgerScore(BigDecimal points, int unexcusedAbsences, List<Line> lines) {
    }

    public record AppraisalScore(BigDecimal points, BigDecimal unsatisfiedShare, int ratings) {
    }
}
