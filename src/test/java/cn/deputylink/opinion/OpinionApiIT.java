package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The intake API: every bad input is a 400 naming the field in Chinese and stores nothing; retries are safe. */
class OpinionApiIT extends OpinionItSupport {

    private long opinions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM opinion", Long.class);
    }

    private long processes() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(OpinionProcess.PROCESS_ID).count();
    }

    private void refused(Map<String, Object> body, String field, String messagePart) {
        long before = opinions();
        long running = processes();
        String key = "bad-" + UUID.randomUUID();
        ResponseEntity<JsonNode> answer = submitWithKey(body, key);
        assertThat(answer.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        answer.getBody().path("fieldErrors").forEach(f -> fields.add(f.path("field").asText()));
        assertThat(fields).as(answer.getBody().toString()).contains(field);
        assertThat(answer.getBody().toString()).contains(messagePart);
        assertThat(opinions()).isEqualTo(before);
        assertThat(processes()).isEqualTo(running);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_record WHERE idem_key = ?", Long.class, key))
                .isZero();
    }

    @Test
    void badPublicInputIsRefusedFieldByFieldAndNothingIsStored() {
        refused(opinion("stationCode", "ty-xl", "content", ""), "content", "请填写意见内容");
        refused(opinion("stationCode", "ty-xl", "content", "   "), "content", "请填写意见内容");
        refused(opinion("stationCode", "ty-xl"), "content", "请填写意见内容");
        refused(opinion("stationCode", "ty-xl", "content", "路".repeat(2001)), "content", "最长 2000 字");
        refused(opinion("stationCode", "no-such-station", "content", "路灯不亮"), "stationCode", "站点不存在");
        refused(opinion("deputyToken", "not-a-token", "content", "路灯不亮"), "deputyToken", "二维码无效");
        refused(opinion("content", "路灯不亮"), "stationCode", "请指定站点");
        refused(opinion("stationCode", "ty-xl", "content", "路灯不亮", "phone", "12345"), "phone", "电话号码格式不正确");
        refused(opinion("stationCode", "ty-xl", "content", "路灯不亮", "phone", "1381234567a"), "phone", "格式不正确");
        refused(opinion("stationCode", "ty-xl", "content", "路灯不亮", "category", "WEATHER"), "category", "取值无效");
        refused(opinion("stationCode", "ty-xl", "content", "路灯不亮", "name", "名".repeat(51)), "name", "最长 50 字");
    }

    @Test
    void aRetriedSubmissionReturnsTheSameTrackingCodeAndCreatesNothing() {
        Map<String, Object> body = opinion("stationCode", "cg-dm", "content", "东门社区菜市场门口占道经营，早高峰拥堵。",
                "phone", "13900001111");
        String key = "retry-" + UUID.randomUUID();
        ResponseEntity<JsonNode> first = submitWithKey(body, key);
        long after = opinions();
        ResponseEntity<JsonNode> second = submitWithKey(body, key);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String code = first.getBody().path("trackingCode").asText();
        assertThat(second.getBody().path("trackingCode").asText()).isEqualTo(code);
        assertThat(opinions()).isEqualTo(after);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isOne();

        ResponseEntity<JsonNode> otherBody = submitWithKey(opinion("stationCode", "cg-dm", "content", "另一件事"), key);
        assertThat(otherBody.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(opinions()).isEqualTo(after);
    }

    @Test
    void aDeputysQrCodeSendsTheOpinionToTheDeputysLocalStationAnonymously() {
        String token = jdbc.queryForObject("SELECT public_token FROM deputy WHERE code = 'D010'", String.class);
        String code = submit(opinion("deputyToken", token, "content", "茶园片区灌溉用水不足。", "name", "李四",
                "anonymous", true));
        Map<String, Object> row = jdbc.queryForMap("SELECT o.channel, o.citizen_name, o.anonymous, s.code AS station "
                + "FROM opinion o JOIN liaison_station s ON s.id = o.station_id WHERE o.tracking_code = ?", code);
        assertThat(row.get("channel")).isEqualTo("DEPUTY_QR");
        assertThat(row.get("citizen_name")).isNull();
        assertThat(row.get("station")).isEqualTo("ty-xl");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult()
                .getTaskDefinitionKey()).isEqualTo(OpinionProcess.TRIAGE);
        assertThat(track(code, null).path("timeline").get(0).path("text").asText()).contains("吴海燕代表");
    }

    @Test
    void trackingAndFeedbackRefuseWhatTheyCannotServe() {
        String code = submit(opinion("stationCode", "lh-sq", "content", "石桥村小学门口缺少减速带。", "phone", "13700002222"));
        assertThat(get(null, "/api/public/opinions/YJ-1999-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> noSecret = rateWith(code, null, "SATISFIED");
        assertThat(noSecret.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noSecret.getBody().path("fieldErrors").get(0).path("field").asText()).isEqualTo("accessCode");
        assertThat(noSecret.getBody().path("message").asText()).contains("查询码");
        ResponseEntity<JsonNode> wrongSecret = rateWith(code, OpinionEndToEndIT.wrong(accessCode(code)), "SATISFIED");
        assertThat(wrongSecret.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(wrongSecret.getBody().path("message").asText()).contains("查询码或专属链接不正确");

        ResponseEntity<JsonNode> unknownRating = rate(code, "SO_SO");
        assertThat(unknownRating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownRating.getBody().path("fieldErrors").get(0).path("field").asText()).isEqualTo("rating");
        assertThat(unknownRating.getBody().toString()).contains("取值无效");
        ResponseEntity<JsonNode> noRating = post(null, "/api/public/opinions/" + code + "/feedback", Map.of());
        assertThat(noRating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noRating.getBody().toString()).contains("请选择评价");
        ResponseEntity<JsonNode> tooEarly = rate(code, "SATISFIED");
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooEarly.getBody().path("message").asText()).contains("不在待评价环节");
        assertThat(rate("YJ-1999-999999", "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opinion_feedback f JOIN opinion o ON o.id = f.opinion_id "
                + "WHERE o.tracking_code = ?", Long.class, code)).isZero();
    }

    @Test
    void staffRegisterAWalkInWithTheReceivingDeputyWhichGoesIntoTheDeputysLedger() {
        Map<String, Object> walkIn = opinion("stationCode", "ty-xl", "content", "村里老年人就医不便，希望开通班车。",
                "name", "王五", "phone", "0871-65432100", "receivingDeputyCode", "D030", "channel", "RECEPTION_DAY");
        ResponseEntity<JsonNode> created = post("staff-ty-xl", "/api/opinions", walkIn);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String code = remember(created.getBody());
        // the walk-in citizen gets a secret of their own, handed over by the staff
        assertThat(created.getBody().path("accessCode").asText()).matches("\\d{6}");
        assertThat(created.getBody().path("privateLink").asText()).contains("/h5/o/" + code + "?k=");
        assertThat(track(code, accessCode(code)).path("verified").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_record a JOIN deputy d ON d.id = a.deputy_id "
                + "WHERE d.code = 'D030' AND a.type = 'OPINION_HANDLED' AND a.source_key = ?", Long.class,
                "opinion-received:" + code)).isOne();

        assertThat(post("staff-ty", "/api/opinions", walkIn).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> unknownDeputy = post("staff-ty-xl", "/api/opinions",
                opinion("stationCode", "ty-xl", "content", "同上", "receivingDeputyCode", "D999"));
        assertThat(unknownDeputy.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownDeputy.getBody().path("fieldErrors").get(0).path("field").asText())
                .isEqualTo("receivingDeputyCode");

        JsonNode list = get("staff-ty-xl", "/api/opinions?q=" + code).getBody();
        assertThat(list.path("items")).hasSize(1);
        assertThat(list.path("items").get(0).path("citizenName").asText()).isEqualTo("王*");
        assertThat(list.path("items").get(0).path("citizenPhone").asText()).isEqualTo("087****2100");
        assertThat(get("staff-cg-dm", "/api/opinions?q=" + code).getBody().path("items")).isEmpty();
        assertThat(get("staff-cg-dm", "/api/opinions/" + code).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("office", "/api/opinions?q=" + code).getBody().path("items")).hasSize(1);
        assertThat(get("d001", "/api/opinions").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<JsonNode> upload(String user, String csv) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "12345.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(user, "demo");
        return rest.exchange("/api/opinions/import", HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    }

    @Test
    void aHotlineFileIsImportedWholeOrNotAtAllWithAReportPerRow() {
        String a = unique("T");
        String b = unique("T");
        String header = "工单号,来电时间,站点编码,类别,内容,姓名,电话\n";
        String bad = header
                + a + ",2026-11-02 09:30,cg-dm,城市管理,东门路路灯不亮,赵六,13600001111\n"
                + b + ",2026-11-02 10:00,cg-dm,交通出行,公交站牌缺失,,1360000\n"
                + b + ",昨天,nowhere,天气,,,\n";
        long before = opinions();
        ResponseEntity<JsonNode> refused = upload("office", bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String report = refused.getBody().toString();
        assertThat(report).contains("第3行【电话】", "第4行【工单号】文件中工单号重复", "第4行【来电时间】", "第4行【站点编码】",
                "第4行【类别】", "第4行【内容】内容不能为空");
        assertThat(report).doesNotContain("第2行");
        assertThat(opinions()).isEqualTo(before);

        String good = header
                + a + ",2026-11-02 09:30,cg-dm,城市管理,东门路路灯不亮,赵六,13600001111\n"
                + b + ",,cg-dm,TRAFFIC,\"公交站牌缺失，\n老人看不清\",,\n";
        ResponseEntity<JsonNode> imported = upload("staff-cg-dm", good);
        assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(imported.getBody().path("imported").asInt()).isEqualTo(2);
        assertThat(imported.getBody().path("rows").get(0).path("row").asInt()).isEqualTo(2);
        String code = imported.getBody().path("rows").get(0).path("trackingCode").asText();
        String hotlineSecret = imported.getBody().path("rows").get(0).path("accessCode").asText();
        assertThat(hotlineSecret).as("each imported case has its own 查询码 for the caller").matches("\\d{6}");
        assertThat(imported.getBody().path("rows").get(1).path("privateLink").asText()).contains("?k=");
        assertThat(track(code, hotlineSecret).path("verified").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT channel FROM opinion WHERE tracking_code = ?", String.class, code))
                .isEqualTo("HOTLINE_12345");
        assertThat(opinions()).isEqualTo(before + 2);

        ResponseEntity<JsonNode> twice = upload("office", good);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twice.getBody().toString()).contains("工单号已导入过");
        assertThat(upload("staff-ty-xl", header + unique("T") + ",,cg-dm,,路面破损,,\n").getBody().toString())
                .contains("只能导入本站点的意见");
        assertThat(opinions()).isEqualTo(before + 2);
    }
}
