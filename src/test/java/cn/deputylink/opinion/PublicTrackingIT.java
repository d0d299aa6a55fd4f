package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10, finding 5 and the parallel-feedback race of finding 9, against the real API and
 * database: each test fails on the old behaviour (sequential codes, the reply behind the phone's
 * last four digits without an attempt limit, rating with the code alone, 13 of 24 parallel
 * ratings answered 500).
 */
class PublicTrackingIT extends OpinionItSupport {

    private static final String RANDOM_CODE = "YJ-\\d{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}";

    @Test
    void trackingCodesCannotBeEnumeratedAndSecretsAreKeptAsHashesOnly() {
        Set<String> randomParts = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            ResponseEntity<JsonNode> created = submitWithKey(opinion("stationCode", "ty-xl", "content", "路灯不亮" + i),
                    null);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            JsonNode body = created.getBody();
            String code = body.path("trackingCode").asText();
            assertThat(code).matches(RANDOM_CODE);
            randomParts.add(code.substring(8));
            String accessCode = body.path("accessCode").asText();
            assertThat(accessCode).matches("\\d{6}");
            String link = body.path("privateLink").asText();
            assertThat(link).startsWith("http://localhost:8080/h5/o/" + code + "?k=");
            String token = link.substring(link.indexOf("?k=") + 3);
            assertThat(token).as("128 bits, URL-safe").matches("[A-Za-z0-9_-]{22}");

            Map<String, Object> row = jdbc.queryForMap(
                    "SELECT access_code_hash, link_token_hash FROM opinion WHERE tracking_code = ?", code);
            assertThat(row.get("access_code_hash")).isEqualTo(OpinionSecrets.sha256(code + ":" + accessCode));
            assertThat(row.get("link_token_hash")).isEqualTo(OpinionSecrets.sha256(token));
            assertThat(row.toString()).doesNotContain(accessCode, token);
        }
        assertThat(randomParts).hasSize(3);
    }

    @Test
    void theReplyAndTheRatingNeedTheSecretAndWrongSecretsAreLimitedPerCode() {
        String code = awaitingRating("13812340000");
        String secret = accessCode(code);

        // without a secret: status and timeline, no reply; the phone's last digits no longer open it
        JsonNode anonymous = track(code);
        assertThat(anonymous.path("status").asText()).isEqualTo("WAITING_FEEDBACK");
        assertThat(anonymous.path("reply").isNull()).isTrue();
        assertThat(anonymous.path("replyHidden").asBoolean()).isTrue();
        assertThat(anonymous.path("verified").asBoolean()).isFalse();
        // the page names the department that handles the case, as the citizen's tracking page should
        assertThat(anonymous.path("departmentName").asText()).contains("交通运输局");
        assertThat(anonymous.toString()).doesNotContain("已安排养护队");
        assertThat(get(null, "/api/public/opinions/" + code + "?phone=0000").getBody().path("reply").isNull()).isTrue();

        // the 查询码 opens it (the private link: below)
        assertThat(track(code, secret).path("reply").asText()).contains("已安排养护队");
        assertThat(track(code, secret).path("canRate").asBoolean()).isTrue();

        // rating with the code alone: refused, nothing recorded
        ResponseEntity<JsonNode> codeOnly = rateWith(code, null, "UNSATISFIED");
        assertThat(codeOnly.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(feedbackRows(code)).isZero();

        // guessing: 5 wrong 查询码 → 403 each, then 429 for this code, even with the right one
        for (int i = 0; i < 5; i++) {
            ResponseEntity<JsonNode> wrong = trackingPage(code, String.format("%06d", (Integer.parseInt(secret) + 1 + i)
                    % 1_000_000));
            assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(wrong.getBody().path("message").asText()).isEqualTo("查询码或专属链接不正确");
        }
        ResponseEntity<JsonNode> blocked = trackingPage(code, secret);
        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(blocked.getBody().path("message").asText()).contains("查询码错误次数过多");
        assertThat(blocked.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(rate(code, "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(feedbackRows(code)).isZero();
        assertThat(track(code).path("status").asText()).as("the code itself still shows the status")
                .isEqualTo("WAITING_FEEDBACK");
        // the citizen's private link still works: whoever knows the code cannot lock its citizen out
        String token = linkToken(code);
        ResponseEntity<JsonNode> byLink = exchange(null, HttpMethod.POST, "/api/public/opinions/" + code
                + "/feedback?k=" + token, opinion("rating", "SATISFIED"), null);
        assertThat(byLink.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(feedbackRows(code)).isOne();
    }

    @Test
    void thePrivateLinkOpensTheCaseAndStaffCanIssueNewSecrets() {
        ResponseEntity<JsonNode> created = submitWithKey(opinion("stationCode", "ty-xl", "content", "村口垃圾无人清运"),
                null);
        String code = remember(created.getBody());
        String link = created.getBody().path("privateLink").asText();
        String token = link.substring(link.indexOf("?k=") + 3);
        assertThat(get(null, "/api/public/opinions/" + code + "?k=" + token).getBody().path("verified").asBoolean())
                .isTrue();
        assertThat(get(null, "/api/public/opinions/" + code + "?k=" + token + "x").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(post("staff-cg-dm", "/api/opinions/" + code + "/access", Map.of()).getStatusCode())
                .as("another station's staff").isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> reissued = post("staff-ty-xl", "/api/opinions/" + code + "/access", Map.of());
        assertThat(reissued.getStatusCode()).isEqualTo(HttpStatus.OK);
        String fresh = reissued.getBody().path("accessCode").asText();
        assertThat(fresh).matches("\\d{6}");
        assertThat(get(null, "/api/public/opinions/" + code + "?k=" + token).getStatusCode())
                .as("the old link stops working").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(track(code, fresh).path("verified").asBoolean()).isTrue();
    }

    @Test
    void aRetriedSubmissionGetsTheSameCodeWithFreshSecrets() {
        Map<String, Object> body = opinion("stationCode", "ty-xl", "content", "学校门口缺少斑马线");
        String key = unique("retry-key-");
        JsonNode first = submitWithKey(body, key).getBody();
        JsonNode again = submitWithKey(body, key).getBody();
        String code = first.path("trackingCode").asText();
        assertThat(again.path("trackingCode").asText()).isEqualTo(code);
        assertThat(again.path("privateLink").asText()).isNotEqualTo(first.path("privateLink").asText());
        assertThat(trackingPage(code, again.path("accessCode").asText()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void staffRecordARatingTakenByPhoneThroughTheSameMessage() {
        String code = awaitingRating(null);
        Map<String, Object> phoneRating = Map.of("rating", "BASICALLY_SATISFIED", "comment", "电话回访");
        assertThat(post("jtj01", "/api/opinions/" + code + "/feedback", phoneRating).getStatusCode())
                .as("the department may not rate its own reply").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("staff-ty-xl", "/api/opinions/" + code + "/feedback", phoneRating).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Map<String, Object> row = jdbc.queryForMap("SELECT f.channel, f.recorded_by, f.rating FROM opinion_feedback f "
                + "JOIN opinion o ON o.id = f.opinion_id WHERE o.tracking_code = ?", code);
        assertThat(row).containsEntry("channel", "PHONE").containsEntry("recorded_by", "staff-ty-xl");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstance(code))
                .variableName("feedbackChannel").singleResult().getValue()).isEqualTo("PHONE");
        ResponseEntity<JsonNode> again = rate(code, "SATISFIED");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void ofTwentyFourParallelRatingsExactlyOneWinsAndTheOthersGet409() throws Exception {
        String code = awaitingRating(null);
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Access-Code", accessCode(code));
        int n = 24;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                String rating = i % 2 == 0 ? "SATISFIED" : "UNSATISFIED";
                answers.add(pool.submit(() -> {
                    start.await();
                    return exchange(null, HttpMethod.POST, "/api/public/opinions/" + code + "/feedback",
                            opinion("rating", rating), headers);
                }));
            }
            start.countDown();
            int ok = 0;
            int conflicts = 0;
            List<String> others = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                ResponseEntity<JsonNode> r = answer.get(120, TimeUnit.SECONDS);
                if (r.getStatusCode() == HttpStatus.OK) {
                    ok++;
                } else if (r.getStatusCode() == HttpStatus.CONFLICT) {
                    conflicts++;
                    assertThat(r.getBody().path("message").asText()).containsPattern("[\\u4e00-\\u9fa5]");
                } else {
                    others.add(r.getStatusCode() + " " + r.getBody());
                }
            }
            assertThat(others).as("no 500, no other answer").isEmpty();
            assertThat(ok).isEqualTo(1);
            assertThat(conflicts).isEqualTo(n - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(feedbackRows(code)).isOne();
    }

    // ---- steps

    /** A case with a published reply, waiting for its citizen's rating. */
    private String awaitingRating(String phone) {
        Map<String, Object> body = opinion("stationCode", "ty-xl", "category", "TRAFFIC",
                "content", "村道坑洼" + unique(""));
        if (phone != null) {
            body.put("phone", phone);
        }
        ResponseEntity<JsonNode> created = submitWithKey(body, null);
        String code = remember(created.getBody());
        String link = created.getBody().path("privateLink").asText();
        links.put(code, link.substring(link.indexOf("?k=") + 3));
        complete("staff-ty-xl", code, OpinionProcess.TRIAGE, "merge", false, "category", "TRAFFIC",
                "route", "LOCAL", "departmentCode", "jtj");
        complete("jtj01", code, OpinionProcess.HANDLE, "reassign", false, "reply", "已安排养护队于本周内修补。");
        executeDueJobs();
        assertThat(track(code).path("awaitingFeedback").asBoolean()).isTrue();
        return code;
    }

    private final Map<String, String> links = new java.util.concurrent.ConcurrentHashMap<>();

    private String linkToken(String code) {
        return links.get(code);
    }

    private long feedbackRows(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM opinion_feedback f JOIN opinion o ON o.id = f.opinion_id "
                + "WHERE o.tracking_code = ?", Long.class, code);
    }

    private String processInstance(String code) {
        return jdbc.queryForObject("SELECT process_instance_id FROM opinion WHERE tracking_code = ?", String.class,
                code);
    }
}
