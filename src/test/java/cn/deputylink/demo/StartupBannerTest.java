package cn.deputylink.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Production hygiene: the demo logins and the API docs' address are printed only where they exist. */
class StartupBannerTest {

    private static String printed(MockEnvironment environment) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            new StartupBanner(environment).print();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theMysqlProfileNeverPrintsDemoLoginsNorTheApiDocs() {
        MockEnvironment mysql = new MockEnvironment().withProperty("deputylink.api-docs.enabled", "false");
        mysql.setActiveProfiles("mysql");
        String banner = printed(mysql);
        assertThat(banner).contains("/admin/registry").doesNotContain("demo").doesNotContain("swagger-ui");
    }

    @Test
    void theDemoPrintsItsLoginsAndTheDocsForAdministrators() {
        MockEnvironment demo = new MockEnvironment().withProperty("deputylink.api-docs.enabled", "true");
        demo.setActiveProfiles("demo");
        assertThat(printed(demo)).contains("密码均为 demo", "swagger-ui.html");
    }
}
