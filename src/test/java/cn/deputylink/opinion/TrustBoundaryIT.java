package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The trust boundary, tried as an attacker would: every finding that worked on the old engine REST
 * door (the role × endpoint matrix is {@link TrustMatrixIT}).
 */
class TrustBoundaryIT extends OpinionItSupport {

    private String ours;
    private String theirs;
    private long theirsId;

    /** Two cases of two stations: ours waits at 交通运输局 (jtj), theirs (桃源镇代表之家) at 住建局 (zjj). */
    @BeforeEach
    void twoCasesAtTwoDepartments() {
        ours = atDepartment("ty-xl", "jtj", "村口公路坑洼积水，请修补。");
        theirs = atDepartment("ty", "zjj", "小区外墙脱落，存在安全隐患。");
        theirsId = jdbc.queryForObject("select id from opinion where tracking_code = ?", Long.class, theirs);
    }

    private String atDepartment(String station, String department, String content) {
        String code = submit(opinion("stationCode", station, "category", "HOUSING", "content", content));
        executeDueJobs();
        complete("staff-" + station, code, OpinionProcess.TRIAGE, "merge", false, "category", "HOUSING",
                "route", "LOCAL", "departmentCode", department);
        executeDueJobs();
        return code;
    }

    @Test
    void aTaskHolderCannotRebindItsTaskToAnotherCase() {
        String own = taskOf("jtj01", ours, OpinionProcess.HANDLE).path("id").asText();
        ResponseEntity<JsonNode> put = put("jtj01", "/engine-rest/task/" + own + "/variables/opinionId",
                Map.of("value", theirsId, "type", "Long"));
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> modify = post("jtj01", "/engine-rest/task/" + own + "/variables",
                Map.of("modifications", Map.of("opinionId", Map.of("value", theirsId, "type", "Long"))));
        assertThat(modify.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> forged = completeTask("jtj01", own, "opinionId", theirsId, "reassign", false,
                "reply", "伪造的答复");
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forged.getBody().path("field").asText()).isEqualTo("opinionId");
        assertThat(forged.getBody().path("message").asText()).contains("opinionId");
        // nothing written to either case: both still wait for their departments
        assertThat(taskOf("jtj01", ours, OpinionProcess.HANDLE).path("id").asText()).isEqualTo(own);
        assertThat(taskOf("zjj01", theirs, OpinionProcess.HANDLE)).isNotNull();
        assertThat(replyOf(theirs)).isNull();
    }

    @Test
    void aStepThatStillCarriesAnotherCaseIsRefusedBeforeItWrites() {
        // even a variable changed behind the doors (an operator's slip) cannot make a step write elsewhere
        JsonNode task = taskOf("jtj01", ours, OpinionProcess.HANDLE);
        runtimeService.setVariable(task.path("processInstanceId").asText(), OpinionProcess.OPINION_ID.name(), theirsId);
        ResponseEntity<JsonNode> done = completeTask("jtj01", task.path("id").asText(), "reassign", false,
                "reply", "已安排修补。");
        assertThat(done.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(done.getBody().path("message").asText()).contains("案件绑定不符");
        assertThat(replyOf(theirs)).isNull();
        assertThat(replyOf(ours)).isNull();
    }

    @Test
    void aDeputyCannotStartAProcessWithAnotherCasesIdOrKey() {
        long someSuggestion = jdbc.queryForObject("select coalesce(max(id), 1) from suggestion", Long.class);
        ResponseEntity<JsonNode> hijack = post("d002", "/engine-rest/process-definition/key/deputy-suggestion/start",
                Map.of("variables", Map.of("suggestionId", Map.of("value", someSuggestion, "type", "Long"))));
        assertThat(hijack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(hijack.getBody().path("field").asText()).isEqualTo("suggestionId");
        ResponseEntity<JsonNode> withKey = post("d002", "/engine-rest/process-definition/key/deputy-suggestion/start",
                Map.of("businessKey", "JY-2026-0001"));
        assertThat(withKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // a process without a start form is started only by the system
        ResponseEntity<JsonNode> opinion = post("staff-ty-xl", "/engine-rest/process-definition/key/opinion-handling/start",
                Map.of("variables", Map.of()));
        assertThat(opinion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void freeTextTypedIntoAFormNeverReachesHistory() {
        String note = "研判备注：联系人李四 13900001111";
        String code = submit(opinion("stationCode", "ty-xl", "category", "TRAFFIC", "content", "路灯不亮。"));
        executeDueJobs();
        complete("staff-ty-xl", code, OpinionProcess.TRIAGE, "merge", false, "category", "TRAFFIC",
                "route", "ON_SITE", "reply", "已当场答复：路灯今日修复。", "triageNote", note);
        executeDueJobs();
        String instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .singleResult().getId();
        List<String> names = jdbc.queryForList("select NAME_ from ACT_HI_VARINST where PROC_INST_ID_ = ?"
                + " union select NAME_ from ACT_HI_DETAIL where PROC_INST_ID_ = ?", String.class, instance, instance);
        assertThat(names).isNotEmpty().doesNotContain("triageNote", "reply", "caseSummary");
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ? and TEXT_ like ?",
                Integer.class, instance, "%13900001111%")).isZero();
    }

    @Test
    void twoPeopleCompletingOneTaskGiveOneSuccessAndOneConflict() throws Exception {
        String task = taskOf("jtj01", ours, OpinionProcess.HANDLE).path("id").asText();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<ResponseEntity<JsonNode>> call = () -> {
                start.await();
                return completeTask("jtj01", task, "reassign", false, "reply", "已安排修补。");
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<ResponseEntity<JsonNode>> answer : answers) {
            // a request that never answers is a failure, not a hung build
            statuses.add(HttpStatus.valueOf(answer.get(2, java.util.concurrent.TimeUnit.MINUTES).getStatusCode().value()));
        }
        pool.shutdown();
        assertThat(statuses).containsOnlyOnce(HttpStatus.NO_CONTENT);
        assertThat(statuses).allMatch(s -> s == HttpStatus.NO_CONTENT || s == HttpStatus.CONFLICT
                || s == HttpStatus.NOT_FOUND);
    }

    @Test
    void theDirectoryAndTheJobsAreForAdministratorsOnly() {
        String cleanup = managementService.createJobQuery().list().stream()
                .filter(j -> j.getProcessDefinitionKey() == null).map(j -> j.getId()).findFirst().orElse("any");
        for (String user : List.of("d001", "jtj01", "staff-ty-xl")) {
            assertThat(put(user, "/engine-rest/job/" + cleanup + "/suspended", Map.of("suspended", true))
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(put(user, "/engine-rest/job/" + cleanup + "/retries", Map.of("retries", 0))
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(user, "/engine-rest/user").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(user, "/engine-rest/group").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(user, "/engine-rest/authorization").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            // what Tasklist needs stays: one's own profile and groups
            assertThat(get(user, "/engine-rest/user/" + user + "/profile").getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(get(user, "/engine-rest/group?member=" + user).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(get("demo", "/engine-rest/user").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("supervisor", "/engine-rest/incident").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String replyOf(String code) {
        return jdbc.queryForObject("select reply from opinion where tracking_code = ?", String.class, code);
    }
}
