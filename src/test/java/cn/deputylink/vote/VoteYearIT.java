package cn.deputylink.vote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.vote.workflow.LivelihoodProjectProcess;
import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The done-when of the livelihood-project vote, over HTTP with the demo users: proposals
 * collected, screened, returned once and approved, the forty demo deputies vote (two on paper),
 * the result published with a digest anyone can check, a project planned, reported on each
 * quarter, inspected, accepted, and rated by the deputies at the next year's session.
 */
class VoteYearIT extends VoteITSupport {

    @Test
    void aFullYearWithTheFortyDemoDeputies() throws Exception {
        clock(at(2026, 3, 2, 9));
        String congress = congress(codes(1, 40));
        String vote = launch(congress, 2026, 3, at(2026, 3, 23, 0), at(2026, 4, 20, 9));

        // ---- 群众点单: citizens, a deputy and a department propose
        long bridge = proposePublic(vote, "杏林村便民桥改造", "桃源镇杏林村", 80, "石大山", "13800138000");
        ResponseEntity<JsonNode> byDeputy = post("d010", "/api/votes/" + vote + "/proposals",
                proposalBody("老街排水管网改造", "城关街道老街", 260));
        assertThat(byDeputy.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(byDeputy.getBody().path("proposer").asText()).isEqualTo("代表 吴海燕（D010）");
        long drains = byDeputy.getBody().path("id").asLong();
        ResponseEntity<JsonNode> byDepartment = post("jtj01", "/api/votes/" + vote + "/proposals",
                proposalBody("城关第二小学校门口交通安全设施", "城关街道", 30));
        assertThat(byDepartment.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long school = byDepartment.getBody().path("id").asLong();
        long elders = proposePublic(vote, "柳河乡敬老院适老化改造", "柳河乡", 65, null, null);
        long bridgeAgain = proposePublic(vote, "杏林村修桥", "杏林村", 90, "段小红", "13900139000");
        long water = proposePublic(vote, "石桥村饮水工程", "柳河乡石桥村", 500, "雷明", null);

        JsonNode list = get("gov", "/api/votes/" + vote + "/proposals").getBody().path("items");
        assertThat(list.toString()).doesNotContain("石大山", "13800138000").contains("石**", "138****8000", "匿名群众");

        // ---- 初定 by gov-office, 审定 by party-office (returned once)
        closeCollection(vote);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(vote)
                .taskDefinitionKey(LivelihoodVoteProcess.TASK_SCREEN_PROPOSAL).count()).as("one task per proposal").isEqualTo(6);
        assertFormServed("gov", taskOf(vote, LivelihoodVoteProcess.TASK_SCREEN_PROPOSAL), "form-vote-screen-proposal");
        screen(vote, bridge, "CANDIDATE", null, null);
        screen(vote, drains, "CANDIDATE", null, null);
        screen(vote, school, "CANDIDATE", null, null);
        screen(vote, elders, "CANDIDATE", null, null);
        screen(vote, bridgeAgain, "MERGED", bridge, null);
        screen(vote, water, "NOT_TAKEN", null, null);
        assertFormServed("gov", taskOf(vote, LivelihoodVoteProcess.TASK_SUBMIT_LIST), "form-vote-screening");
        ResponseEntity<JsonNode> noReason = submitScreening(vote);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("fieldErrors").get(0).path("message").asText()).contains("未采纳的建议须说明理由");
        assertThat(noReason.getBody().path("fieldErrors").get(0).path("field").asText()).isEqualTo("proposals");
        screen(vote, water, "NOT_TAKEN", null, "投资超出本级财力，建议申报省级农村饮水安全项目");
        assertThat(submitScreening(vote).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertFormServed("party", taskOf(vote, LivelihoodVoteProcess.TASK_APPROVE), "form-vote-approval");
        assertThat(post("party", "/api/votes/" + vote + "/approval", Map.of("decision", "RETURN")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("party", "/api/votes/" + vote + "/approval",
                Map.of("decision", "RETURN", "comment", "请补充敬老院项目的资金来源")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status(vote)).isEqualTo("SCREENING");
        assertThat(submitScreening(vote).getStatusCode()).isEqualTo(HttpStatus.OK);
        approve(vote);

        // ---- the list reaches every deputy, in Tasklist and on the API
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(vote)
                .taskDefinitionKey(LivelihoodVoteProcess.TASK_READ).count()).isEqualTo(40);
        Task d007Reading = taskService.createTaskQuery().processInstanceBusinessKey(vote).taskAssignee("d007").singleResult();
        assertFormServed("d007", d007Reading, "form-vote-candidate-list");
        JsonNode candidates = get("d007", "/api/votes/" + vote + "/candidates").getBody();
        assertThat(candidates).hasSize(4);
        assertThat(candidates.get(0).path("proposalTrackingCodes")).hasSize(2);
        JsonNode published = get(null, "/api/public/votes/" + vote).getBody();
        assertThat(published.path("notTaken").get(0).path("reason").asText()).contains("省级农村饮水安全");

        // ---- the session: quorum, 38 present, ballots
        clock(at(2026, 4, 20, 9));
        openSession(vote);
        assertFormServed("office", taskOf(vote, LivelihoodVoteProcess.TASK_ATTENDANCE), "form-vote-attendance");
        ResponseEntity<JsonNode> tooFew = attendance(vote, codes(1, 26));
        assertThat(tooFew.getBody().path("roundStatus").isNull()).isTrue();
        assertThat(taskOf(vote, LivelihoodVoteProcess.TASK_ATTENDANCE)).as("quorum of 27 not met").isNotNull();
        JsonNode opened = attendance(vote, codes(1, 38)).getBody();
        assertThat(opened.path("roundStatus").asText()).isEqualTo("OPEN");
        assertThat(opened.path("presentDeputies").asInt()).isEqualTo(38);
        assertThat(put("office", "/api/votes/" + vote + "/rules", Map.of("slots", 2)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        List<Long> c = ballotCandidates(vote, "d001");
        assertThat(c).hasSize(4);
        for (String d : deputies(1, 30)) {
            assertThat(cast(vote, d, marks(c, "APPROVE", "APPROVE", "APPROVE", "OPPOSE")).getStatusCode())
                    .as(d).isEqualTo(HttpStatus.CREATED);
        }
        for (String d : deputies(31, 35)) {
            cast(vote, d, marks(c, "APPROVE", "APPROVE", "ABSTAIN", "APPROVE"));
        }
        ResponseEntity<JsonNode> overN = cast(vote, "d036", marks(c, "APPROVE", "APPROVE", "APPROVE", "APPROVE"));
        assertThat(overN.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(overN.getBody().toString()).doesNotContainIgnoringCase("id");
        assertThat(cast(vote, "d001", marks(c, "OPPOSE", "OPPOSE", "OPPOSE", "APPROVE")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(cast(vote, "d039", marks(c, "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("office", "/api/votes/" + vote + "/paper-ballots/issued", Map.of("deputyCode", "D037"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("office", "/api/votes/" + vote + "/paper-ballots/issued", Map.of("deputyCode", "D038"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(cast(vote, "d037", marks(c, "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        JsonNode during = get("office", "/api/votes/" + vote + "/rounds").getBody().get(0);
        assertThat(during.path("returned").isNull()).isTrue();
        assertThat(during.path("candidates").get(0).path("approvals").isNull()).isTrue();
        assertThat(get("office", "/api/votes/" + vote + "/result").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("supervisor", "/api/votes/" + vote + "/rounds/1/recount").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("d001", "/api/votes/" + vote + "/ballot").getBody().path("voted").asBoolean()).isTrue();

        assertFormServed("office", taskOf(vote, LivelihoodVoteProcess.TASK_END_VOTING), "form-vote-end-voting");
        assertThat(post("office", "/api/votes/" + vote + "/session/end-voting", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(cast(vote, "d038", marks(c, "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertFormServed("office", taskOf(vote, LivelihoodVoteProcess.TASK_ENTER_PAPER), "form-vote-paper-count");
        assertThat(post("office", "/api/votes/" + vote + "/paper-ballots",
                Map.of("marks", marks(c, "APPROVE", "ABSTAIN", "APPROVE", "APPROVE"))).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post("office", "/api/votes/" + vote + "/paper-ballots", Map.of("spoiled", true)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post("office", "/api/votes/" + vote + "/session/count", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        runJobs(vote);

        // ---- the published result, its digest and a recount
        JsonNode result = get("d020", "/api/votes/" + vote + "/result").getBody();
        JsonNode round = result.path("rounds").get(0);
        assertThat(round.path("issued").asInt()).isEqualTo(38);
        assertThat(round.path("returned").asInt()).isEqualTo(38);
        assertThat(round.path("valid").asInt()).isEqualTo(36);
        assertThat(round.path("invalid").asInt()).isEqualTo(2);
        assertThat(round.path("candidates").findValuesAsText("approvals")).containsExactly("36", "35", "31", "6");
        assertThat(round.path("candidates").findValuesAsText("result"))
                .containsExactly("ELECTED", "ELECTED", "ELECTED", "NOT_PASSED");
        assertThat(result.path("summary").asText()).contains("应选 3 项，当选 3 项", "杏林村便民桥改造");
        String digest = round.path("digest").asText();
        JsonNode ballotSet = get("supervisor", "/api/votes/" + vote + "/rounds/1/ballots").getBody();
        assertThat(ballotSet.path("ballots")).hasSize(38);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ballotSet.path("canonicalText").asText().getBytes(StandardCharsets.UTF_8)))).isEqualTo(digest);
        assertThat(get("supervisor", "/api/votes/" + vote + "/rounds/1/recount").getBody().path("matches").asBoolean())
                .isTrue();
        assertThat(get("d001", "/api/votes/" + vote + "/rounds/1/ballots").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(null, "/api/public/votes/" + vote).getBody().path("result").path("rounds").get(0)
                .path("digest").asText()).isEqualTo(digest);

        // participation in the ledger, never the choice
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_record WHERE type = 'BALLOT_PARTICIPATION' "
                + "AND source_key LIKE ?", Integer.class, "vote-ballot:" + vote + ":%")).isEqualTo(38);
        assertThat(jdbc.queryForList("SELECT note FROM activity_record WHERE source_key LIKE ?", String.class,
                "vote-ballot:" + vote + ":%")).allMatch(note -> !note.contains("赞成") && !note.contains("APPROVE"));

        // ---- 政府买单: the bridge is planned, built, reported on, inspected and accepted
        String project = vote + "-01";
        assertThat(get("office", "/api/projects?vote=" + vote).getBody()).hasSize(3);
        assertFormServed("gov", taskOf(project, LivelihoodProjectProcess.TASK_PLAN), "form-project-plan");
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("departmentCode", "jtj");
        plan.put("budget", 85);
        plan.put("plannedCompletion", "2026-11-30");
        plan.put("milestones", List.of(Map.of("title", "完成设计和招标", "dueDate", "2026-06-30"),
                Map.of("title", "主体完工", "dueDate", "2026-10-31")));
        ResponseEntity<JsonNode> planned = post("gov", "/api/projects/" + project + "/plan", plan);
        assertThat(planned.getStatusCode()).as(String.valueOf(planned.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(planned.getBody().path("milestones")).hasSize(2);
        assertThat(post("zjj01", "/api/projects/" + project + "/completion",
                Map.of("summary", "x", "actualCost", 1)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        clock(at(2026, 7, 21, 10));
        runJobs(vote);
        assertFormServed("jtj01", taskOf(project, LivelihoodProjectProcess.TASK_REPORT), "form-project-progress");
        assertThat(post("jtj01", "/api/projects/" + project + "/progress-reports", Map.of("percentComplete", 35,
                "fundsSpent", 20, "summary", "完成设计和招标，桩基施工中")).getStatusCode()).isEqualTo(HttpStatus.OK);
        clock(at(2026, 10, 22, 10));
        runJobs(vote);
        assertFormServed("d010", taskOf(project, LivelihoodProjectProcess.TASK_INSPECT), "form-project-inspection");
        assertThat(post("d010", "/api/projects/" + project + "/inspections", Map.of("conclusion", "ON_TRACK",
                "findings", "桥面已合龙，施工安全措施到位")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("jtj01", "/api/projects/" + project + "/progress-reports", Map.of("percentComplete", 90,
                "summary", "主体完工，附属设施施工")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertFormServed("jtj01", taskOf(project, LivelihoodProjectProcess.TASK_COMPLETE), "form-project-completion");
        assertThat(post("jtj01", "/api/projects/" + project + "/completion", Map.of("summary", "便民桥建成通车",
                "actualCost", 83.5)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertFormServed("office", taskOf(project, LivelihoodProjectProcess.TASK_ACCEPT), "form-project-acceptance");
        JsonNode accepted = post("office", "/api/projects/" + project + "/acceptance",
                Map.of("decision", "ACCEPTED", "opinion", "工程质量合格")).getBody();
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("progressReports")).hasSize(2);
        assertThat(accepted.path("inspections").get(0).path("deputyCode").asText()).isEqualTo("D010");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_record r JOIN deputy d ON d.id = r.deputy_id "
                + "WHERE d.code = 'D010' AND r.type = 'INSPECTION' AND r.note LIKE '%杏林村便民桥%'", Integer.class))
                .isPositive();

        // ---- 人大验单: the next year's session rates the project
        clock(at(2027, 1, 11, 9));
        String next = launch(congress, 2027, 1, at(2027, 1, 25, 0), at(2027, 3, 1, 9));
        proposePublic(next, "青山县城区公厕改造", "城关街道", 120, null, null);
        proposePublic(next, "柳河乡卫生院设备更新", "柳河乡", 90, null, null);
        closeCollection(next);
        for (JsonNode p : get("gov", "/api/votes/" + next + "/proposals").getBody().path("items")) {
            screen(next, p.path("id").asLong(), "CANDIDATE", null, null);
        }
        assertThat(submitScreening(next).getStatusCode()).isEqualTo(HttpStatus.OK);
        approve(next);
        clock(at(2027, 3, 1, 9));
        openSession(next);
        runJobs(project);
        assertThat(get("office", "/api/projects/" + project).getBody().path("status").asText()).isEqualTo("EVALUATING");
        assertFormServed("office", taskOf(project, LivelihoodProjectProcess.TASK_CLOSE_EVALUATION),
                "form-project-evaluation");
        assertThat(attendance(next, codes(1, 35)).getBody().path("roundStatus").asText()).isEqualTo("OPEN");
        for (String d : deputies(1, 35)) {
            String rating = d.compareTo("d025") <= 0 ? "SATISFIED" : d.compareTo("d033") <= 0 ? "BASICALLY_SATISFIED"
                    : "UNSATISFIED";
            assertThat(post(d, "/api/projects/" + project + "/ratings", Map.of("rating", rating)).getStatusCode())
                    .as(d).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(post("d001", "/api/projects/" + project + "/ratings", Map.of("rating", "UNSATISFIED"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("d040", "/api/projects/" + project + "/ratings", Map.of("rating", "SATISFIED"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("office", "/api/projects/" + project + "/evaluation/close", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode rated = get(null, "/api/public/projects/" + project).getBody();
        assertThat(rated.path("status").asText()).isEqualTo("EVALUATED");
        assertThat(rated.path("satisfied").asInt()).isEqualTo(25);
        assertThat(rated.path("basicallySatisfied").asInt()).isEqualTo(8);
        assertThat(rated.path("unsatisfied").asInt()).isEqualTo(2);
        assertThat(rated.path("satisfactionRatePercent").decimalValue()).isEqualByComparingTo("94.3");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(project)
                .finished().count()).isEqualTo(1);
    }

    private static Map<String, Object> proposalBody(String title, String area, int cost) {
        return Map.of("title", title, "description", title + "，群众呼声强烈。", "area", area, "estimatedCost", cost);
    }
}
