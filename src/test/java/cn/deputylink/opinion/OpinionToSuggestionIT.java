package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The seam between the two citizen-facing workflows, with both real: station staff turn an
 * opinion into a deputy suggestion, the suggestion workflow starts in the liaison office's
 * admission, and the citizen's tracking page shows "转为代表建议" with the suggestion's progress.
 */
class OpinionToSuggestionIT extends OpinionItSupport {

    @Test
    void anOpinionTriagedAsSuggestionStartsTheSuggestionWorkflowAndTheCitizenFollowsIt() {
        String code = submit(opinion("stationCode", "ty-xl", "category", "EDUCATION",
                "content", "杏林村小学缺少校车，孩子们每天要步行五公里上学，建议由县里统筹开通农村校车线路。",
                "name", "李四", "phone", "13912345678"));
        complete("staff-ty-xl", code, OpinionProcess.TRIAGE, "merge", false, "category", "EDUCATION",
                "route", "SUGGESTION", "deputyCode", "D010");
        executeDueJobs();

        String suggestionKey = jdbc.queryForObject("SELECT suggestion_key FROM opinion WHERE tracking_code = ?",
                String.class, code);
        assertThat(suggestionKey).matches("JY-\\d{4}-\\d{4}");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .singleResult().getEndTime()).as("the opinion is closed as handed over").isNotNull();

        // the suggestion waits for the office's admission and belongs to the deputy, without the citizen's data
        JsonNode admission = get("office", "/engine-rest/task?processInstanceBusinessKey=" + suggestionKey).getBody();
        assertThat(admission).hasSize(1);
        assertThat(admission.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewAdmission");
        JsonNode suggestion = get("d010", "/api/suggestions/" + suggestionKey).getBody();
        assertThat(suggestion.toString()).contains("校车").doesNotContain("李四", "13912345678");

        JsonNode tracking = track(code, null);
        assertThat(tracking.path("suggestion").path("label").asText()).isEqualTo("转为代表建议");
        assertThat(tracking.path("suggestion").path("suggestionKey").asText()).isEqualTo(suggestionKey);
        assertThat(tracking.path("suggestion").path("progress").path("closed").asBoolean()).isFalse();
        assertThat(tracking.path("suggestion").path("progress").path("statusLabel").asText()).isNotBlank();

        // one suggestion per opinion, pointing back at it
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suggestion WHERE business_key = ?", Integer.class,
                suggestionKey)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT opinion_tracking_code FROM suggestion WHERE business_key = ?",
                String.class, suggestionKey)).as("the suggestion links back to the opinion").isEqualTo(code);
    }
}
