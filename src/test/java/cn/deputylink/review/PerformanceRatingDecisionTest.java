package cn.deputylink.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.ProcessUnitTest;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rating bands of processes/performance-rating.dmn, on and either side of every boundary. */
@Deployment(resources = "processes/performance-rating.dmn")
class PerformanceRatingDecisionTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessUnitTest.engine();

    @ParameterizedTest(name = "absences={0} unsatisfied={1} report={2} score={3} → {4} {5}★")
    @CsvSource({
            "0, 0.0,    true,  90.0,   EXCELLENT,           5",
            "0, 0.0,    true,  100.0,  EXCELLENT,           5",
            "0, 0.0,    true,  89.99,  COMPETENT,           4",
            "1, 0.0,    true,  95.0,   COMPETENT,           4",
            "0, 0.0,    false, 95.0,   COMPETENT,           3",
            "0, 0.0,    true,  75.0,   COMPETENT,           4",
            "0, 0.0,    true,  74.99,  COMPETENT,           3",
            "0, 0.0,    false, 60.0,   COMPETENT,           3",
            "0, 0.0,    false, 59.99,  BASICALLY_COMPETENT, 2",
            "0, 0.0,    true,  45.0,   BASICALLY_COMPETENT, 2",
            "0, 0.0,    true,  44.99,  INCOMPETENT,         1",
            "0, 0.0,    false, 0.0,    INCOMPETENT,         1",
            "2, 0.0,    true,  100.0,  INCOMPETENT,         1",
            "1, 0.0,    false, 61.0,   COMPETENT,           3",
            "0, 0.5,    true,  95.0,   EXCELLENT,           5",
            "0, 0.5001, true,  95.0,   INCOMPETENT,         1",
    })
    void rates(int absences, double unsatisfied, boolean report, double score, String rating, int stars) {
        Map<String, Object> entries = engine.getProcessEngine().getDecisionService()
                .evaluateDecisionTableByKey(DeputyReviewProcess.DECISION_ID, Variables.createVariables()
                        .putValue("unexcusedAbsences", absences)
                        .putValue("unsatisfiedShare", unsatisfied)
                        .putValue("dutyReportSubmitted", report)
                        .putValue("totalScore", score))
                .getSingleResult().getEntryMap();
        assertThat(entries.get("rating")).isEqualTo(rating);
        assertThat(entries.get("ratingLabel")).isEqualTo(PerformanceRating.valueOf(rating).label());
        assertThat(((Number) entries.get("stars")).intValue()).isEqualTo(stars);
    }
}
