package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Swagger UI and /v3/api-docs are off on the mysql profile unless DEPUTYLINK_API_DOCS turns them on. */
class ApiDocsDefaultsTest {

    private static StandardEnvironment environment(String... extra) throws Exception {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        for (String file : List.of("application-mysql.yml", "application.yml")) {
            for (PropertySource<?> source : loader.load(file, new ClassPathResource(file))) {
                env.getPropertySources().addLast(source);
            }
        }
        java.util.Map<String, Object> overrides = new java.util.HashMap<>();
        for (int i = 0; i + 1 < extra.length; i += 2) {
            overrides.put(extra[i], extra[i + 1]);
        }
        env.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("test", overrides));
        return env;
    }

    @Test
    void offByDefaultOnTheMysqlProfile() throws Exception {
        StandardEnvironment env = environment();
        assertThat(env.getProperty("springdoc.api-docs.enabled", Boolean.class)).isFalse();
        assertThat(env.getProperty("springdoc.swagger-ui.enabled", Boolean.class)).isFalse();
    }

    @Test
    void onWhenThePropertySaysSo() throws Exception {
        StandardEnvironment env = environment("DEPUTYLINK_API_DOCS", "true");
        assertThat(env.getProperty("springdoc.api-docs.enabled", Boolean.class)).isTrue();
        assertThat(env.getProperty("springdoc.swagger-ui.enabled", Boolean.class)).isTrue();
    }
}
