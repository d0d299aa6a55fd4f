package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The closed loop through HTTP only: a citizen submits on the public API, station staff triage and
 * the department replies through Camunda's REST API as the demo users, the citizen rates the
 * reply unsatisfied, the department handles it again, the citizen is satisfied, the case is
 * archived. (Jobs run as the job executor would; tests have it switched off.)
 */
class OpinionEndToEndIT extends OpinionItSupport {

    @Test
    void submitTriageReplyUnsatisfiedRehandleSatisfiedArchived() {
        String code = submit(opinion("stationCode", "ty-xl", "category", "TRAFFIC",
                "content", "杏林村到镇上的公路有多处坑洼，雨天积水，电动车经常摔倒，请尽快修补。",
                "name", "张三丰", "phone", "13812345678"));
        assertThat(code).matches("YJ-\\d{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
        assertThat(accessCode(code)).matches("\\d{6}");
        JsonNode received = track(code, null);
        assertThat(received.path("status").asText()).isEqualTo("TRIAGE");
        assertThat(received.toString()).doesNotContain("张三丰", "13812345678");

        // triage in Tasklist as staff-ty-xl: the deployed Camunda Form and the routing proposal
        JsonNode triage = taskOf("staff-ty-xl", code, OpinionProcess.TRIAGE);
        assertThat(triage.path("name").asText()).isEqualTo("梳理研判");
        ResponseEntity<JsonNode> form = get("staff-ty-xl", "/engine-rest/task/" + triage.path("id").asText()
                + "/deployed-form");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody().path("id").asText()).isEqualTo("form-opinion-triage");
        assertThat(form.getBody().path("schemaVersion").asInt()).isLessThanOrEqualTo(16);
        JsonNode variables = get("staff-ty-xl", "/engine-rest/task/" + triage.path("id").asText()
                + "/form-variables").getBody();
        assertThat(variables.path("proposedDepartmentCode").path("value").asText()).isEqualTo("jtj");
        assertThat(variables.path("departmentCode").path("value").asText()).isEqualTo("jtj");
        assertThat(variables.path("caseSummary").path("value").asText()).contains("公路").doesNotContain("张三丰", "13812345678");
        assertThat(variables.toString()).doesNotContain("13812345678");
        assertThat(get("jtj01", "/engine-rest/task?processInstanceBusinessKey=" + code).getBody()).isEmpty();
        complete("staff-ty-xl", code, OpinionProcess.TRIAGE, "merge", false, "category", "TRAFFIC",
                "route", "LOCAL", "departmentCode", "jtj");

        // the department replies; a reply without text is refused and the task stays open
        JsonNode handle = taskOf("jtj01", code, OpinionProcess.HANDLE);
        assertThat(handle.path("due").isNull()).isFalse();
        ResponseEntity<JsonNode> empty = completeTask("jtj01", handle.path("id").asText(), "reassign", false);
        assertThat(empty.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(empty.getBody().path("message").asText()).contains("答复内容");
        complete("jtj01", code, OpinionProcess.HANDLE, "reassign", false, "reply", "已安排养护队于本周内修补坑洼路段。");
        executeDueJobs();

        JsonNode replied = track(code, accessCode(code));
        assertThat(replied.path("status").asText()).isEqualTo("WAITING_FEEDBACK");
        assertThat(replied.path("awaitingFeedback").asBoolean()).isTrue();
        assertThat(replied.path("reply").asText()).contains("修补");
        assertThat(track(code, null).path("reply").isNull()).isTrue();
        assertThat(trackingPage(code, wrong(accessCode(code))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(rate(code, "UNSATISFIED").getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode again = taskOf("jtj01", code, OpinionProcess.HANDLE);
        assertThat(again.path("id").asText()).isNotEqualTo(handle.path("id").asText());
        assertThat(track(code, null).path("status").asText()).isEqualTo("HANDLING");
        complete("jtj01", code, OpinionProcess.HANDLE, "reassign", false, "reply", "坑洼路段已全部修补并加设排水沟。");
        executeDueJobs();

        assertThat(rate(code, "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.OK);
        executeDueJobs();

        JsonNode archived = track(code, accessCode(code));
        assertThat(archived.path("status").asText()).isEqualTo("CLOSED");
        assertThat(archived.path("outcome").asText()).isEqualTo("SATISFIED");
        assertThat(archived.path("reply").asText()).contains("排水沟");
        List<String> steps = new ArrayList<>();
        archived.path("timeline").forEach(e -> steps.add(e.path("type").asText()));
        assertThat(steps).containsSubsequence("RECEIVED", "TRIAGED", "ASSIGNED", "REPLIED", "FEEDBACK", "REHANDLING",
                "REPLIED", "FEEDBACK", "ARCHIVED");
        assertThat(archived.toString()).doesNotContain("张三丰", "13812345678", "staff-ty-xl", "jtj01");

        JsonNode history = get("demo", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + code)
                .getBody();
        assertThat(history.get(0).path("state").asText()).isEqualTo("COMPLETED");
        assertThat(rate(code, "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        JsonNode file = get("staff-ty-xl", "/api/opinions/" + code).getBody();
        assertThat(file.path("summary").path("citizenPhone").asText()).isEqualTo("13812345678");
        assertThat(file.path("assignments")).hasSize(2);
        assertThat(file.path("feedback")).hasSize(2);
    }

    static String wrong(String accessCode) {
        return accessCode.equals("000000") ? "000001" : "000000";
    }
}
