package cn.deputylink.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.deputylink.ledger.ActivityType;
import cn.deputylink.review.ReviewScoring.AppraisalScore;
import cn.deputylink.review.ReviewScoring.LedgerScore;
import cn.deputylink.support.ConfigFixtures;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score arithmetic over hand-built ledgers, with the rules exactly as config/review.yml sets them. */
class ReviewScoringTest {

    private final ReviewProperties properties = ConfigFixtures.bind("deputylink.review", ReviewProperties.class);
    private final ReviewScoring scoring = new ReviewScoring(properties.getScoring());

    @Test
    void theConfiguredRulesAreBound() {
        assertThat(properties.getCampaign().getBatchSize()).isEqualTo(200);
        assertThat(properties.getScoring().getRules()).hasSize(15);
        assertThat(properties.getScoring().getRules().get(ActivityType.STATION_DUTY_DAY).getCap())
                .isEqualByComparingTo("24");
        assertThat(properties.getScoring().getRules()).doesNotContainKey(ActivityType.ANNUAL_REVIEW);
    }

    @Test
    void aBusyYearIsCappedPerTypeAndInTotalThenTheAbsenceIsDeducted() {
        Map<ActivityType, Long> ledger = new EnumMap<>(ActivityType.class);
        ledger.put(ActivityType.SESSION_ATTENDANCE, 1L);        // 10
        ledger.put(ActivityType.STATION_DUTY_DAY, 15L);         // 30, capped at 24
        ledger.put(ActivityType.CONSTITUENT_RECEPTION, 3L);     // 6
        ledger.put(ActivityType.INSPECTION, 1L);                // 3
        ledger.put(ActivityType.SURVEY, 4L);                    // 12, capped at 9
        ledger.put(ActivityType.HOUSEHOLD_VISIT, 12L);          // 12, capped at 10
        ledger.put(ActivityType.SUGGESTION_SUBMITTED, 2L);      // 6
        ledger.put(ActivityType.SESSION_UNEXCUSED_ABSENCE, 1L); // -15 after the cap
        ledger.put(ActivityType.ANNUAL_REVIEW, 1L);             // an archived result, not scored

        LedgerScore score = scoring.ledger(ledger);

        // 10 + 24 + 6 + 3 + 9 + 10 + 6 = 68, capped at 60, minus 15
        assertThat(score.points()).isEqualByComparingTo("45");
        assertThat(score.unexcusedAbsences()).isEqualTo(1);
        assertThat(score.lines()).extracting(ReviewScoring.Line::ruleKey, ReviewScoring.Line::quantity,
                        l -> l.rawPoints().stripTrailingZeros().toPlainString(),
                        l -> l.points().stripTrailingZeros().toPlainString())
                .containsExactly(
                        tuple("SESSION_ATTENDANCE", 1L, "10", "10"),
                        tuple("STATION_DUTY_DAY", 15L, "30", "24"),
                        tuple("CONSTITUENT_RECEPTION", 3L, "6", "6"),
                        tuple("INSPECTION", 1L, "3", "3"),
                        tuple("SURVEY", 4L, "12", "9"),
                        tuple("HOUSEHOLD_VISIT", 12L, "12", "10"),
                        tuple("SUGGESTION_SUBMITTED", 2L, "6", "6"),
                        tuple("LEDGER_CAP", 0L, "-8", "-8"),
                        tuple("SESSION_UNEXCUSED_ABSENCE", 1L, "-15", "-15"));
        assertThat(score.lines().stream().map(ReviewScoring.Line::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(score.points());
        assertThat(score.lines().get(7).label()).isEqualTo("履职档案积分封顶（60 分）");
    }

    @Test
    void deductionsNeverTakeTheLedgerBelowZero() {
        Map<ActivityType, Long> ledger = new EnumMap<>(ActivityType.class);
        ledger.put(ActivityType.TRAINING, 1L);
        ledger.put(ActivityType.SESSION_EXCUSED_ABSENCE, 1L);
        ledger.put(ActivityType.SESSION_UNEXCUSED_ABSENCE, 3L);

        LedgerScore score = scoring.ledger(ledger);

        assertThat(score.points()).isEqualByComparingTo("0");
        assertThat(score.unexcusedAbsences()).isEqualTo(3);
        assertThat(score.lines()).extracting(ReviewScoring.Line::ruleKey, l -> l.points().stripTrailingZeros().toPlainString())
                .containsExactly(tuple("SESSION_EXCUSED_ABSENCE", "0"), tuple("TRAINING", "2"),
                        tuple("SESSION_UNEXCUSED_ABSENCE", "-45"), tuple("LEDGER_FLOOR", "43"));
    }

    @Test
    void anEmptyLedgerScoresNothing() {
        LedgerScore score = scoring.ledger(Map.of());
        assertThat(score.points()).isEqualByComparingTo("0");
        assertThat(score.lines()).isEmpty();
    }

    @Test
    void appraisalWeighsBasicallySatisfiedAtSixTenthsAndCountsTheUnsatisfiedShare() {
        AppraisalScore score = scoring.appraisal(30, 10, 10);
        assertThat(score.points()).isEqualByComparingTo("21.60");   // 30 × (30 + 6) / 50
        assertThat(score.unsatisfiedShare()).isEqualByComparingTo("0.2");
        assertThat(score.ratings()).isEqualTo(50);

        AppraisalScore nobody = scoring.appraisal(0, 0, 0);
        assertThat(nobody.points()).isEqualByComparingTo("18");     // as if 基本满意
        assertThat(nobody.unsatisfiedShare()).isEqualByComparingTo("0");
    }

    @Test
    void totalAddsTheAdjustmentAndStaysWithinZeroToHundred() {
        assertThat(scoring.total(new BigDecimal("45"), BigDecimal.TEN, new BigDecimal("21.6"), new BigDecimal("-2.5")))
                .isEqualByComparingTo("74.10");
        assertThat(scoring.total(new BigDecimal("60"), BigDecimal.TEN, new BigDecimal("30"), BigDecimal.TEN))
                .isEqualByComparingTo("100");
        assertThat(scoring.total(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("-10")))
                .isEqualByComparingTo("0");
        assertThat(scoring.dutyReport(true)).isEqualByComparingTo("10");
        assertThat(scoring.dutyReport(false)).isEqualByComparingTo("0");
    }

    @Test
    void anAdjustmentNeedsAReasonAndStaysWithinTheLimit() {
        assertThat(scoring.checkAdjustment(BigDecimal.ZERO, null)).isNull();
        assertThat(scoring.checkAdjustment(new BigDecimal("3"), "多次走访困难群众，档案漏记")).isNull();
        assertThat(scoring.checkAdjustment(new BigDecimal("3"), " ")).isEqualTo("调整分值时须写明理由");
        assertThat(scoring.checkAdjustment(new BigDecimal("-10.5"), "理由")).isEqualTo("调整分值应在 -10 至 10 分之间");
    }

    @Test
    void phoneHashesMatchForTheSameNumberAndSaltOnly() {
        String a = PublicReviewService.phoneHash("salt-1", "13800138000");
        assertThat(a).hasSize(64).doesNotContain("13800138000");
        assertThat(PublicReviewService.phoneHash("salt-1", "13800138000")).isEqualTo(a);
        assertThat(PublicReviewService.phoneHash("salt-2", "13800138000")).isNotEqualTo(a);
        assertThat(PublicReviewService.phoneHash("salt-1", "13800138001")).isNotEqualTo(a);
    }
}
