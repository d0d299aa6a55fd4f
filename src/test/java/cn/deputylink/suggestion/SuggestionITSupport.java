package cn.deputylink.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.hibernate.Hibernate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpers of the suggestion integration tests: acting in Tasklist's place through /engine-rest
 * (forms submit variables exactly as Tasklist does: lists as Json), and reading the case file.
 */
abstract class SuggestionITSupport extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    protected SuggestionRepository suggestions;
    @Autowired
    protected TransactionTemplate transaction;

    static Date at(int y, int m, int d, int h) {
        return Date.from(ZonedDateTime.of(y, m, d, h, 0, 0, 0, SHANGHAI).toInstant());
    }

    /** Submits a suggestion as a deputy over our API and returns its business key. */
    protected String submitAs(String user, String title, List<String> coSigners) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("content", "建议内容：" + title);
        body.put("raisedDuring", "RECESS");
        body.put("coSignerCodes", coSigners);
        ResponseEntity<JsonNode> created = post(user, "/api/suggestions", body);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("businessKey").asText();
    }

    protected Task openTask(String businessKey, String taskKey) {
        List<Task> found = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list();
        assertThat(found).as("open " + taskKey + " of " + businessKey).hasSize(1);
        return found.get(0);
    }

    protected List<Task> openTasks(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
    }

    /** Completes a task the way Tasklist submits a Camunda Form, as the given demo user. */
    protected ResponseEntity<JsonNode> submitForm(String user, Task task, Map<String, Object> values) {
        return engineRest(user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", formVariables(values)));
    }

    protected void submitFormOk(String user, Task task, Map<String, Object> values) {
        ResponseEntity<JsonNode> response = submitForm(user, task, values);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(user + " " + task.getTaskDefinitionKey() + ": "
                + response.getBody()).isTrue();
    }

    protected Map<String, Object> formVariables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof Collection<?> list) {
                try {
                    variables.put(k, Map.of("value", json.writeValueAsString(list), "type", "Json"));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                Map<String, Object> value = new HashMap<>();
                value.put("value", v);
                variables.put(k, value);
            }
        });
        return variables;
    }

    protected ResponseEntity<JsonNode> engineRest(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** The case file with everything a test reads loaded. */
    protected Suggestion load(String businessKey) {
        return transaction.execute(st -> {
            Suggestion s = suggestions.findByBusinessKey(businessKey).orElseThrow();
            Hibernate.initialize(s.getLeadDeputy());
            s.getSigners().forEach(g -> Hibernate.initialize(g.getDeputy()));
            Hibernate.initialize(s.getDepartments());
            Hibernate.initialize(s.getExtensions());
            Hibernate.initialize(s.getEvents());
            return s;
        });
    }

    protected JsonNode detail(String user, String businessKey) {
        ResponseEntity<JsonNode> got = get(user, "/api/suggestions/" + businessKey);
        assertThat(got.getStatusCode()).as(String.valueOf(got.getBody())).isEqualTo(HttpStatus.OK);
        return got.getBody();
    }

    protected void admit(String businessKey, String lead, List<String> co, boolean key) {
        Map<String, Object> form = new HashMap<>();
        form.put("admission", "ACCEPT");
        form.put("leadDepartment", lead);
        form.put("coDepartments", co);
        form.put("keySuggestion", key);
        submitFormOk("office", openTask(businessKey, SuggestionProcess.TASK_REVIEW_ADMISSION), form);
    }

    protected void consultByPhone(String user, String businessKey) {
        submitFormOk(user, openTask(businessKey, SuggestionProcess.TASK_CONSULT), Map.of("leadAction", "CONSULTED",
                "consultationMethod", "PHONE", "consultationDate", today(), "consultationSummary", "电话听取代表意见"));
    }

    protected String today() {
        return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().atZone(SHANGHAI).toLocalDate()
                .toString();
    }
}
