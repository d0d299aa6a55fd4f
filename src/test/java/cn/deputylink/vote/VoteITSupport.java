package cn.deputylink.vote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.IntegrationTest;
import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The vote's story told over HTTP, as the offices and deputies tell it: each helper is one step
 * of a person, and checks it was accepted. Jobs are run only for the cases of the test's own
 * votes, so other tests' leftovers in the shared database cannot disturb them.
 */
abstract class VoteITSupport extends IntegrationTest {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** d001 … d040. */
    static List<String> deputies(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("d%03d", i)).toList();
    }

    static List<String> codes(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("D%03d", i)).toList();
    }

    static OffsetDateTime at(int y, int m, int d, int h) {
        return OffsetDateTime.of(y, m, d, h, 0, 0, 0, CHINA);
    }

    void clock(OffsetDateTime when) {
        moveClockTo(Date.from(when.toInstant()));
    }

    /** A county congress whose listed members are the given demo deputies. */
    String congress(List<String> memberCodes) {
        String code = unique("c");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "测试县第一届人民代表大会" + code);
        body.put("level", "COUNTY");
        body.put("membership", "EXPLICIT");
        body.put("memberDeputyCodes", memberCodes);
        ResponseEntity<JsonNode> r = post("office", "/api/congresses", body);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
        return code;
    }

    /** Launches the vote with its collection open from now and waits until the window is open. */
    String launch(String congress, int year, int slots, OffsetDateTime closes, OffsetDateTime session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("congressCode", congress);
        body.put("voteYear", year);
        body.put("collectionClosesAt", closes.toString());
        body.put("sessionDate", session.toString());
        body.put("rules", Map.of("slots", slots));
        ResponseEntity<JsonNode> r = post("office", "/api/votes", body);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
        String key = r.getBody().path("businessKey").asText();
        runJobs(key);
        assertThat(get("office", "/api/votes/" + key).getBody().path("status").asText()).isEqualTo("COLLECTING");
        return key;
    }

    Map<String, Object> proposal(String voteKey, String title, String area, int cost) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("voteKey", voteKey);
        body.put("title", title);
        body.put("description", title + "：群众反映强烈，建议列入今年民生实事。");
        body.put("area", area);
        body.put("estimatedCost", cost);
        return body;
    }

    /** A citizen's proposal on the public API; returns its id as the offices see it. */
    long proposePublic(String voteKey, String title, String area, int cost, String name, String phone) {
        Map<String, Object> body = proposal(voteKey, title, area, cost);
        body.put("proposerName", name);
        body.put("proposerPhone", phone);
        ResponseEntity<JsonNode> r = post(null, "/api/public/project-proposals", body);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
        return proposalId(voteKey, r.getBody().path("trackingCode").asText());
    }

    long proposalId(String voteKey, String trackingCode) {
        for (JsonNode p : get("gov", "/api/votes/" + voteKey + "/proposals?size=200").getBody().path("items")) {
            if (trackingCode.equals(p.path("trackingCode").asText())) {
                return p.path("id").asLong();
            }
        }
        throw new AssertionError("no proposal " + trackingCode);
    }

    void closeCollection(String voteKey) {
        assertThat(post("office", "/api/votes/" + voteKey + "/collection/close", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        runJobs(voteKey);
        assertThat(status(voteKey)).isEqualTo("SCREENING");
    }

    void screen(String voteKey, long proposalId, String decision, Long mergeInto, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("mergedIntoProposalId", mergeInto);
        body.put("necessity", "MET");
        body.put("feasibility", "MET");
        body.put("budgetAssessment", "NOT_TAKEN".equals(decision) ? "NOT_MET" : "MET");
        body.put("reason", reason);
        ResponseEntity<JsonNode> r = put("gov", "/api/votes/" + voteKey + "/proposals/" + proposalId + "/screening", body);
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
    }

    ResponseEntity<JsonNode> submitScreening(String voteKey) {
        return post("gov", "/api/votes/" + voteKey + "/screening", Map.of("outcome", "CANDIDATES_READY"));
    }

    void approve(String voteKey) {
        ResponseEntity<JsonNode> r = post("party", "/api/votes/" + voteKey + "/approval", Map.of("decision", "APPROVE"));
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
        runJobs(voteKey);
        assertThat(status(voteKey)).isEqualTo("CANDIDATES_PUBLISHED");
    }

    /** The session opens (the reading tasks end) and the secretariat's attendance task is there. */
    void openSession(String voteKey) {
        assertThat(post("office", "/api/votes/" + voteKey + "/session/open", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        runJobs(voteKey);
        assertThat(taskOf(voteKey, LivelihoodVoteProcess.TASK_ATTENDANCE)).isNotNull();
    }

    ResponseEntity<JsonNode> attendance(String voteKey, List<String> presentCodes) {
        return post("office", "/api/votes/" + voteKey + "/session/attendance", Map.of("presentDeputyCodes", presentCodes));
    }

    /** Candidate ids of the open round, in ballot order. */
    List<Long> ballotCandidates(String voteKey, String asUser) {
        List<Long> ids = new ArrayList<>();
        get(asUser, "/api/votes/" + voteKey + "/ballot").getBody().path("candidates")
                .forEach(c -> ids.add(c.path("candidateId").asLong()));
        return ids;
    }

    static Map<String, String> marks(List<Long> candidates, String... marks) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < marks.length; i++) {
            m.put(String.valueOf(candidates.get(i)), marks[i]);
        }
        return m;
    }

    ResponseEntity<JsonNode> cast(String voteKey, String deputyUser, Map<String, String> marks) {
        return post(deputyUser, "/api/votes/" + voteKey + "/ballots", Map.of("marks", marks));
    }

    String status(String voteKey) {
        return get("office", "/api/votes/" + voteKey).getBody().path("status").asText();
    }

    Task taskOf(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .active().list().stream().findFirst().orElse(null);
    }

    /** The Camunda Form of the task is deployed and Tasklist gets it for the user who works it. */
    void assertFormServed(String user, Task task, String formId) {
        assertThat(task).as("task for form " + formId).isNotNull();
        ResponseEntity<String> form = rest.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
        assertThat(form.getStatusCode()).as(formId + " for " + user).isEqualTo(HttpStatus.OK);
        try {
            JsonNode schema = json.readTree(form.getBody());
            assertThat(schema.path("id").asText()).isEqualTo(formId);
            assertThat(schema.path("schemaVersion").asInt()).isBetween(1, 16);
        } catch (java.io.IOException e) {
            throw new AssertionError("form " + formId + " is not JSON", e);
        }
    }

    /**
     * A vote of a fresh congress of the given demo deputies, brought to its session: the given
     * number of candidates approved and sent out, the session open, attendance not yet recorded.
     */
    String voteAtSession(List<String> memberCodes, int slots, int candidates) {
        clock(at(2026, 3, 2, 9));
        String vote = launch(congress(memberCodes), 2026, slots, at(2026, 3, 23, 0), at(2026, 4, 20, 9));
        for (int i = 1; i <= candidates; i++) {
            proposePublic(vote, "候选项目" + i, "片区" + i, 10 * i, null, null);
        }
        closeCollection(vote);
        for (JsonNode p : get("gov", "/api/votes/" + vote + "/proposals").getBody().path("items")) {
            screen(vote, p.path("id").asLong(), "CANDIDATE", null, null);
        }
        ResponseEntity<JsonNode> submitted = submitScreening(vote);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        approve(vote);
        clock(at(2026, 4, 20, 9));
        openSession(vote);
        return vote;
    }

    /** Runs every due job of the cases with these business keys and of the cases they called. */
    void runJobs(String... businessKeys) {
        for (int round = 0; round < 500; round++) {
            List<Job> due = new ArrayList<>();
            for (String id : instances(businessKeys)) {
                due.addAll(managementService.createJobQuery().processInstanceId(id).executable().active().list());
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> managementService.executeJob(j.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    private Set<String> instances(String... businessKeys) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : businessKeys) {
            for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).list()) {
                ids.add(pi.getId());
                runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list()
                        .forEach(child -> ids.add(child.getId()));
            }
        }
        return ids;
    }
}
