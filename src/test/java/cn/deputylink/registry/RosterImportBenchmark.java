package cn.deputylink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.registry.imports.ImportJob;
import cn.deputylink.registry.imports.ImportJobs;
import cn.deputylink.registry.imports.RosterImportService.Options;
import cn.deputylink.registry.imports.RosterKind;
import cn.deputylink.support.IntegrationTest;
import cn.deputylink.tools.CityGenerator;
import cn.deputylink.tools.CitySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not part of the suite (by name): the Huanggang roster of 12,278 deputies, five levels,
 * each with stations, group, mobile and a new login, imported through the office's import into a
 * city of Huanggang's shape (134 homes, 811 stations, 166 rooms, 791 groups, made by the city
 * generator). Prints the time; the target is under two minutes.
 *
 * <pre>DEPUTYLINK_TEST_DB=dl_registry_bench mvn -B test -Dtest=RosterImportBenchmark</pre>
 */
class RosterImportBenchmark extends IntegrationTest {

    private static final int DEPUTIES = 12_278;

    @Autowired
    CityGenerator generator;
    @Autowired
    ImportJobs jobs;

    @Test
    void importsTheHuanggangRoster() throws InterruptedException {
        String p = "rb" + Long.toString(System.nanoTime() % 1000, 36);
        CitySpec hg = CitySpec.huanggang();
        generator.generate(new CitySpec(p, hg.cityName(), hg.counties(), hg.homes(), hg.stations(), hg.rooms(),
                hg.groups(), 1, hg.departments(), false), System.out::println);

        List<String> stations = jdbc.queryForList("SELECT code FROM liaison_station WHERE code LIKE ? AND tier <> 'HOME'",
                String.class, p + "-%");
        List<String> groups = jdbc.queryForList("SELECT code FROM deputy_group WHERE code LIKE ?", String.class, p + "-%");
        String[] levels = {"全国", "省", "市、县", "县", "县、乡镇", "乡镇", "乡镇", "乡镇"};
        Random random = new Random(18);
        List<List<String>> rows = new ArrayList<>(DEPUTIES);
        String prefix = p.toUpperCase();
        for (int i = 1; i <= DEPUTIES; i++) {
            String station = stations.get(i % stations.size());
            rows.add(RosterFiles.deputy(String.format("%s-I%05d", prefix, i), "代表" + i,
                    levels[Math.min(levels.length - 1, i < 12 ? 0 : i < 70 ? 1 : random.nextInt(levels.length))],
                    station + (i % 3 == 0 ? "、" + stations.get((i * 7) % stations.size()) : ""),
                    groups.get(i % groups.size()), "第十八届（2021—2026）", String.format("139%08d", i),
                    String.format("%s-i%05d", p, i)));
        }
        byte[] file = RosterFiles.of(RosterKind.DEPUTIES, rows);
        System.out.printf("[基准] 名册文件 %,d 行，%,d 字节%n", rows.size(), file.length);

        long start = System.nanoTime();
        ImportJob job = jobs.start("office", RosterKind.DEPUTIES, "黄冈代表名册.xlsx", file, Options.NONE);
        while (job.running()) {
            Thread.sleep(5000);
            System.out.printf("[基准] %5.1f 秒 %s %d%%（%,d / %,d）%n", (System.nanoTime() - start) / 1e9,
                    job.getPhase().label(), job.percent(), job.getDone(), job.getTotal());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(job.getPhase()).as(job.getErrors().toString()).isEqualTo(ImportJob.Phase.DONE);
        System.out.printf("[基准] %s：%,d 名代表（含登录账号）导入用时 %.1f 秒（目标 120 秒以内：%s）%n", job.getSummary(),
                DEPUTIES, seconds, seconds < 120 ? "达到" : "未达到");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deputy WHERE code LIKE ?", Integer.class, prefix + "-I%"))
                .isEqualTo(DEPUTIES);
    }
}
