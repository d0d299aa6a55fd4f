package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class SecurityIT extends IntegrationTest {

    /**
     * A user of its own for wrong-password checks: after a failed login Camunda makes the account
     * wait a few seconds (brute-force protection), which must not hit the demo users other tests use.
     */
    private String throwawayUser() {
        String id = unique("login");
        org.camunda.bpm.engine.identity.User user = identityService.newUser(id);
        user.setFirstName("登录测试");
        user.setPassword("demo");
        identityService.saveUser(user);
        return id;
    }

    @Test
    void engineRestNeedsACamundaUser() {
        assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(throwawayUser(), "wrong").getForEntity("/engine-rest/process-definition",
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> ok = rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/process-definition", String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void ourApiNeedsTheSameUsersAndAnswersInChinese() {
        ResponseEntity<JsonNode> anonymous = get(null, "/api/stations");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(anonymous.getBody().path("message").asText()).contains("登录");

        HttpHeaders wrong = new HttpHeaders();
        wrong.setBasicAuth(throwawayUser(), "not-the-password");
        assertThat(rest.exchange("/api/stations", HttpMethod.GET, new HttpEntity<>(wrong), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        for (String user : new String[] {"demo", "office", "staff-ty-xl", "jtj01", "d001", "supervisor"}) {
            assertThat(get(user, "/api/stations").getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void onlyTheOfficeAndAdministratorsChangeTheRegistry() {
        Map<String, Object> department = Map.of("code", unique("sec"), "name", "测试局", "level", "COUNTY");
        ResponseEntity<JsonNode> byDepartment = post("jtj01", "/api/departments", department);
        assertThat(byDepartment.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byDepartment.getBody().path("message").asText()).isEqualTo("无权执行此操作");
        assertThat(post("d001", "/api/departments", department).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("demo", "/api/departments", department).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void publicApiIsOpenAndTheDeputyCardShowsNoPrivateData() {
        String token = jdbc.queryForObject("SELECT public_token FROM deputy WHERE code = 'D010'", String.class);
        ResponseEntity<JsonNode> card = get(null, "/api/public/deputies/" + token);
        assertThat(card.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(card.getBody().path("name").asText()).isEqualTo("吴海燕");
        assertThat(card.getBody().has("userId")).isFalse();
        assertThat(card.getBody().has("code")).isFalse();
        assertThat(get(null, "/api/public/deputies/D010").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void webappsAndApiDocsAreServed() {
        assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // administrators only (the mysql profile would turn them off altogether; the tests turn them on)
        assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("office", "demo").getForEntity("/v3/api-docs", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> docs = rest.withBasicAuth("demo", "demo").getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/stations", "/api/deputies", "/api/deputy-groups", "/api/departments",
                "/api/links/coverage");
    }
}
