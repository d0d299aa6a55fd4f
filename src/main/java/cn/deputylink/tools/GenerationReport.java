package cn.deputylink.tools;

import java.time.Duration;

/** What a generator run wrote, and how long it took. */
public record GenerationReport(int stations, int groups, int deputies, int departments, int users, Duration took) {

    public String summary() {
        return String.format("生成完成：站点 %,d 个，代表小组 %,d 个，代表 %,d 名，承办单位 %,d 个，登录账号 %,d 个，用时 %.1f 秒",
                stations, groups, deputies, departments, users, took.toMillis() / 1000.0);
    }
}
