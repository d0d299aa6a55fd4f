package cn.deputylink.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.tools.CityGenerator;
import cn.deputylink.tools.CitySpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Campaigns at scale, in small: a generated city's deputies reviewed batch by batch with the
 * progress visible half-way, deputies already under review skipped by a second campaign, and a
 * campaign run to its end and closed by the office. The full Huanggang figure is the benchmark
 * (CampaignBenchmark).
 */
class ReviewCampaignIT extends ReviewTestSupport {

    private static final int BATCH = 40;

    @Autowired
    CityGenerator generator;

    @Test
    void aCampaignOverAGeneratedCityCreatesEveryReviewInBatchesAndReportsItsProgress() {
        // a city name of its own: generated cities share one database in the tests and station names are unique
        CitySpec small = CitySpec.small("rv", 300);
        generator.generate(new CitySpec(small.prefix(), "江南市", small.counties(), small.homes(), small.stations(),
                small.rooms(), small.groups(), small.deputies(), small.departments(), true), line -> { });
        long deputies = jdbc.queryForObject("SELECT COUNT(*) FROM deputy WHERE active = TRUE", Long.class);
        String key = "LZPY-2025-ALL";

        ResponseEntity<JsonNode> started = post("office", "/api/reviews/campaigns", map("year", 2025, "batchSize", BATCH));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ProcessInstance campaign = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .singleResult();

        // half-way: two batches done, the rest still to come
        runCampaignJob(campaign, "Task_PrepareCampaign");
        runCampaignJob(campaign, "Task_CreateReviewBatch");
        runCampaignJob(campaign, "Task_CreateReviewBatch");
        JsonNode progress = get("office", "/api/reviews/campaigns/" + key).getBody();
        assertThat(progress.path("status").asText()).isEqualTo("CREATING");
        assertThat(progress.path("total").asLong()).isEqualTo(deputies);
        assertThat(progress.path("created").asInt() + progress.path("skipped").asInt()).isEqualTo(2 * BATCH);
        Task officeTask = taskService.createTaskQuery().processInstanceId(campaign.getId()).singleResult();
        assertThat(officeTask.getName()).isEqualTo("跟踪评议进度并结束本年度评议");
        assertThat(taskService.getVariable(officeTask.getId(), "createdCount")).isEqualTo(progress.path("created").asInt());
        assertThat(taskService.getVariable(officeTask.getId(), "totalCount")).isEqualTo((int) deputies);

        runJobsOf(key);
        JsonNode done = get("office", "/api/reviews/campaigns/" + key).getBody();
        assertThat(done.path("status").asText()).isEqualTo("RUNNING");
        assertThat(done.path("created").asLong() + done.path("skipped").asLong()).isEqualTo(deputies);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(campaign.getId())
                .activityId("Task_CreateReviewBatch").count()).isEqualTo(deputies / BATCH + 1);
        assertThat(count("SELECT COUNT(*) FROM performance_review r JOIN deputy d ON d.id = r.deputy_id "
                + "WHERE d.code LIKE 'RV-D%' AND r.review_year = 2025")).isEqualTo(300);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DeputyReviewProcess.PROCESS_ID)
                .processInstanceBusinessKeyLike("LZ-2025-RV-D%").count()).isEqualTo(300);

        // every review scores and waits for its deputy's report; nothing failed on the way
        runReviewJobs();
        assertThat(count("SELECT COUNT(*) FROM performance_review r JOIN deputy d ON d.id = r.deputy_id "
                + "WHERE d.code LIKE 'RV-D%' AND r.review_year = 2025 AND r.status = 'DUTY_REPORT'")).isEqualTo(300);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("LZ-2025-RV-D00001").singleResult()
                .getAssignee()).isEqualTo("rv-d00001");
        assertThat(managementService.createJobQuery().withException().count()).isZero();
        assertThat(runtimeService.createIncidentQuery().count()).isZero();

        // a township campaign of the same year finds its deputies already under review
        long township = jdbc.queryForObject("SELECT COUNT(*) FROM deputy d WHERE d.active = TRUE AND EXISTS "
                + "(SELECT 1 FROM deputy_level l WHERE l.deputy_id = d.id AND l.level = 'TOWNSHIP')", Long.class);
        post("office", "/api/reviews/campaigns", map("year", 2025, "level", "TOWNSHIP"));
        runJobsOf("LZPY-2025-TOWNSHIP");
        JsonNode skipped = get("office", "/api/reviews/campaigns/LZPY-2025-TOWNSHIP").getBody();
        assertThat(skipped.path("total").asLong()).isEqualTo(township);
        assertThat(skipped.path("created").asInt()).isZero();
        assertThat(skipped.path("skipped").asLong()).isEqualTo(township);
        assertThat(skipped.path("scopeLabel").asText()).isEqualTo("乡镇人大代表");
    }

    @Test
    void aCampaignRunsToItsEndAndTheOfficeClosesTheYear() {
        String key = "LZPY-2022-NATIONAL";
        assertThat(post("office", "/api/reviews/campaigns", map("year", 2022, "level", "NATIONAL")).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        runJobsOf(key);
        runReviewJobs();
        List<String> reviews = new ArrayList<>();
        get("office", "/api/reviews/campaigns/" + key + "/reviews?size=500").getBody().path("items")
                .forEach(r -> reviews.add(r.path("businessKey").asText()));
        assertThat(reviews).contains("LZ-2022-D001");
        String[] keys = reviews.toArray(new String[0]);

        assertThat(post("office", "/api/reviews/campaigns/" + key + "/close", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        // nobody reports, no meeting is held: the deadlines carry every review to the committee
        moveClockPast(latest(keys, "dutyReportDue"));
        runJobsOf(keys);
        moveClockPast(latest(keys, "appraisalUntil"));
        runJobsOf(keys);
        JsonNode bulk = post("office", "/api/reviews/campaigns/" + key + "/committee-approvals", null).getBody();
        assertThat(bulk.path("approved").asInt()).isEqualTo(keys.length);
        moveClockPast(latest(keys, "noticeUntil"));
        runJobsOf(keys);

        JsonNode campaign = get("office", "/api/reviews/campaigns/" + key).getBody();
        assertThat(campaign.path("byStatus").path("ARCHIVED").asInt()).isEqualTo(keys.length);
        JsonNode d001 = get("office", "/api/reviews/LZ-2022-D001").getBody();
        assertThat(d001.path("dutyReportMissing").asBoolean()).isTrue();
        assertThat(d001.path("appraisal").path("meetingHeld").isNull()).isTrue();
        assertThat(d001.path("appraisal").path("points").decimalValue()).isEqualByComparingTo("18");

        ResponseEntity<JsonNode> closed = post("office", "/api/reviews/campaigns/" + key + "/close", null);
        assertThat(closed.getStatusCode()).as(closed.toString()).isEqualTo(HttpStatus.OK);
        runJobsOf(key);
        assertThat(get("office", "/api/reviews/campaigns/" + key).getBody().path("status").asText()).isEqualTo("CLOSED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(count("SELECT COUNT(*) FROM notification WHERE dedupe_key = 'review-campaign-closed:" + key + "'"))
                .isEqualTo(1);
        assertThat(post("office", "/api/reviews/campaigns/" + key + "/close", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theOfficeCanStartACampaignFromTasklistsStartForm() {
        Map<String, Object> form = Map.of("variables", Map.of(
                "reviewYear", Map.of("value", 2019, "type", "Integer"),
                "scope", Map.of("value", "PROVINCIAL", "type", "String")));
        String url = "/engine-rest/process-definition/key/performance-review/submit-form";
        assertThat(rest.withBasicAuth("d010", "demo").postForEntity(url, form, JsonNode.class).getStatusCode()
                .is2xxSuccessful()).isFalse();

        ResponseEntity<JsonNode> started = rest.withBasicAuth("office", "demo").postForEntity(url, form, JsonNode.class);
        assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody().path("businessKey").asText()).isEqualTo("LZPY-2019-PROVINCIAL");
        JsonNode campaign = get("office", "/api/reviews/campaigns/LZPY-2019-PROVINCIAL").getBody();
        assertThat(campaign.path("startedBy").asText()).isEqualTo("office");
        assertThat(campaign.path("scopeLabel").asText()).isEqualTo("省人大代表");

        ResponseEntity<JsonNode> twice = rest.withBasicAuth("office2", "demo").postForEntity(url, form, JsonNode.class);
        assertThat(twice.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(twice.getBody().path("message").asText()).contains("已经发起");
        assertThat(count("SELECT COUNT(*) FROM review_campaign WHERE review_year = 2019")).isEqualTo(1);

        runJobsOf("LZPY-2019-PROVINCIAL");
        runReviewJobs();
        assertThat(get("office", "/api/reviews/campaigns/LZPY-2019-PROVINCIAL").getBody().path("status").asText())
                .isEqualTo("RUNNING");
        assertThat(get("d002", "/api/reviews/LZ-2019-D002").getBody().path("status").asText()).isEqualTo("DUTY_REPORT");
    }

    private Date latest(String[] keys, String variable) {
        List<Date> dates = new ArrayList<>();
        for (String key : keys) {
            dates.add(deadlineOf(key, variable));
        }
        return Collections.max(dates);
    }

    private void runCampaignJob(ProcessInstance campaign, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(campaign.getId()).activityId(activityId)
                .singleResult();
        assertThat(job).as(activityId).isNotNull();
        managementService.executeJob(job.getId());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
