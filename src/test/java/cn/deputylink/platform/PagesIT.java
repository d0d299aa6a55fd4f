package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page door: session login with Camunda users, CSRF on forms, Chinese error pages, strict CSP. */
class PagesIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void loginPageIsChineseWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = browser().send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"", "用户名", "密码", "name=\"_csrf\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void theDeputyWorkspaceNeedsADeputyLogin() throws Exception {
        HttpClient anonymous = browser();
        HttpResponse<String> redirected = anonymous.send(get("/h5/me"), HttpResponse.BodyHandlers.ofString());
        assertThat(redirected.statusCode()).isEqualTo(302);
        assertThat(redirected.headers().firstValue("Location").orElse("")).endsWith("/login");

        HttpClient department = browser();
        assertThat(login(department, "jtj01", "demo")).isTrue();
        assertThat(department.send(get("/h5/me"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);

        HttpClient deputy = browser();
        assertThat(login(deputy, "no-such-user", "demo")).isFalse();
        assertThat(login(deputy, "d001", "demo")).isTrue();
        assertThat(deputy.send(get("/h5/me"), HttpResponse.BodyHandlers.ofString()).statusCode()).isNotIn(302, 401, 403);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpClient client = browser();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=d001&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownPageAnswersWithAChinesePage() throws Exception {
        HttpResponse<String> page = browser().send(HttpRequest.newBuilder(uri("/h5/no-such-page"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("页面不存在").doesNotContain("Whitelabel");
    }

    /** Logs in through the login form as a browser does; true when the session is authenticated. */
    private boolean login(HttpClient client, String user, String password) throws Exception {
        String form = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return !response.headers().firstValue("Location").orElse("").contains("error");
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
