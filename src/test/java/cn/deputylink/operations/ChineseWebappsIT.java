package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The running application serves our zh-Hans files and configuration, not the webjar's. */
class ChineseWebappsIT extends IntegrationTest {

    @ParameterizedTest
    @CsvSource({
            "tasklist, ALL_TASKS,       所有任务",
            "admin,    USERS_USERS,     用户",
            "welcome,  APPLICATIONS,    应用程序",
            "cockpit,  DASHBOARD_OPEN_INCIDENTS, 未解决的事件"})
    void theWebappLoadsChineseByDefault(String app, String key, String expected) throws Exception {
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody()).contains("availableLocales: ['zh-Hans']", "fallbackLocale: 'zh-Hans'");

        ResponseEntity<String> locale = rest.getForEntity("/camunda/app/" + app + "/locales/zh-Hans.json", String.class);
        assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(locale.getBody()).path("labels").path(key).asText()).contains(expected);
    }
}
