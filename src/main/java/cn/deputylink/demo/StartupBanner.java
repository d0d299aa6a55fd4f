package cn.deputylink.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go and, in the demo, how to log in. */
@Component
public class StartupBanner {

    private final Environment environment;

    public StartupBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void print() {
        if (environment.getProperty("spring.main.web-application-type", "servlet").equals("none")) {
            return;
        }
        String base = "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("==================== DeputyLink 人大代表联系群众工作平台 已启动 ====================");
        lines.add("  Camunda 任务 / 监控 / 管理  " + base + "/camunda/app/");
        lines.add("  接口文档 (OpenAPI)          " + base + "/swagger-ui.html");
        lines.add("  Camunda REST（需登录）       " + base + "/engine-rest");
        lines.add("  群众专属链接前缀             " + environment.getProperty("deputylink.public-base-url",
                "http://localhost:8080") + "/h5/o/…（deputylink.public-base-url）");
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")
                || environment.getActiveProfiles().length == 0) {
            lines.add("  演示账号（密码均为 demo）：");
            lines.add("    demo            系统管理员（camunda-admin）");
            DemoCity.ROLE_USERS.forEach(u -> lines.add(String.format("    %-15s %s %s", u.id(), u.name(), u.role())));
            lines.add("    staff-<站点编码>  站点工作人员，如 staff-ty-xl（杏林村联络站）、staff-ty（桃源镇代表之家）");
            lines.add("    <单位编码>01      承办单位，如 jtj01（交通运输局）、zjj01（住建局）、wjj01（卫健局）");
            lines.add("    d001 … d040     人大代表，如 d001 张建国、d010 吴海燕");
        }
        lines.add("==================================================================================");
        System.out.println(String.join(System.lineSeparator(), lines));
    }
}
