package cn.deputylink.vote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.vote.workflow.LivelihoodProjectProcess;
import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The forms as Tasklist submits them (engine REST submit-form with the variable typing of the
 * 7.24 Tasklist: a list goes back with the type and valueInfo of the variable the form was fed,
 * a plain value untyped). Proves each form's keys are what the listeners and gateways read.
 */
class TasklistFormsIT extends VoteITSupport {

    @Test
    void aVoteAndAProjectWorkedInTasklist() throws Exception {
        String vote = voteAtSessionViaTasklist();
        ResponseEntity<JsonNode> opened = submit("office", taskOf(vote, LivelihoodVoteProcess.TASK_ATTENDANCE),
                Map.of("presentDeputyCodes", List.of("D001", "D002", "D003", "D004", "D005", "D006")));
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        List<Long> c = ballotCandidates(vote, "d001");
        for (String d : deputies(1, 5)) {
            cast(vote, d, marks(c, "APPROVE", "OPPOSE"));
        }
        post("office", "/api/votes/" + vote + "/paper-ballots/issued", Map.of("deputyCode", "D006"));
        assertThat(submit("office", taskOf(vote, LivelihoodVoteProcess.TASK_END_VOTING), Map.of("votingEnded", true))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        post("office", "/api/votes/" + vote + "/paper-ballots", Map.of("marks", marks(c, "APPROVE", "ABSTAIN")));
        assertThat(submit("office", taskOf(vote, LivelihoodVoteProcess.TASK_ENTER_PAPER),
                Map.of("paperBallotsEntered", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        runJobs(vote);
        assertThat(status(vote)).isEqualTo("RESULT_PUBLISHED");

        String project = vote + "-01";
        Task plan = taskOf(project, LivelihoodProjectProcess.TASK_PLAN);
        JsonNode planVars = formVariables("gov", plan);
        assertThat(planVars.path("departmentOptions").path("value").asText()).contains("\"value\":\"jtj\"");
        assertThat(planVars.path("budget").path("value").asDouble()).isEqualTo(10.0);
        Map<String, Object> badPlan = new LinkedHashMap<>();
        badPlan.put("departmentCode", "nosuch");
        badPlan.put("budget", 12);
        badPlan.put("plannedCompletion", "2026-11-30");
        badPlan.put("milestonesText", "2026-06-30 开工");
        ResponseEntity<JsonNode> refused = submit("gov", plan, badPlan);
        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        // a department the form does not offer is refused at the door, naming the field
        assertThat(refused.getBody().path("message").asText()).contains("不是可选的选项");
        assertThat(refused.getBody().path("field").asText()).isEqualTo("departmentCode");
        Map<String, Object> goodPlan = new LinkedHashMap<>(badPlan);
        goodPlan.put("departmentCode", "jtj");
        goodPlan.put("milestonesText", "2026-6-30 开工\n月底前 主体完工");
        ResponseEntity<JsonNode> badLine = submit("gov", plan, goodPlan);
        assertThat(badLine.getBody().path("message").asText()).contains("时间节点第 2 行");
        goodPlan.put("milestonesText", "2026-6-30 开工\n\n2026年10月31日 主体完工");
        assertThat(submit("gov", plan, goodPlan).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode planned = get("gov", "/api/projects/" + project).getBody();
        assertThat(planned.path("departmentCode").asText()).isEqualTo("jtj");
        assertThat(planned.path("budget").decimalValue()).isEqualByComparingTo("12");
        assertThat(planned.path("milestones").findValuesAsText("title")).containsExactly("开工", "主体完工");
        assertThat(planned.path("milestones").get(1).path("dueDate").asText()).isEqualTo("2026-10-31");

        clock(at(2026, 7, 21, 10));
        runJobs(vote);
        assertThat(submit("jtj01", taskOf(project, LivelihoodProjectProcess.TASK_REPORT), Map.of("percentComplete", 40,
                "fundsSpent", 4.5, "progressSummary", "开工建设", "progressProblems", "")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        clock(at(2026, 10, 22, 10));
        runJobs(vote);
        Task inspect = taskOf(project, LivelihoodProjectProcess.TASK_INSPECT);
        assertThat(rest.withBasicAuth("d002", "demo").postForEntity("/engine-rest/task/" + inspect.getId() + "/claim",
                new HttpEntity<>(Map.of("userId", "d002")), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit("d002", inspect, Map.of("inspectionConclusion", "MINOR_ISSUES",
                "inspectionFindings", "围挡不全，已提醒整改")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit("jtj01", taskOf(project, LivelihoodProjectProcess.TASK_COMPLETE), Map.of("completionSummary",
                "完工", "actualCost", 11.8)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task accept = taskOf(project, LivelihoodProjectProcess.TASK_ACCEPT);
        assertThat(formVariables("office", accept).path("completionSummary").path("value").asText()).isEqualTo("完工");
        assertThat(submit("office", accept, Map.of("acceptanceDecision", "REWORK", "acceptanceOpinion", "护栏未安装"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit("jtj01", taskOf(project, LivelihoodProjectProcess.TASK_COMPLETE), Map.of("completionSummary",
                "护栏已安装", "actualCost", 12)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit("office", taskOf(project, LivelihoodProjectProcess.TASK_ACCEPT),
                Map.of("acceptanceDecision", "ACCEPTED", "acceptanceOpinion", "")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode accepted = get("office", "/api/projects/" + project).getBody();
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("inspections").get(0).path("conclusion").asText()).isEqualTo("MINOR_ISSUES");
        assertThat(accepted.path("progressReports").get(0).path("fundsSpent").decimalValue()).isEqualByComparingTo("4.5");
    }

    /** Launch and proposals on the API; screening, approval and reading in Tasklist. */
    private String voteAtSessionViaTasklist() throws Exception {
        clock(at(2026, 3, 2, 9));
        String vote = launch(congress(codes(1, 6)), 2026, 1, at(2026, 3, 23, 0), at(2026, 4, 20, 9));
        for (int i = 1; i <= 4; i++) {
            proposePublic(vote, "表单项目" + i, "片区" + i, 10 * i, null, null);
        }
        closeCollection(vote);
        List<Task> perProposal = taskService.createTaskQuery().processInstanceBusinessKey(vote)
                .taskDefinitionKey(LivelihoodVoteProcess.TASK_SCREEN_PROPOSAL).orderByTaskId().asc().list();
        assertThat(perProposal).hasSize(4);
        long first = Long.MAX_VALUE;
        for (Task t : perProposal) {
            first = Math.min(first, formVariables("gov", t).path("proposalId").path("value").asLong());
        }
        // first try: one candidate and everything merged into it, which is not 差额
        for (Task t : perProposal) {
            JsonNode vars = formVariables("gov", t);
            assertThat(vars.path("proposalSummary").path("value").asText()).contains("表单项目");
            long id = vars.path("proposalId").path("value").asLong();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("decision", id == first ? "CANDIDATE" : "MERGED");
            fields.put("mergedIntoProposalId", id == first ? null : first);
            fields.put("necessity", "MET");
            fields.put("feasibility", "MET");
            fields.put("budgetAssessment", "MET");
            fields.put("reason", "");
            assertThat(submit("gov", t, fields).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        Task submitList = taskOf(vote, LivelihoodVoteProcess.TASK_SUBMIT_LIST);
        assertThat(formVariables("gov", submitList).path("screeningSummary").path("value").asText())
                .contains("列为候选项目 1 条，合并 3 条");
        ResponseEntity<JsonNode> tooFew = submit("gov", submitList, Map.of("screeningOutcome", "CANDIDATES_READY"));
        assertThat(tooFew.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(tooFew.getBody().path("message").asText()).contains("差额");
        assertThat(submit("gov", submitList, Map.of("screeningOutcome", "RESCREEN")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // back at the proposals, with the earlier decisions filled in: change two, confirm the rest
        int changed = 0;
        for (Task t : taskService.createTaskQuery().processInstanceBusinessKey(vote)
                .taskDefinitionKey(LivelihoodVoteProcess.TASK_SCREEN_PROPOSAL).list()) {
            JsonNode vars = formVariables("gov", t);
            long id = vars.path("proposalId").path("value").asLong();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("decision", vars.path("decision").path("value").asText());
            fields.put("mergedIntoProposalId", id == first ? null : first);
            fields.put("necessity", vars.path("necessity").path("value").asText());
            fields.put("feasibility", "MET");
            fields.put("budgetAssessment", "MET");
            fields.put("reason", "");
            if (id != first && changed == 0) {
                fields.put("decision", "CANDIDATE");
                fields.put("mergedIntoProposalId", null);
                changed++;
            } else if (id != first && changed == 1) {
                fields.put("decision", "NOT_TAKEN");
                fields.put("mergedIntoProposalId", null);
                fields.put("reason", "与上级项目重复");
                changed++;
            }
            assertThat(submit("gov", t, fields).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        assertThat(submit("gov", taskOf(vote, LivelihoodVoteProcess.TASK_SUBMIT_LIST),
                Map.of("screeningOutcome", "CANDIDATES_READY")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Task approval = taskOf(vote, LivelihoodVoteProcess.TASK_APPROVE);
        assertThat(formVariables("party", approval).path("candidateSummary").path("value").asText())
                .contains("候选项目 2 项", "表单项目1");
        assertThat(submit("party", approval, Map.of("approvalDecision", "APPROVE", "approvalComment", ""))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        runJobs(vote);
        for (String d : deputies(1, 6)) {
            Task reading = taskService.createTaskQuery().processInstanceBusinessKey(vote).taskAssignee(d).singleResult();
            assertThat(submit(d, reading, Map.of("candidateListRead", true)).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
        runJobs(vote);
        Task attendance = taskOf(vote, LivelihoodVoteProcess.TASK_ATTENDANCE);
        JsonNode roll = json.readTree(formVariables("office", attendance).path("rollOptions").path("value").asText());
        assertThat(roll).hasSize(6);
        assertThat(roll.get(0).path("label").asText()).isEqualTo("D001 张**");
        return vote;
    }

    private JsonNode formVariables(String user, Task task) {
        return rest.withBasicAuth(user, "demo").getForEntity("/engine-rest/task/" + task.getId()
                + "/form-variables?deserializeValues=false", JsonNode.class).getBody();
    }

    /** What Tasklist 7.24 sends for a Camunda Form: see its submit handler. */
    private ResponseEntity<JsonNode> submit(String user, Task task, Map<String, Object> data) {
        assertThat(task).as("task to submit").isNotNull();
        JsonNode existing = formVariables(user, task);
        ObjectNode variables = json.createObjectNode();
        data.forEach((key, value) -> {
            ObjectNode v = variables.putObject(key);
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                JsonNode known = existing.path(key);
                v.put("type", known.isMissingNode() ? "Json" : known.path("type").asText());
                if (!known.isMissingNode()) {
                    v.set("valueInfo", known.path("valueInfo"));
                }
                try {
                    v.put("value", json.writeValueAsString(value));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            } else {
                v.set("value", json.valueToTree(value));
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, "demo");
        return rest.exchange("/engine-rest/task/" + task.getId() + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables), headers), JsonNode.class);
    }
}
