package cn.deputylink.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.tools.CityGenerator;
import cn.deputylink.tools.CitySpec;
import cn.deputylink.tools.GenerationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Benchmark, not part of the regular suite (its name matches neither *Test nor *IT): the annual campaign over a generated city of
 * Huanggang's size (12,278 deputies, CitySpec.huanggang()) with the engine's real job executor,
 * as in production. Prints how long creating (and scoring) every review took; asserts only that
 * it completes and that no job failed — no optimistic-locking failure, no incident. Run with
 *
 * <pre>
 * DEPUTYLINK_TEST_DB=deputylink_bench mvn -B test -Dtest=CampaignBenchmark
 * </pre>
 *
 * The job executor runs on its own threads, so this class waits by polling the progress API once
 * a second (the only place in the tests that waits for time to pass).
 */
class CampaignBenchmark extends ReviewTestSupport {

    private static final String CAMPAIGN = "LZPY-2023-ALL";
    private static final Duration LIMIT = Duration.ofMinutes(40);

    @Autowired
    CityGenerator generator;

    @Test
    void aCampaignOverAHuanggangSizedCityCreatesAndScoresEveryReview() throws InterruptedException {
        // Huanggang's figures under a city name of its own, so it can share a database with other generated cities
        CitySpec hg = CitySpec.huanggang();
        GenerationReport city = generator.generate(new CitySpec(hg.prefix(), "江东市", hg.counties(), hg.homes(),
                hg.stations(), hg.rooms(), hg.groups(), hg.deputies(), hg.departments(), true), System.out::println);
        System.out.println("[benchmark] " + city.summary());
        long deputies = jdbc.queryForObject("SELECT COUNT(*) FROM deputy WHERE active = TRUE", Long.class);

        JobExecutor executor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getJobExecutor();
        executor.start();
        long start = System.nanoTime();
        long created;
        long scored;
        try {
            ResponseEntity<JsonNode> started = post("office", "/api/reviews/campaigns", map("year", 2023));
            assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            System.out.printf("[benchmark] 发起评议活动 %s，评议对象 %,d 名（应答 %d ms）%n", CAMPAIGN, deputies,
                    (System.nanoTime() - start) / 1_000_000);

            int tick = 0;
            while (!"RUNNING".equals(progress().path("status").asText())) {
                waitASecond(start);
                if (++tick % 10 == 0) {
                    JsonNode p = progress();
                    System.out.printf("[benchmark] %5.0f s  已创建 %,d / %,d，已计分 %,d%n", seconds(start),
                            p.path("created").asLong() + p.path("skipped").asLong(), p.path("total").asLong(),
                            scoredSoFar());
                }
            }
            created = System.nanoTime() - start;
            while (scoredSoFar() < progress().path("created").asLong()) {
                waitASecond(start);
                if (++tick % 10 == 0) {
                    System.out.printf("[benchmark] %5.0f s  已计分 %,d / %,d%n", seconds(start), scoredSoFar(),
                            progress().path("created").asLong());
                }
            }
            scored = System.nanoTime() - start;
        } finally {
            executor.shutdown();
        }

        JsonNode result = progress();
        List<HistoricJobLog> failures = historyService.createHistoricJobLogQuery().failureLog().list();
        long optimisticLocking = failures.stream().filter(f -> String.valueOf(f.getJobExceptionMessage())
                .contains("OptimisticLocking")).count();
        long reviews = result.path("created").asLong();
        System.out.println("[benchmark] ==================================================");
        System.out.printf("[benchmark] 代表评议创建完成：%,d 份（另有 %,d 名已在其他评议活动中），用时 %.1f 秒，%.0f 份/秒%n",
                reviews, result.path("skipped").asLong(), created / 1e9, reviews / (created / 1e9));
        System.out.printf("[benchmark] 全部积分计算完成、述职任务已派发：用时 %.1f 秒%n", scored / 1e9);
        System.out.printf("[benchmark] 作业失败 %d 次（其中乐观锁冲突 %d 次），事故（incident）%d 个%n", failures.size(),
                optimisticLocking, runtimeService.createIncidentQuery().count());
        System.out.println("[benchmark] ==================================================");

        assertThat(reviews + result.path("skipped").asLong()).isEqualTo(deputies);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM performance_review r JOIN deputy d ON d.id = r.deputy_id "
                + "WHERE d.code LIKE 'HG-D%' AND r.review_year = 2023", Long.class)).isEqualTo(12_278L);
        assertThat(taskService.createTaskQuery().processDefinitionKey(DeputyReviewProcess.PROCESS_ID)
                .taskDefinitionKey(DeputyReviewProcess.TASK_SUBMIT_DUTY_REPORT).count()).isEqualTo(reviews);
        assertThat(failures).isEmpty();
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private JsonNode progress() {
        return get("office", "/api/reviews/campaigns/" + CAMPAIGN).getBody();
    }

    private long scoredSoFar() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM performance_review r JOIN review_campaign c "
                + "ON c.id = r.campaign_id WHERE c.business_key = ? AND r.status <> 'SCORING'", Long.class, CAMPAIGN);
    }

    private static void waitASecond(long start) throws InterruptedException {
        if (System.nanoTime() - start > LIMIT.toNanos()) {
            throw new AssertionError("campaign not done within " + LIMIT);
        }
        Thread.sleep(1000);
    }
}
