package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Personal data in opinions (issue 10, findings 7): a department never sees a number a citizen
 * typed, nor other departments' cases among the similar ones; opening a citizen's contact data
 * leaves an audit record; closed cases lose their personal data after the retention period.
 */
class OpinionPrivacyIT extends OpinionItSupport {

    /** As typed by citizens: separators, full-width digits, +86, area code in brackets, an ID number. */
    private static final String TYPED = "我的电话138-0011-2233，家里１３９００１１２２３３，单位+86 137 0011 2233，"
            + "座机（0871）6512 3456，身份证11010119900307123X。";
    private static final List<String> NUMBERS = List.of("13800112233", "13900112233", "13700112233", "65123456",
            "11010119900307123X");

    @Autowired
    private OpinionAnonymisation anonymisation;

    @Test
    void aDepartmentNeverSeesANumberTypedIntoTheOpinionInAnyViewItCanReach() {
        String code = submit(opinion("stationCode", "cg-dm", "content", "东门路公交站台破损严重，" + TYPED,
                "name", "张三", "phone", "13611112222"));
        // the station sees the case as the citizen wrote it: the numbers really are in the data
        assertThat(digits(get("staff-cg-dm", "/api/opinions/" + code).getBody().path("content").asText()))
                .contains(NUMBERS);
        complete("staff-cg-dm", code, OpinionProcess.TRIAGE, "merge", false, "category", "TRAFFIC", "route", "LOCAL",
                "departmentCode", "jtj");

        List<String> seen = new ArrayList<>();
        seen.add(body(get("jtj01", "/api/opinions?q=" + code)));
        seen.add(body(get("jtj01", "/api/opinions/" + code)));
        seen.add(body(get("jtj01", "/api/opinions/" + code + "/duplicates")));
        JsonNode task = taskOf("jtj01", code, OpinionProcess.HANDLE);
        String taskId = task.path("id").asText();
        seen.add(body(get("jtj01", "/engine-rest/task/" + taskId + "/form-variables")));
        seen.add(body(get("jtj01", "/engine-rest/task/" + taskId + "/variables")));
        seen.add(body(get("jtj01", "/engine-rest/process-instance/" + task.path("processInstanceId").asText()
                + "/variables")));
        seen.add(body(get("jtj01", "/engine-rest/history/variable-instance?processInstanceId="
                + task.path("processInstanceId").asText())));
        assertThat(seen.get(1)).as("the department reads the case").contains("东门路公交站台破损严重");
        assertThat(seen.get(3)).as("the form shows the case summary").contains("东门路公交站台破损严重");
        for (String view : seen) {
            assertThat(digits(view)).as(view).doesNotContain(NUMBERS).doesNotContain("13611112222");
        }
        assertThat(get("jtj01", "/api/opinions/" + code).getBody().path("summary").path("citizenName").asText())
                .isEqualTo("张*");
    }

