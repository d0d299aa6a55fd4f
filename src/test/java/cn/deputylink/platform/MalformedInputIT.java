package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Malformed request bodies get 400 naming the offending field in Chinese, never 500 (issue 10,
 * finding 9): null list and map elements, wrong JSON types, unknown enum values, impossible dates,
 * bodies that are no JSON at all. Each body is sent raw, exactly as a client could.
 */
class MalformedInputIT extends IntegrationTest {

    static Stream<Arguments> bodies() {
        String plan = "/api/projects/XM-2026-0001/plan";
        String opinions = "/api/opinions";
        String ballot = "/api/votes/none/ballots";
        return Stream.of(
                Arguments.of("gov", plan, "{\"milestones\":[null]}", "milestones[0]", "为空"),
                Arguments.of("gov", plan, "{\"milestones\":[{\"title\":\"开工\",\"dueDate\":\"2026-01-01\"},null]}",
                        "milestones[1]", "第 2 项为空"),
                Arguments.of("gov", plan, "{\"milestones\":[{\"title\":\"开工\",\"dueDate\":\"2026-13-45\"}]}",
                        "milestones[0].dueDate", "应为日期"),
                Arguments.of("gov", plan, "{\"milestones\":{\"title\":\"开工\"}}", "milestones", "应为列表"),
                Arguments.of("gov", plan, "{\"budget\":\"很多\"}", "budget", "应为数字"),
                Arguments.of("gov", plan, "{\"plannedCompletion\":[2026,1]}", "plannedCompletion", "格式不正确"),
                Arguments.of("staff-cg-dm", opinions, "{\"stationCode\":\"cg-dm\",\"content\":\"路灯不亮\",\"channel\":\"FAX\"}",
                        "channel", "可选值"),
                Arguments.of("staff-cg-dm", opinions, "{\"stationCode\":\"cg-dm\",\"content\":{\"text\":\"路灯不亮\"}}",
                        "content", "应为文字"),
                Arguments.of("staff-cg-dm", opinions, "{\"stationCode\":\"cg-dm\",\"content\":\"路灯\",\"anonymous\":\"也许\"}",
                        "anonymous", "格式不正确"),
                Arguments.of("staff-cg-dm", opinions, "{\"stationCode\":\"cg-dm\",\"content\":\"路灯\",\"receptionDate\":\"昨天\"}",
                        "receptionDate", "应为日期"),
                Arguments.of("staff-cg-dm", opinions, "[null]", "body", "格式不正确"),
                Arguments.of("staff-cg-dm", opinions, "{\"stationCode\":", "body", "不是有效的 JSON"),
                Arguments.of("d001", ballot, "{\"marks\":{\"7\":null}}", "marks.7", "不能为空"),
                Arguments.of("d001", ballot, "{\"marks\":{\"七\":\"APPROVE\"}}", "marks", "格式不正确"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("bodies")
    void isRefusedWith400NamingTheField(String user, String path, String body, String field, String messagePart) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, "demo");
        ResponseEntity<JsonNode> answer = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        answer.getBody().path("fieldErrors").forEach(f -> fields.add(f.path("field").asText()));
        assertThat(fields).as(answer.getBody().toString())
                .anyMatch(f -> f.equals(field) || f.startsWith(field + "."));
        assertThat(answer.getBody().path("message").asText()).contains(messagePart);
    }
}
