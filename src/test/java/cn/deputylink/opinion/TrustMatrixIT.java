package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The role × endpoint matrix: every demo role tries every engine write and every case API against
 * a case of another station and another department. All are refused and nothing changes, so the
 * case is made once for the whole matrix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustMatrixIT extends OpinionItSupport {

    /** Every demo role that works in Tasklist, none of them an administrator. */
    static final List<String> ROLES = List.of("jtj01", "zjj01", "staff-ty-xl", "staff-qs", "d001", "d002",
            "gov", "party", "supervisor", "office");

    private String theirs;
    private long theirsId;

    /** Another party's case: received at 桃源镇代表之家 (ty), handled by 住建局 (zjj). */
    @BeforeAll
    void anotherPartysCase() {
        theirs = submit(opinion("stationCode", "ty", "category", "HOUSING", "content", "小区外墙脱落，存在安全隐患。"));
        executeDueJobs();
        complete("staff-ty", theirs, OpinionProcess.TRIAGE, "merge", false, "category", "HOUSING",
                "route", "LOCAL", "departmentCode", "zjj");
        executeDueJobs();
        theirsId = jdbc.queryForObject("select id from opinion where tracking_code = ?", Long.class, theirs);
    }

    /** The matrix: every role, every engine write against another party's case, all refused, nothing changed. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("roleByWrite")
    void noRoleWritesIntoAnotherPartysCase(String user, String write) {
        JsonNode task = taskOf("zjj01", theirs, OpinionProcess.HANDLE);
        String taskId = task.path("id").asText();
        String instance = task.path("processInstanceId").asText();
        long historyBefore = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).count();
        ResponseEntity<JsonNode> answer = switch (write) {
            case "task variable" -> put(user, "/engine-rest/task/" + taskId + "/variables/departmentCode",
                    Map.of("value", "jtj", "type", "String"));
            case "task local variable" -> put(user, "/engine-rest/task/" + taskId + "/localVariables/opinionId",
                    Map.of("value", 1, "type", "Long"));
            case "instance variable" -> put(user, "/engine-rest/process-instance/" + instance
                    + "/variables/opinionId", Map.of("value", 1, "type", "Long"));
            case "execution variable" -> post(user, "/engine-rest/execution/" + instance + "/localVariables",
                    Map.of("modifications", Map.of("departmentCode", Map.of("value", "jtj"))));
            case "complete" -> completeTask(user, taskId, "reassign", false, "reply", "伪造的答复");
            case "submit form" -> post(user, "/engine-rest/task/" + taskId + "/submit-form",
                    Map.of("variables", Map.of("reassign", Map.of("value", false),
                            "reply", Map.of("value", "伪造的答复"))));
            case "assign" -> post(user, "/engine-rest/task/" + taskId + "/assignee", Map.of("userId", user));
            case "claim for someone" -> post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "zjj01"));
            case "candidate group" -> post(user, "/engine-rest/task/" + taskId + "/identity-links",
                    Map.of("groupId", "dept-jtj", "type", "candidate"));
            case "edit task" -> put(user, "/engine-rest/task/" + taskId, Map.of("name", "已改", "due", "2030-01-01T00:00:00.000+0800"));
            case "message" -> post(user, "/engine-rest/message", Map.of("messageName", OpinionProcess.MSG_FEEDBACK,
                    "businessKey", theirs, "processVariables", Map.of("rating", Map.of("value", "SATISFIED"))));
            case "delete instance" -> exchange(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + instance,
                    null, null);
            case "suspend instance" -> put(user, "/engine-rest/process-instance/" + instance + "/suspended",
                    Map.of("suspended", true));
            case "comment" -> post(user, "/engine-rest/task/" + taskId + "/comment/create", Map.of("message", "留言"));
            case "case file" -> get(user, "/api/opinions/" + theirs);
            case "similar cases" -> get(user, "/api/opinions/" + theirs + "/duplicates");
            case "phone rating" -> post(user, "/api/opinions/" + theirs + "/feedback", Map.of("rating", "SATISFIED"));
            case "new secret" -> post(user, "/api/opinions/" + theirs + "/access", Map.of());
            default -> throw new IllegalArgumentException(write);
        };
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(user + " " + write + ": " + answer.getBody()).isFalse();
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).as("task still open").isNotNull();
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getName()).isNotEqualTo("已改");
        assertThat(runtimeService.getVariable(instance, OpinionProcess.DEPARTMENT_CODE.name())).isEqualTo("zjj");
        assertThat(runtimeService.getVariable(instance, OpinionProcess.OPINION_ID.name())).isEqualTo(theirsId);
        assertThat(replyOf(theirs)).isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).count())
                .isEqualTo(historyBefore);
    }

    static Stream<Arguments> roleByWrite() {
        List<String> writes = List.of("task variable", "task local variable", "instance variable", "execution variable",
                "complete", "submit form", "assign", "claim for someone", "candidate group", "edit task", "message",
                "delete instance", "suspend instance", "comment", "case file", "similar cases", "phone rating",
                "new secret");
        // overseers read every case file, and the office records phone ratings and issues new secrets;
        // everything else is refused to every role but the case's own
        Map<String, List<String>> allowed = Map.of(
                "supervisor", List.of("case file", "similar cases"),
                "office", List.of("case file", "similar cases", "phone rating", "new secret"));
        return ROLES.stream().filter(r -> !r.equals("zjj01"))
                .flatMap(r -> writes.stream()
                        .filter(w -> !allowed.getOrDefault(r, List.of()).contains(w))
                        .map(w -> Arguments.of(r, w)));
    }

    private String replyOf(String code) {
        return jdbc.queryForObject("select reply from opinion where tracking_code = ?", String.class, code);
    }
}
