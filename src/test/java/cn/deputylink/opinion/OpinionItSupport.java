package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** HTTP steps of the opinion workflow shared by the opinion integration tests. */
public abstract class OpinionItSupport extends IntegrationTest {

    /** The 查询码 each case of this test was given at intake. */
    private final Map<String, String> accessCodes = new ConcurrentHashMap<>();

    protected String submit(Map<String, Object> body) {
        ResponseEntity<JsonNode> created = submitWithKey(body, "it-" + UUID.randomUUID());
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return remember(created.getBody());
    }

    /** Keeps the 查询码 of a creation answer ({trackingCode, accessCode, …}) and returns the tracking code. */
    protected String remember(JsonNode created) {
        String code = created.path("trackingCode").asText();
        accessCodes.put(code, created.path("accessCode").asText());
        return code;
    }

    protected String accessCode(String trackingCode) {
        return accessCodes.get(trackingCode);
    }

    protected ResponseEntity<JsonNode> submitWithKey(Map<String, Object> body, String key) {
        HttpHeaders headers = new HttpHeaders();
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return exchange(null, HttpMethod.POST, "/api/public/opinions", body, headers);
    }

    protected static Map<String, Object> opinion(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** The single open task of a case with this definition key, as the given user sees it through /engine-rest. */
    protected JsonNode taskOf(String user, String trackingCode, String taskKey) {
        ResponseEntity<JsonNode> tasks = get(user, "/engine-rest/task?processInstanceBusinessKey=" + trackingCode
                + "&taskDefinitionKey=" + taskKey);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).as(user + " sees " + taskKey + " of " + trackingCode).hasSize(1);
        return tasks.getBody().get(0);
    }

    protected ResponseEntity<JsonNode> completeTask(String user, String taskId, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], Map.of("value", variables[i + 1]));
        }
        return post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", vars));
    }

    protected void complete(String user, String trackingCode, String taskKey, Object... variables) {
        JsonNode task = taskOf(user, trackingCode, taskKey);
        ResponseEntity<JsonNode> done = completeTask(user, task.path("id").asText(), variables);
        assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The tracking page without a secret: status and timeline, no reply. */
    protected JsonNode track(String trackingCode) {
        return track(trackingCode, null);
    }

    /** The tracking page with a 查询码 in the X-Access-Code header (null: none). */
    protected JsonNode track(String trackingCode, String accessCode) {
        ResponseEntity<JsonNode> page = trackingPage(trackingCode, accessCode);
        assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    protected ResponseEntity<JsonNode> trackingPage(String trackingCode, String accessCode) {
        return exchange(null, HttpMethod.GET, "/api/public/opinions/" + trackingCode, null, secret(accessCode));
    }

    /** The citizen's rating with the 查询码 the case was given. */
    protected ResponseEntity<JsonNode> rate(String trackingCode, String rating) {
        return rateWith(trackingCode, accessCodes.getOrDefault(trackingCode, "000000"), rating);
    }

    protected ResponseEntity<JsonNode> rateWith(String trackingCode, String accessCode, String rating) {
        return exchange(null, HttpMethod.POST, "/api/public/opinions/" + trackingCode + "/feedback",
                opinion("rating", rating), secret(accessCode));
    }

    private static HttpHeaders secret(String accessCode) {
        HttpHeaders headers = new HttpHeaders();
        if (accessCode != null) {
            headers.set("X-Access-Code", accessCode);
        }
        return headers;
    }
}
