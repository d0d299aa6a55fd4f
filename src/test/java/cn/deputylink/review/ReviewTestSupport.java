package cn.deputylink.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Helpers of the review integration tests: deputies of their own with a login, and running only
 * the jobs of the review processes (or of given reviews), so that another feature's leftover
 * jobs never run when a test moves the clock.
 */
public abstract class ReviewTestSupport extends IntegrationTest {

    /**
     * Reviews a test leaves unfinished would wake up in other features' tests when those move the
     * clock past their deadlines; they are removed after each test (the case files stay).
     */
    @AfterEach
    void removeUnfinishedReviews() {
        for (String process : List.of(DeputyReviewProcess.PROCESS_ID, PerformanceReviewProcess.PROCESS_ID)) {
            List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(process).list()
                    .stream().map(ProcessInstance::getId).toList();
            for (int from = 0; from < ids.size(); from += 500) {
                runtimeService.deleteProcessInstances(ids.subList(from, Math.min(from + 500, ids.size())),
                        "test finished", true, true, true);
            }
        }
    }

    /** A deputy with a login (password demo) at the given stations, created through the API by the office. */
    protected String deputyWithLogin(String prefix, List<String> levels, List<String> stations) {
        String code = unique(prefix).toUpperCase();
        String user = code.toLowerCase();
        User u = identityService.newUser(user);
        u.setFirstName("测试代表");
        u.setLastName("");
        u.setPassword("demo");
        identityService.saveUser(u);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "测" + code.substring(code.length() - 2));
        body.put("levels", levels);
        body.put("constituency", "青山县测试选区");
        body.put("stationCodes", stations);
        body.put("term", "第十八届（2021—2026）");
        body.put("householdsLinked", 10);
        body.put("userId", user);
        ResponseEntity<JsonNode> created = post("office", "/api/deputies", body);
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        return code;
    }

    /** Runs due jobs of both review processes until none is left. */
    protected int runReviewJobs() {
        return runJobs(() -> managementService.createJobQuery().processDefinitionKey(PerformanceReviewProcess.PROCESS_ID),
                () -> managementService.createJobQuery().processDefinitionKey(DeputyReviewProcess.PROCESS_ID));
    }

    /** Runs due jobs of the named reviews (business keys) only. */
    protected int runJobsOf(String... businessKeys) {
        List<Supplier<JobQuery>> queries = new ArrayList<>();
        for (String key : businessKeys) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                    .singleResult();
            if (instance != null) {
                queries.add(() -> managementService.createJobQuery().processInstanceId(instance.getId()));
            }
        }
        @SuppressWarnings("unchecked")
        Supplier<JobQuery>[] array = queries.toArray(new Supplier[0]);
        return runJobs(array);
    }

    @SafeVarargs
    private int runJobs(Supplier<JobQuery>... queries) {
        int executed = 0;
        for (int round = 0; round < 10_000; round++) {
            List<Job> due = new ArrayList<>();
            for (Supplier<JobQuery> q : queries) {
                due.addAll(q.get().executable().active().orderByJobDuedate().asc().listPage(0, 500));
            }
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                // an interrupting timer may have removed a job listed in the same round
                if (managementService.createJobQuery().jobId(job.getId()).count() == 0) {
                    continue;
                }
                managementService.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("review jobs keep coming");
    }

    /** A date variable of a review (deadlines such as appraisalUntil, noticeUntil). */
    protected Date deadlineOf(String businessKey, String variable) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult();
        return (Date) runtimeService.getVariable(instance.getId(), variable);
    }

    protected void moveClockPast(Date deadline) {
        moveClockTo(new Date(deadline.getTime() + 60_000));
    }

    protected static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
