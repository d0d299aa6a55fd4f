package cn.deputylink.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The demo city's 2026 campaign end to end through the API, Tasklist's engine REST and the public
 * pages: every demo deputy gets a duty report task; three deputies are followed to the archive —
 * one reports and is appraised online and at a meeting and gets a committee bonus, one faces an
 * upheld objection and a second committee round, one misses the report deadline.
 */
class ReviewFlowIT extends ReviewTestSupport {

    private static final String CAMPAIGN = "LZPY-2026-ALL";
    private static final String D010 = "LZ-2026-D010";
    private static final String D011 = "LZ-2026-D011";
    private static final String D012 = "LZ-2026-D012";
    private static final String REPORT = "2026年，本人出席县人代会，进站履职十次，接待选民四次，参加视察调研三次，走访联系户四户，"
            + "围绕茶叶收购价格、村道维修等问题向有关部门反映意见，均已得到答复。";

    @Test
    void theDemoOfficeRunsThe2026CampaignForTheDemoCity() throws IOException {
        ResponseEntity<JsonNode> started = post("office", "/api/reviews/campaigns", map("year", 2026));
        assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody().path("businessKey").asText()).isEqualTo(CAMPAIGN);
        assertThat(started.getBody().path("scopeLabel").asText()).isEqualTo("全体代表");
        assertThat(post("office", "/api/reviews/campaigns", map("year", 2026)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        long deputies = jdbc.queryForObject("SELECT COUNT(*) FROM deputy WHERE active = TRUE", Long.class);

        runReviewJobs();

        JsonNode campaign = get("office", "/api/reviews/campaigns/" + CAMPAIGN).getBody();
        assertThat(campaign.path("status").asText()).isEqualTo("RUNNING");
        assertThat(campaign.path("total").asLong()).isEqualTo(deputies);
        assertThat(campaign.path("created").asLong() + campaign.path("skipped").asLong()).isEqualTo(deputies);
        assertThat(campaign.path("byStatus").path("DUTY_REPORT").asLong()).isEqualTo(campaign.path("created").asLong());

        // every demo deputy finds the duty report in Tasklist, and only their own (other workflows'
        // tests, e.g. the vote's reading of the candidate list, may leave deputies other tasks)
        for (int i = 1; i <= 40; i++) {
            String user = String.format("d%03d", i);
            JsonNode tasks = rest.withBasicAuth(user, "demo").getForEntity(
                    "/engine-rest/task?processDefinitionKey=deputy-review&assignee=" + user, JsonNode.class).getBody();
            assertThat(tasks).as(user).hasSize(1);
            assertThat(tasks.get(0).path("name").asText()).isEqualTo("提交年度述职报告");
            assertThat(tasks.get(0).path("due").isNull()).isFalse();
        }
        assertThat(rest.withBasicAuth("d010", "demo").getForEntity("/engine-rest/task?assignee=d011", JsonNode.class)
                .getBody()).isEmpty();

        // D010's score comes from the demo ledger, with its breakdown
        JsonNode d010 = get("d010", "/api/reviews/" + D010).getBody();
        BigDecimal expected = expectedLedgerPoints("D010", 2026);
        assertThat(expected).as("the demo ledger alone gives D010 55 points; other workflows may add more")
                .isGreaterThanOrEqualTo(new BigDecimal("55"));
        assertThat(d010.path("ledgerPoints").decimalValue()).isEqualByComparingTo(expected);
        // the rest of the total: the duty report (10), the appraisal below (27.27) and the committee's bonus (2)
        String total = expected.add(new BigDecimal("39.27")).toPlainString();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : d010.path("scoreBreakdown")) {
            sum = sum.add(line.path("points").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(expected);
        assertThat(d010.path("scoreBreakdown").findValuesAsText("ruleKey")).contains("STATION_DUTY_DAY",
                "SESSION_ATTENDANCE").doesNotContain("HOUSEHOLD_VISIT_PENDING");
        assertThat(get("d011", "/api/reviews/" + D010).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // the duty report: D010 through the API, D011 through Tasklist's form
        assertThat(post("d010", "/api/reviews/" + D010 + "/duty-report", map("text", "太短")).getBody()
                .path("fieldErrors").findValuesAsText("field")).contains("text");
        assertThat(post("d011", "/api/reviews/" + D010 + "/duty-report", map("text", REPORT)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("d010", "/api/reviews/" + D010 + "/duty-report", map("text", REPORT)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        completeAs("d011", D011, "Task_SubmitDutyReport", Map.of("dutyReportText", REPORT + "（纸质报告录入）"));
        assertThat(post("d010", "/api/reviews/" + D010 + "/duty-report", map("text", REPORT)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        runJobsOf(D010, D011);

        JsonNode opened = get("d010", "/api/reviews/" + D010).getBody();
        assertThat(opened.path("status").asText()).isEqualTo("APPRAISAL");
        assertThat(opened.path("dutyReport").asText()).isEqualTo(REPORT);
        assertThat(opened.path("appraisal").path("stationCode").asText()).isEqualTo("ty");
        assertThat(get("d011", "/api/reviews/" + D011).getBody().path("dutyReport").asText()).endsWith("（纸质报告录入）");
        assertThat(runtimeService.getVariable(processId(D011), "dutyReportText")).isNull();

        // constituents rate D010 online through the per-deputy link, one rating per phone number
        String token = opened.path("appraisal").path("token").asText();
        JsonNode card = get(null, "/api/public/appraisals/" + token).getBody();
        assertThat(card.path("open").asBoolean()).isTrue();
        assertThat(card.path("dutyReport").asText()).isEqualTo(REPORT);
        assertThat(appraise(token, "13900001111", "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(appraise(token, "13900002222", "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(appraise(token, "13900003333", "BASICALLY_SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> twice = appraise(token, "+86 139 0000 1111", "UNSATISFIED");
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().path("message").asText()).contains("只能评议一次");
        assertThat(appraise(token, "12345", "SATISFIED").getBody().path("fieldErrors").findValuesAsText("field"))
                .contains("phone");
        assertThat(post(null, "/api/public/appraisals/" + token, map("phone", "13900004444")).getBody()
                .path("fieldErrors").findValuesAsText("field")).contains("rating");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_appraisal WHERE phone_hash LIKE '%13900001111%'",
                Integer.class)).isZero();
        String d012Token = get("office", "/api/reviews/" + D012).getBody().path("appraisal").path("token").asText();
        assertThat(appraise(d012Token, "13900005555", "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // the station staff enter the voters' meetings
        assertThat(post("staff-lh", "/api/reviews/" + D010 + "/meeting-tally", map("held", true)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> tooMany = post("staff-ty", "/api/reviews/" + D010 + "/meeting-tally", map("held", true,
                "date", "2026-11-20", "attendees", 10, "satisfied", 25, "basicallySatisfied", 4, "unsatisfied", 1));
        assertThat(tooMany.getBody().path("fieldErrors").findValuesAsText("field")).contains("attendees");
        assertThat(post("staff-ty", "/api/reviews/" + D010 + "/meeting-tally", map("held", true, "date", "2026-11-20",
                "attendees", 30, "satisfied", 25, "basicallySatisfied", 4, "unsatisfied", 1)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("staff-ty", "/api/reviews/" + D011 + "/meeting-tally", map("held", false)).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // D012 never reports: reminded, then recorded as missing, and the review goes on
        moveClockPast(deadlineOf(D012, "dutyReportDue"));
        runJobsOf(D012);
        JsonNode missing = get("office", "/api/reviews/" + D012).getBody();
        assertThat(missing.path("dutyReportMissing").asBoolean()).isTrue();
        assertThat(missing.path("dutyReportPoints").decimalValue()).isEqualByComparingTo("0");
        assertThat(missing.path("status").asText()).isEqualTo("APPRAISAL");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE dedupe_key IN (?, ?)", Integer.class,
                "review-duty-report-reminder:" + D012, "review-duty-report-missing:" + D012)).isEqualTo(2);

        moveClockPast(Collections.max(List.of(deadlineOf(D010, "appraisalUntil"), deadlineOf(D012, "appraisalUntil"))));
        assertThat(appraise(token, "13900006666", "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runJobsOf(D010, D011, D012);

        // online 2/1/0 and meeting 25/4/1 together: 30 × (27 + 0.6 × 5) / 33
        JsonNode appraised = get("office", "/api/reviews/" + D010).getBody();
        assertThat(appraised.path("status").asText()).isEqualTo("COMMITTEE");
        assertThat(appraised.path("appraisal").path("points").decimalValue()).isEqualByComparingTo("27.27");
        assertThat(appraised.path("appraisal").path("onlineSatisfied").asInt()).isEqualTo(2);
        assertThat(get("office", "/api/deputies/D010/ledger?year=2026").getBody().path("entries")
                .findValuesAsText("type")).contains("DUTY_REPORT");

        // the committee: a bonus needs a reason and stays within ±10; the other two in bulk
        assertThat(post("office", "/api/reviews/" + D010 + "/committee-review", map("adjustment", 3)).getBody()
                .path("fieldErrors").findValuesAsText("field")).contains("reason");
        assertThat(post("office", "/api/reviews/" + D010 + "/committee-review", map("adjustment", 12, "reason", "x"))
                .getBody().path("fieldErrors").findValuesAsText("field")).contains("adjustment");
        assertThat(post("staff-ty", "/api/reviews/" + D010 + "/committee-review", map("adjustment", 0)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode rated = post("office", "/api/reviews/" + D010 + "/committee-review",
                map("adjustment", 2, "reason", "牵头化解茶叶收购纠纷，档案未记")).getBody();
        assertThat(rated.path("totalScore").decimalValue()).isEqualByComparingTo(total);
        assertThat(rated.path("ratingLabel").asText()).isEqualTo("优秀");
        assertThat(rated.path("stars").asInt()).isEqualTo(5);
        assertThat(rated.path("status").asText()).isEqualTo("NOTICE");
        assertThat(rated.path("committeeReason").asText()).isEqualTo("牵头化解茶叶收购纠纷，档案未记");
        assertThat(rated.path("committeeBy").asText()).isEqualTo("office");
        assertThat(runtimeService.getVariable(processId(D010), "committeeReason")).isNull();
        JsonNode bulk = post("office", "/api/reviews/campaigns/" + CAMPAIGN + "/committee-approvals?limit=10", null)
                .getBody();
        assertThat(bulk.path("approved").asInt()).isEqualTo(2);
        assertThat(bulk.path("stillWaiting").asInt()).isZero();
        assertThat(get("office", "/api/reviews/" + D011).getBody().path("ratingLabel").asText()).isEqualTo("称职");
        assertThat(get("office", "/api/reviews/" + D012).getBody().path("stars").asInt()).isEqualTo(3);

        // the public notice, and objections to it
        JsonNode notice = get(null, "/api/public/review-notices?year=2026&size=200").getBody();
        assertThat(notice.path("items").findValuesAsText("businessKey")).contains(D010, D011, D012);
        assertThat(post(null, "/api/public/review-notices/" + D012 + "/objections", map("reason", "未按期述职",
                "phone", "123")).getBody().path("fieldErrors").findValuesAsText("field")).contains("phone");
        assertThat(post(null, "/api/public/review-notices/" + D011 + "/objections", map("reason",
                "该代表今年多次缺席接待选民日，评定偏高，可打 138-0013-8000 核实", "name", "王小明", "phone", "13800138000"))
                .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post(null, "/api/public/review-notices/" + D010 + "/objections", map("reason", "加分理由不清"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode objections = get("office", "/api/reviews/" + D011 + "/objections").getBody();
        assertThat(objections).hasSize(1);
        assertThat(objections.get(0).path("contactName").asText()).isEqualTo("王**");
        assertThat(objections.get(0).path("contactPhone").asText()).isEqualTo("138****8000");
        Task resolveTask = taskService.createTaskQuery().processInstanceBusinessKey(D011)
                .taskDefinitionKey("Task_ResolveObjection").singleResult();
        assertThat(taskService.getVariable(resolveTask.getId(), "objectionSummary")).asString()
                .contains("缺席接待选民日", "138****8000").doesNotContain("0013");
        assertThat(post("office", "/api/reviews/" + D011 + "/objections/" + objections.get(0).path("id").asLong()
                + "/resolution", map("outcome", "UPHELD", "resolution", "经核实，接待选民日缺席三次")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long d010Objection = get("office", "/api/reviews/" + D010 + "/objections").getBody().get(0).path("id").asLong();
        completeAs("office2", D010, "Task_ResolveObjection", Map.of("objectionOutcome", "REJECTED",
                "objectionResolution", "加分依据为站点工作记录，异议不成立"));
        assertThat(get("office", "/api/reviews/" + D010 + "/objections").getBody().get(0).path("status").asText())
                .isEqualTo("REJECTED");
        assertThat(post("office", "/api/reviews/" + D010 + "/objections/" + d010Objection + "/resolution",
                map("outcome", "UPHELD", "resolution", "重复处理")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        moveClockPast(Collections.max(List.of(deadlineOf(D010, "noticeUntil"), deadlineOf(D011, "noticeUntil"),
                deadlineOf(D012, "noticeUntil"))));
        assertThat(post(null, "/api/public/review-notices/" + D012 + "/objections", map("reason", "迟到的异议"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        runJobsOf(D010, D011, D012);

        // the upheld objection sends D011 back to the committee, and to a second notice
        JsonNode again = get("office", "/api/reviews/" + D011).getBody();
        assertThat(again.path("status").asText()).isEqualTo("COMMITTEE");
        assertThat(again.path("committeeRound").asInt()).isEqualTo(2);
        // a reason with a character outside the engine's 3-byte tables (𠮷) reaches the case file intact
        post("office", "/api/reviews/" + D011 + "/committee-review", map("adjustment", -3, "reason", "接待选民日缺席三次（𠮷村）"));
        assertThat(get("office", "/api/reviews/" + D011).getBody().path("committeeReason").asText())
                .isEqualTo("接待选民日缺席三次（𠮷村）");
        assertThat(get("office", "/api/reviews/" + D011 + "/objections").getBody().get(0).path("resolution").asText())
                .isEqualTo("经核实，接待选民日缺席三次");
        moveClockPast(deadlineOf(D011, "noticeUntil"));
        runJobsOf(D011);

        for (String key : List.of(D010, D011, D012)) {
            assertThat(get("office", "/api/reviews/" + key).getBody().path("status").asText()).as(key).isEqualTo("ARCHIVED");
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        }
        JsonNode d011 = get("office", "/api/reviews/" + D011).getBody();
        // 25 beyond the ledger: duty report, appraisal and the committee's −3; the ledger counted by hand
        assertThat(d011.path("ledgerPoints").decimalValue()).isEqualByComparingTo(expectedLedgerPoints("D011", 2026));
        assertThat(d011.path("totalScore").decimalValue())
                .isEqualByComparingTo(d011.path("ledgerPoints").decimalValue().add(new BigDecimal("25")));
        assertThat(d011.path("noticeRound").asInt()).isEqualTo(2);

        // the rating is archived to the ledger of 2026 and shows in its export
        JsonNode ledger = get("d010", "/api/deputies/D010/ledger?year=2026").getBody();
        List<String> notes = new ArrayList<>();
        for (JsonNode entry : ledger.path("entries")) {
            if ("ANNUAL_REVIEW".equals(entry.path("type").asText())) {
                notes.add(entry.path("note").asText());
            }
        }
        assertThat(notes).containsExactly("2026年度履职评价：优秀，★★★★★（5 星），总分 " + total + " 分");
        assertThat(get("d010", "/api/deputies/D010/reviews").getBody().get(0).path("ratingLabel").asText())
                .isEqualTo("优秀");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download("d010", "/api/deputies/D010/ledger/export?year=2026").getBody()))) {
            boolean found = false;
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(1) != null && "年度履职评价".equals(row.getCell(1).getStringCellValue())) {
                    found = row.getCell(5).getStringCellValue().contains("优秀");
                }
            }
            assertThat(found).isTrue();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download("office", "/api/reviews/campaigns/" + CAMPAIGN + "/export").getBody()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(14).getStringCellValue()).isEqualTo("等次");
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(40);
        }

        // the year cannot be closed while other deputies' reviews are open
        ResponseEntity<JsonNode> close = post("office", "/api/reviews/campaigns/" + CAMPAIGN + "/close", null);
        assertThat(close.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(close.getBody().path("message").asText()).contains("未归档");
        assertThat(get("office", "/api/reviews/campaigns/" + CAMPAIGN).getBody().path("byRating").path("优秀").asInt())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyTheOfficeStartsCampaignsForAPlausibleYear() {
        assertThat(post("d010", "/api/reviews/campaigns", map("year", 2020)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("supervisor", "/api/reviews/campaigns", map("year", 2020)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("office", "/api/reviews/campaigns", map("year", 2031)).getBody().path("fieldErrors")
                .findValuesAsText("field")).contains("year");
        assertThat(post("office", "/api/reviews/campaigns", map("level", "COUNTY")).getBody().path("fieldErrors")
                .findValuesAsText("field")).contains("year");
        assertThat(post("office", "/api/reviews/campaigns", map("year", 2020, "level", "CITYWIDE")).getBody()
                .path("fieldErrors").findValuesAsText("field")).contains("level");
        assertThat(post("office", "/api/reviews/campaigns", map("year", 2020, "batchSize", 5000)).getBody()
                .path("fieldErrors").findValuesAsText("field")).contains("batchSize");
        assertThat(get("d010", "/api/reviews/campaigns").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("supervisor", "/api/reviews/campaigns").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("office", "/api/reviews/campaigns/LZPY-1999-ALL").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(null, "/api/public/appraisals/no-such-token").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<JsonNode> appraise(String token, String phone, String rating) {
        return post(null, "/api/public/appraisals/" + token, map("phone", phone, "rating", rating, "remark", "经常来村里"));
    }

    /** Completes a task as Tasklist would for this user: with the form's variables and the user's groups. */
    private void completeAs(String user, String businessKey, String taskKey, Map<String, Object> variables) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList();
        identityService.setAuthentication(user, groups);
        try {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                    .singleResult();
            assertThat(task).as(taskKey + " of " + businessKey + " visible to " + user).isNotNull();
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String processId(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    /**
     * The ledger score counted by hand from the deputy's ledger totals and the configured rules:
     * each kind capped, gains capped overall, deductions after the cap, never below zero. Other
     * workflows' tests (a vote, an inspection) may have added entries to the demo deputy's year.
     */
    private BigDecimal expectedLedgerPoints(String deputy, int year) {
        ReviewProperties.Scoring rules = cn.deputylink.support.ConfigFixtures
                .bind("deputylink.review", ReviewProperties.class).getScoring();
        BigDecimal gains = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        for (JsonNode total : get("office", "/api/deputies/" + deputy + "/ledger?year=" + year).getBody()
                .path("totals")) {
            ReviewProperties.Rule rule = rules.getRules().get(cn.deputylink.ledger.ActivityType.valueOf(
                    total.path("type").asText()));
            if (rule == null || total.path("count").asLong() == 0) {
                continue;
            }
            BigDecimal points = rule.getPoints().multiply(BigDecimal.valueOf(total.path("count").asLong()));
            if (points.signum() < 0) {
                deductions = deductions.add(points);
            } else {
                gains = gains.add(rule.getCap() == null ? points : points.min(rule.getCap()));
            }
        }
        BigDecimal score = gains.min(rules.getLedgerCap()).add(deductions);
        return score.max(BigDecimal.ZERO);
    }
}
