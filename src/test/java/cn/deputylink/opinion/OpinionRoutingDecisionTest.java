package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing table proposes the demo city's departments by category and the triaging station's level. */
class OpinionRoutingDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = OpinionRoutingDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/opinion-routing.dmn")) {
            decision = dmn.parseDecision(OpinionProcess.DECISION_ID, in);
        }
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource(nullValues = "NONE", value = {
            "TRAFFIC,          CITY,     sjtj",
            "TRAFFIC,          COUNTY,   jtj",
            "TRAFFIC,          TOWNSHIP, jtj",
            "TRAFFIC,          VILLAGE,  jtj",
            "HOUSING,          CITY,     szjj",
            "HOUSING,          VILLAGE,  zjj",
            "ENVIRONMENT,      VILLAGE,  hbj",
            "EDUCATION,        CITY,     jyj",
            "HEALTH,           TOWNSHIP, wjj",
            "AGRICULTURE,      VILLAGE,  nyj",
            "CIVIL_AFFAIRS,    COUNTY,   mzj",
            "URBAN_MANAGEMENT, COUNTY,   cgj",
            "LEGAL,            COUNTY,   NONE",
            "OTHER,            VILLAGE,  NONE",
            "NONE,             VILLAGE,  NONE"})
    void proposesTheDepartment(String category, String level, String expected) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("category", category);
        vars.put("stationLevel", level);
        DmnDecisionResult result = dmn.evaluateDecision(decision, vars);
        String proposal = result.isEmpty() ? null : result.getSingleEntry();
        assertThat(proposal).isEqualTo(expected);
    }
}