    @Test
    void similarCasesShowADepartmentOnlyItsOwn() {
        String text = "东门路与西街路口的红绿灯坏了好几天，早晚高峰车辆拥堵严重，请尽快修复信号灯。";
        String ours = submit(opinion("stationCode", "cg-dm", "content", text));
        String theirs = submit(opinion("stationCode", "cg-dm", "content", text + "谢谢"));
        complete("staff-cg-dm", ours, OpinionProcess.TRIAGE, "merge", false, "category", "TRAFFIC", "route", "LOCAL",
                "departmentCode", "jtj");
        complete("staff-cg-dm", theirs, OpinionProcess.TRIAGE, "merge", false, "category", "TRAFFIC", "route", "LOCAL",
                "departmentCode", "zjj");

        assertThat(codes(get("staff-cg-dm", "/api/opinions/" + ours + "/duplicates"))).as("the station sees both")
                .contains(theirs);
        assertThat(codes(get("zjj01", "/api/opinions/" + theirs + "/duplicates"))).doesNotContain(ours);
        ResponseEntity<JsonNode> forJtj = get("jtj01", "/api/opinions/" + ours + "/duplicates");
        assertThat(forJtj.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(codes(forJtj)).doesNotContain(theirs);
        assertThat(body(forJtj)).doesNotContain("谢谢");
    }

    @Test
    void openingACitizensContactDataIsAuditedAndTheOfficeListsIt() {
        String code = submit(opinion("stationCode", "cg-dm", "content", "西街菜市场门口占道经营，行人通行困难。",
                "name", "李四", "phone", "13622223333"));
        assertThat(audits(code)).isZero();

        JsonNode file = get("staff-cg-dm", "/api/opinions/" + code).getBody();
        assertThat(file.path("summary").path("citizenPhone").asText()).isEqualTo("13622223333");
        assertThat(audits(code)).isEqualTo(1);
        get("staff-cg-dm", "/api/opinions?q=" + code);
        assertThat(audits(code)).as("the list masks, so it opens nothing").isEqualTo(1);

        complete("staff-cg-dm", code, OpinionProcess.TRIAGE, "merge", false, "category", "URBAN_MANAGEMENT",
                "route", "LOCAL", "departmentCode", "cgj");
        get("cgj01", "/api/opinions/" + code);
        assertThat(audits(code)).as("a department sees masked data only").isEqualTo(1);
        get("office", "/api/opinions/" + code);
        assertThat(audits(code)).isEqualTo(2);
        complete("cgj01", code, OpinionProcess.HANDLE, "reassign", false, "reply", "已安排城管中队整治。");
        executeDueJobs();

        JsonNode log = get("office", "/api/privacy/contact-access?caseRef=" + code).getBody();
        assertThat(log.path("total").asLong()).isEqualTo(3);
        JsonNode latest = log.path("items").get(0);
        assertThat(latest.path("userId").asText()).as("the SMS telling the citizen of the reply").isEqualTo("system");
        assertThat(latest.path("fields").asText()).isEqualTo("phone");
        assertThat(latest.path("purpose").asText()).isEqualTo("短信告知群众");
        JsonNode first = log.path("items").get(2);
        assertThat(first.path("userId").asText()).isEqualTo("staff-cg-dm");
        assertThat(first.path("fields").asText()).isEqualTo("name,phone");
        assertThat(first.path("endpoint").asText()).isEqualTo("GET /api/opinions/{code}");
        assertThat(first.toString()).doesNotContain("13622223333", "李四");

        JsonNode byUser = get("office", "/api/privacy/contact-access?caseRef=" + code + "&userId=office").getBody();
        assertThat(byUser.path("total").asLong()).isEqualTo(1);
        JsonNode forAdmin = get("demo", "/api/privacy/contact-access?userId=staff-cg-dm&size=1").getBody();
        assertThat(forAdmin.path("items").get(0).path("userId").asText()).isEqualTo("staff-cg-dm");
        assertThat(get("cgj01", "/api/privacy/contact-access?caseRef=" + code).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("staff-cg-dm", "/api/privacy/contact-access").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void closedCasesLoseTheirPersonalDataAfterTheRetentionPeriodOnceInBatches() {
        String old = closedOnTheSpot("王五", "13633334444", "小区路灯坏了，电话138-0011-2233", "已联系物业，可回电 139 0011 2233");
        String recent = closedOnTheSpot("赵六", "13644445555", "楼道灯坏了", "已联系物业");
        // closed three years and a day ago (P3Y, config/privacy.yml)
        Instant longAgo = Instant.now().atZone(ZoneId.of("Asia/Shanghai")).minusYears(3).minusDays(1).toInstant();
        jdbc.update("UPDATE opinion SET closed_at = ? WHERE tracking_code = ?", Timestamp.from(longAgo), old);
        String processId = jdbc.queryForObject("SELECT process_instance_id FROM opinion WHERE tracking_code = ?",
                String.class, old);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processId).count()).isPositive();

        ResponseEntity<JsonNode> run = post("office", "/api/privacy/anonymisation-runs", null);
        assertThat(run.getStatusCode()).as(String.valueOf(run.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(run.getBody().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.getBody().path("trigger").asText()).isEqualTo("MANUAL");
        assertThat(run.getBody().path("triggeredBy").asText()).isEqualTo("office");
        assertThat(run.getBody().path("retention").asText()).isEqualTo("P3Y");
        assertThat(run.getBody().path("opinions").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(run.getBody().path("batches").asInt()).isGreaterThanOrEqualTo(1);

        var gone = jdbc.queryForMap("SELECT citizen_name, citizen_phone, content, reply, anonymised_at FROM opinion "
                + "WHERE tracking_code = ?", old);
        assertThat(gone.get("citizen_name")).isNull();
        assertThat(gone.get("citizen_phone")).isNull();
        assertThat(digits((String) gone.get("content"))).doesNotContain("13800112233").contains("小区路灯坏了");
        assertThat(digits((String) gone.get("reply"))).doesNotContain("13900112233");
        assertThat(gone.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opinion_event e JOIN opinion o ON o.id = e.opinion_id "
                + "WHERE o.tracking_code = ? AND e.internal_note IS NOT NULL", Long.class, old)).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processId).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT citizen_name FROM opinion WHERE tracking_code = ?", String.class, recent))
                .as("closed recently: kept").isEqualTo("赵六");
        assertThat(get("staff-lh", "/api/opinions/" + old).getBody().path("summary").path("status").asText())
                .as("the case itself stays for the statistics").isEqualTo("CLOSED");

        // idempotent: the next run (here the scheduled one) finds nothing more to do for this case
        Object stamp = gone.get("anonymised_at");
        long runsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM anonymisation_run", Long.class);
        anonymisation.scheduled();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM anonymisation_run", Long.class)).isEqualTo(runsBefore + 1);
        JsonNode reports = get("office", "/api/privacy/anonymisation-runs").getBody();
        JsonNode second = reports.path("items").get(0);
        assertThat(second.path("trigger").asText()).isEqualTo("SCHEDULED");
        assertThat(second.path("opinions").asInt()).isZero();
        assertThat(reports.path("items").get(1).path("id").asLong()).isEqualTo(run.getBody().path("id").asLong());
        assertThat(jdbc.queryForObject("SELECT anonymised_at FROM opinion WHERE tracking_code = ?", Object.class, old))
                .isEqualTo(stamp);

        assertThat(post("staff-lh", "/api/privacy/anonymisation-runs", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("cgj01", "/api/privacy/anonymisation-runs").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String closedOnTheSpot(String name, String phone, String content, String reply) {
        ResponseEntity<JsonNode> created = post("staff-lh", "/api/opinions", opinion("stationCode", "lh",
                "content", content, "name", name, "phone", phone));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String code = created.getBody().path("trackingCode").asText();
        complete("staff-lh", code, OpinionProcess.TRIAGE, "merge", false, "category", "OTHER", "route", "ON_SITE",
                "reply", reply, "triageNote", "群众" + name + "现场反映");
        executeDueJobs();
        assertThat(jdbc.queryForObject("SELECT status FROM opinion WHERE tracking_code = ?", String.class, code))
                .isEqualTo("CLOSED");
        return code;
    }

    private long audits(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contact_access_log WHERE case_ref = ?", Long.class, code);
    }

    private static List<String> codes(ResponseEntity<JsonNode> answer) {
        List<String> codes = new ArrayList<>();
        answer.getBody().forEach(c -> codes.add(c.path("trackingCode").asText()));
        return codes;
    }

    private static String body(ResponseEntity<JsonNode> answer) {
        return String.valueOf(answer.getBody());
    }

    /** The text with full-width digits made ASCII and separators between digits removed. */
    private static String digits(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            char a = c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
            if (a != ' ' && a != '-' && a != '(' && a != ')' && a != '（' && a != '）' && a != '+' && a != '\u3000') {
                sb.append(a);
            }
        }
        return sb.toString();
    }
}
