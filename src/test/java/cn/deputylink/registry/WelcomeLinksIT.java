package cn.deputylink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Camunda's welcome page links the registry, the dashboard and the citizens' pages. */
class WelcomeLinksIT extends IntegrationTest {

    @Test
    void theWelcomeConfigurationCarriesThePlatformsLinks() {
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/welcome/scripts/config.js", String.class);
        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody()).contains("links:", "href: '/admin/registry'", "label: '基础信息管理'",
                "href: '/dashboard'", "label: '统计分析'", "href: '/h5/'", "label: '群众端'");
    }
}
