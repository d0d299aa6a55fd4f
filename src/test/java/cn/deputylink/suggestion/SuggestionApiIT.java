package cn.deputylink.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.shared.handover.LinkedCaseProgress;
import cn.deputylink.shared.handover.OpinionHandoverRequest;
import cn.deputylink.shared.handover.SuggestionHandover;
import cn.deputylink.shared.ids.BusinessKeys;
import cn.deputylink.shared.web.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Our API's answers to good and bad input, the opinion hand-over, and the figures over a seeded year. */
class SuggestionApiIT extends SuggestionITSupport {

    @Autowired
    SuggestionHandover handover;
    @Autowired
    DeputyRepository deputies;
    @Autowired
    BusinessKeys businessKeys;

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        return response.getBody().path("fieldErrors").findValuesAsText("field");
    }

    private static Map<String, Object> body(String title, String content, Object raisedDuring, List<String> co) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("content", content);
        b.put("raisedDuring", raisedDuring);
        b.put("coSignerCodes", co);
        return b;
    }

    @Test
    void submittingRefusesBadInputNamingTheFieldAndWritesNothing() {
        long before = suggestions.count();
        ResponseEntity<JsonNode> empty = post("d023", "/api/suggestions", body(" ", "", null, null));
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(empty)).contains("title", "content", "raisedDuring");
        assertThat(empty.getBody().path("message").asText()).contains("建议标题不能为空");

        ResponseEntity<JsonNode> badEnum = post("d023", "/api/suggestions", body("标题", "内容", "WINTER", null));
        assertThat(badEnum.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(badEnum)).containsExactly("raisedDuring");

        ResponseEntity<JsonNode> tooLong = post("d023", "/api/suggestions", body("长".repeat(201), "内容", "SESSION", null));
        assertThat(fields(tooLong)).containsExactly("title");

        ResponseEntity<JsonNode> unknown = post("d023", "/api/suggestions", body("标题", "内容", "SESSION",
                List.of("D999")));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().path("message").asText()).contains("联名代表不存在");
        ResponseEntity<JsonNode> self = post("d023", "/api/suggestions", body("标题", "内容", "SESSION",
                List.of("D023")));
        assertThat(self.getBody().path("message").asText()).contains("领衔代表不必再列为联名代表");
        ResponseEntity<JsonNode> twice = post("d023", "/api/suggestions", body("标题", "内容", "SESSION",
                List.of("D024", "d024")));
        assertThat(fields(twice)).containsExactly("coSignerCodes");
        ResponseEntity<JsonNode> malformed = post("d023", "/api/suggestions", body("标题", "内容", "SESSION",
                List.of("D0 24")));
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(post("jtj01", "/api/suggestions", body("标题", "内容", "SESSION", null)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(null, "/api/suggestions", body("标题", "内容", "SESSION", null)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(suggestions.count()).isEqualTo(before);
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyCreatesOneSuggestion() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", unique("idem-suggestion-"));
        Map<String, Object> b = body("关于公交站台遮阳棚的建议", "建议为公交站台加装遮阳棚。", "RECESS", List.of());
        ResponseEntity<JsonNode> first = exchange("d024", HttpMethod.POST, "/api/suggestions", b, headers);
        ResponseEntity<JsonNode> again = exchange("d024", HttpMethod.POST, "/api/suggestions", b, headers);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody().path("businessKey").asText()).isEqualTo(first.getBody().path("businessKey").asText());
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(first.getBody().path("businessKey").asText()).count()).isEqualTo(1);
    }

    @Test
    void readingEndpointsRefuseBadParameters() {
        assertThat(fields(get("office", "/api/suggestions/not-a-key"))).containsExactly("key");
        assertThat(get("office", "/api/suggestions/JY-2026-99999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(fields(get("office", "/api/suggestions?year=1800"))).containsExactly("year");
        assertThat(fields(get("office", "/api/suggestions?status=LOST"))).containsExactly("status");
        assertThat(fields(get("office", "/api/suggestions?size=0"))).containsExactly("size");
        assertThat(fields(get("office", "/api/suggestions?page=-1"))).containsExactly("page");
        assertThat(fields(get("office", "/api/suggestions/stats?year=abc"))).containsExactly("year");
        assertThat(fields(get("office", "/api/suggestions/stats?year=3000"))).containsExactly("year");
        assertThat(fields(get("office", "/api/suggestions/stats?department=JTJ!"))).containsExactly("department");
        assertThat(fields(get("office", "/api/suggestions/stats.xlsx?year=1"))).containsExactly("year");
        assertThat(get("d010", "/api/suggestions/stats").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("jtj01", "/api/suggestions/stats?department=zjj").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("jtj01", "/api/suggestions/stats").getBody().path("department").asText()).isEqualTo("jtj");
    }

    @Test
    void extensionRequestsRefuseBadInput() {
        moveClockTo(at(2026, 3, 2, 9));
        String key = submitAs("d025", "关于镇区停车场规划的建议", List.of());
        String path = "/api/suggestions/" + key + "/extension-requests";
        assertThat(post("jtj01", path, Map.of("reason", "需要时间")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        admit(key, "jtj", List.of(), false);

        assertThat(fields(post("jtj01", path, Map.of()))).containsExactly("reason");
        assertThat(fields(post("jtj01", path, Map.of("reason", "理".repeat(501))))).containsExactly("reason");
        assertThat(fields(post("jtj01", path, Map.of("reason", "需要时间", "requestedDueDate", "31/08/2026"))))
                .containsExactly("requestedDueDate");
        ResponseEntity<JsonNode> early = post("jtj01", path, Map.of("reason", "需要时间", "requestedDueDate", "2026-05-01"));
        assertThat(fields(early)).containsExactly("requestedDueDate");
        assertThat(early.getBody().path("message").asText()).contains("应晚于现办复期限");
        ResponseEntity<JsonNode> late = post("jtj01", path, Map.of("reason", "需要时间", "requestedDueDate", "2026-09-03"));
        assertThat(late.getBody().path("message").asText()).contains("2026-09-02");
        assertThat(fields(post("jtj01", "/api/suggestions/bad/extension-requests", Map.of("reason", "x"))))
                .containsExactly("key");
        assertThat(load(key).getExtensions()).isEmpty();

        // not in handling any more: a state conflict
        consultByPhone("jtj01", key);
        submitFormOk("jtj01", openTask(key, SuggestionProcess.TASK_REPLY), Map.of("resultClass", "A", "replyText", "已办"));
        assertThat(post("jtj01", path, Map.of("reason", "需要时间")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    // ------------------------------------------------------------------ hand-over from opinions

    @Test
    void anOpinionIsHandedOverOnceAndItsCitizenSeesTheProgress() {
        long opinionId = System.nanoTime();
        OpinionHandoverRequest request = new OpinionHandoverRequest(opinionId, "YJ-2026-000777", "D010",
                "关于杏林村道路照明的建议", "村民反映杏林村主干道缺少路灯，夜间出行不便。", "交通", "staff-ty-xl");
        String key = transaction.execute(st -> handover.handOver(request));
        assertThat(key).matches("JY-\\d{4}-\\d{4}");
        String again = transaction.execute(st -> handover.handOver(request));
        assertThat(again).isEqualTo(key);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suggestion WHERE opinion_id = ?", Integer.class, opinionId))
                .isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isEqualTo(1);
        Suggestion s = load(key);
        assertThat(s.getOpinionTrackingCode()).isEqualTo("YJ-2026-000777");
        assertThat(s.getLeadDeputy().getCode()).isEqualTo("D010");
        assertThat(openTask(key, SuggestionProcess.TASK_REVIEW_ADMISSION)).isNotNull();

        LinkedCaseProgress progress = handover.progress(key).orElseThrow();
        assertThat(progress.businessKey()).isEqualTo(key);
        assertThat(progress.status()).isEqualTo("UNDER_REVIEW");
        assertThat(progress.statusLabel()).isEqualTo("审核中");
        assertThat(progress.closed()).isFalse();
        assertThat(handover.progress("JY-2026-99999")).isEmpty();

        // the hand-over runs in the caller's transaction: rolled back, nothing stays
        long other = opinionId + 1;
        transaction.execute(st -> {
            handover.handOver(new OpinionHandoverRequest(other, "YJ-2026-000778", "D011", "标题", "内容", null, "staff"));
            st.setRollbackOnly();
            return null;
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suggestion WHERE opinion_id = ?", Integer.class, other))
                .isZero();
        assertThatThrownBy(() -> transaction.execute(st -> handover.handOver(new OpinionHandoverRequest(other + 1,
                "YJ-2026-000779", "D999", "标题", "内容", null, "staff"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("代表不存在");
    }

    // ------------------------------------------------------------------ figures

    /**
     * 2031, counted by hand. jtj: s1 A on time consulted satisfied; s2 B resolved on time consulted
     * basically satisfied; s3 C late waived, unsatisfied then satisfied; s4 unreplied past due.
     * zjj: s5 B unresolved on time consulted unsatisfied; s6 D on time consulted not rated;
     * s7 unreplied, not yet due. Plus one converted to a letter and one awaiting admission.
     */
    @Test
    void theFiguresOfASeededYearMatchTheHandCount() throws Exception {
        seedYear2031();
        moveClockTo(at(2031, 12, 1, 9));

        JsonNode report = get("office", "/api/suggestions/stats?year=2031").getBody();
        assertThat(report.path("submitted").asLong()).isEqualTo(9);
        assertThat(report.path("awaitingAdmission").asLong()).isEqualTo(1);
        assertThat(report.path("convertedToLetter").asLong()).isEqualTo(1);

        JsonNode all = report.path("overall");
        assertThat(all.path("assigned").asLong()).isEqualTo(7);
        assertThat(all.path("replied").asLong()).isEqualTo(5);
        assertRate(all.path("onTimeReplyRate"), 4, 6, "66.7%");
        assertRate(all.path("consultationRate"), 4, 5, "80.0%");
        assertRate(all.path("resolutionRate"), 2, 5, "40.0%");
        assertRate(all.path("satisfactionRate"), 3, 4, "75.0%");

        JsonNode jtj = row(report, "jtj");
        assertThat(jtj.path("departmentName").asText()).isEqualTo("青山县交通运输局");
        assertThat(jtj.path("assigned").asLong()).isEqualTo(4);
        assertThat(jtj.path("overdue").asLong()).isEqualTo(2);
        assertRate(jtj.path("onTimeReplyRate"), 2, 4, "50.0%");
        assertRate(jtj.path("consultationRate"), 2, 3, "66.7%");
        assertRate(jtj.path("resolutionRate"), 2, 3, "66.7%");
        assertRate(jtj.path("satisfactionRate"), 3, 3, "100.0%");

        JsonNode zjj = row(report, "zjj");
        assertRate(zjj.path("onTimeReplyRate"), 2, 2, "100.0%");
        assertRate(zjj.path("consultationRate"), 2, 2, "100.0%");
        assertRate(zjj.path("resolutionRate"), 0, 2, "0.0%");
        assertRate(zjj.path("satisfactionRate"), 0, 1, "0.0%");
        assertThat(zjj.path("resultB").asLong()).isEqualTo(1);
        assertThat(zjj.path("resultD").asLong()).isEqualTo(1);

        JsonNode onlyZjj = get("office", "/api/suggestions/stats?year=2031&department=zjj").getBody();
        assertThat(onlyZjj.path("departments")).hasSize(1);
        assertRate(onlyZjj.path("overall").path("onTimeReplyRate"), 2, 2, "100.0%");
        assertThat(get("zjj01", "/api/suggestions/stats?year=2031").getBody().path("overall").path("assigned")
                .asLong()).isEqualTo(3);

        ResponseEntity<byte[]> file = download("supervisor", "/api/suggestions/stats.xlsx?year=2031");
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentType().toString()).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("2031年代表建议办理情况");
            Row head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("承办单位");
            assertThat(head.getCell(5).getStringCellValue()).isEqualTo("按期办复率（%）");
            assertThat(head.getCell(18).getStringCellValue()).isEqualTo("满意率（%）");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("青山县交通运输局");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(50.0);
            Row total = sheet.getRow(3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(total.getCell(18).getNumericCellValue()).isEqualTo(75.0);
        }
    }

    private static JsonNode row(JsonNode report, String code) {
        for (JsonNode r : report.path("departments")) {
            if (r.path("departmentCode").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    private static void assertRate(JsonNode rate, long numerator, long denominator, String percent) {
        assertThat(rate.path("numerator").asLong()).isEqualTo(numerator);
        assertThat(rate.path("denominator").asLong()).isEqualTo(denominator);
        assertThat(rate.path("percent").asText()).isEqualTo(percent);
    }

    private void seedYear2031() {
        transaction.executeWithoutResult(st -> {
            Deputy d = deputies.findByCode("D026").orElseThrow();
            Instant jan = at(2031, 1, 10, 9).toInstant();
            Instant dueApr = at(2031, 4, 10, 9).toInstant();
            List<Suggestion> all = new ArrayList<>();
            all.add(replied(d, "jtj", jan, dueApr, at(2031, 3, 1, 9).toInstant(), true, ResultClass.A, false,
                    Rating.SATISFIED, null));
            all.add(replied(d, "jtj", jan, dueApr, at(2031, 3, 1, 9).toInstant(), true, ResultClass.B, true,
                    Rating.BASICALLY_SATISFIED, null));
            Suggestion late = replied(d, "jtj", jan, dueApr, at(2031, 5, 1, 9).toInstant(), false, ResultClass.C, false,
                    Rating.UNSATISFIED, Rating.SATISFIED);
            late.setOverdue(true);
            all.add(late);
            Suggestion silent = seed(d, "jtj", jan, at(2031, 6, 1, 9).toInstant());
            silent.setOverdue(true);
            all.add(silent);
            all.add(replied(d, "zjj", jan, dueApr, at(2031, 3, 1, 9).toInstant(), true, ResultClass.B, false,
                    Rating.UNSATISFIED, null));
            all.add(replied(d, "zjj", jan, dueApr, at(2031, 3, 1, 9).toInstant(), true, ResultClass.D, false, null, null));
            all.add(seed(d, "zjj", jan, at(2032, 1, 31, 9).toInstant()));
            Suggestion letter = seed(d, null, jan, null);
            letter.setStatus(SuggestionStatus.CONVERTED_TO_LETTER);
            all.add(letter);
            all.add(seed(d, null, jan, null));
            suggestions.saveAll(all);
        });
    }

    private Suggestion seed(Deputy d, String lead, Instant submitted, Instant due) {
        Suggestion s = new Suggestion(businessKeys.next("JY", 2031, 4), "统计用建议", "内容", RaisedDuring.SESSION, d, 2031,
                submitted);
        if (lead != null) {
            s.setLeadDepartment(lead);
            s.setAssignedAt(submitted);
            s.setReplyDue(due);
            s.setStatus(SuggestionStatus.HANDLING);
        }
        return s;
    }

    private Suggestion replied(Deputy d, String lead, Instant submitted, Instant due, Instant repliedAt,
                               boolean consulted, ResultClass result, boolean resolved, Rating first, Rating second) {
        Suggestion s = seed(d, lead, submitted, due);
        if (consulted) {
            s.recordConsultation(ConsultationMethod.IN_PERSON, LocalDate.of(2031, 2, 1), "面商");
        } else {
            s.waiveConsultation();
        }
        s.recordReply(result, "答复", null, null);
        s.markReplied(repliedAt);
        s.setStatus(SuggestionStatus.REPLIED);
        if (first != null) {
            s.rate(first, null, repliedAt);
        }
        if (second != null) {
            s.markReplied(repliedAt);
            s.rate(second, null, repliedAt);
        }
        if (resolved) {
            s.markResolved(repliedAt);
        }
        return s;
    }

}
