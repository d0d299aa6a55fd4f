package cn.deputylink.vote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The ballot rules at the session, end to end over HTTP: quorum, one ballot per deputy across
 * both channels, rules frozen at opening, excess ballots, the pass share of all deputies, a
 * run-off, and what is (not) stored and shown.
 */
class BallotRulesIT extends VoteITSupport {

    private static final List<String> SIX = List.of("D001", "D002", "D003", "D004", "D005", "D006");

    @Test
    void exactlyTwoThirdsPresentIsNoQuorum() {
        String vote = voteAtSession(SIX, 1, 2);
        JsonNode missing = attendance(vote, List.of("D001", "D002", "D003", "D004")).getBody();
        assertThat(missing.path("roundNo").isNull()).isTrue();
        assertThat(status(vote)).isEqualTo("IN_SESSION");
        assertThat(cast(vote, "d001", Map.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(vote).singleResult())
                .isNotNull();
        assertThat(taskOf(vote, LivelihoodVoteProcess.TASK_ATTENDANCE)).isNotNull();
        assertThat(get("office", "/api/votes/" + vote).getBody().path("rules").path("frozen").asBoolean()).isFalse();

        JsonNode opened = attendance(vote, List.of("D001", "D002", "D003", "D004", "D005")).getBody();
        assertThat(opened.path("roundStatus").asText()).isEqualTo("OPEN");
        assertThat(opened.path("totalDeputies").asInt()).isEqualTo(6);
        assertThat(attendance(vote, List.of("D001", "X999")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theRulesChangeUntilTheBallotOpensAndNeverAfter() {
        String vote = voteAtSession(SIX, 1, 3);
        ResponseEntity<JsonNode> equal = put("office", "/api/votes/" + vote + "/rules", Map.of("slots", 3));
        assertThat(equal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(equal.getBody().path("fieldErrors").get(0).path("field").asText()).isEqualTo("slots");
        assertThat(equal.getBody().path("message").asText()).contains("差额");
        ResponseEntity<JsonNode> changed = put("office", "/api/votes/" + vote + "/rules",
                Map.of("slots", 2, "passNumerator", 2, "passDenominator", 3));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().path("rules").path("pass").asText()).contains("2/3");
        assertThat(put("d001", "/api/votes/" + vote + "/rules", Map.of("slots", 1)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        attendance(vote, SIX);
        ResponseEntity<JsonNode> refused = put("office", "/api/votes/" + vote + "/rules", Map.of("slots", 1));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("message").asText()).contains("规则已锁定");
        assertThat(put("demo", "/api/votes/" + vote + "/rules", Map.of("slots", 2)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        JsonNode rules = get("office", "/api/votes/" + vote).getBody().path("rules");
        assertThat(rules.path("frozen").asBoolean()).isTrue();
        assertThat(rules.path("slots").asInt()).isEqualTo(2);
    }

    @Test
    void oneBallotPerDeputyAcrossElectronicAndPaper() {
        String vote = voteAtSession(SIX, 1, 2);
        attendance(vote, List.of("D001", "D002", "D003", "D004", "D005"));
        List<Long> c = ballotCandidates(vote, "d001");

        assertThat(cast(vote, "d001", marks(c, "APPROVE", "OPPOSE")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> paperAfterElectronic = post("office", "/api/votes/" + vote + "/paper-ballots/issued",
                Map.of("deputyCode", "D001"));
        assertThat(paperAfterElectronic.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(paperAfterElectronic.getBody().path("message").asText()).contains("不能重复投票");

        assertThat(post("office", "/api/votes/" + vote + "/paper-ballots/issued", Map.of("deputyCode", "D002"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(cast(vote, "d002", marks(c, "APPROVE", "OPPOSE")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("office", "/api/votes/" + vote + "/paper-ballots/issued", Map.of("deputyCode", "D002"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(cast(vote, "d001", marks(c, "OPPOSE", "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("office", "/api/votes/" + vote + "/paper-ballots/issued", Map.of("deputyCode", "D006"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cast(vote, "d006", marks(c, "APPROVE", "OPPOSE")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cast(vote, "d040", marks(c, "APPROVE", "OPPOSE")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cast(vote, "office", marks(c, "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> unknown = cast(vote, "d003", Map.of("999999", "APPROVE"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().path("fieldErrors").get(0).path("field").asText()).isEqualTo("marks");
        ResponseEntity<JsonNode> badMark = cast(vote, "d003", Map.of(String.valueOf(c.get(0)), "YES"));
        assertThat(badMark.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("office", "/api/votes/" + vote + "/paper-ballots", Map.of("spoiled", true)).getStatusCode())
                .as("paper ballots are entered only after voting has ended").isEqualTo(HttpStatus.CONFLICT);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ballot_register r JOIN ballot_round br ON br.id = r.round_id "
                + "JOIN livelihood_vote v ON v.id = br.vote_id WHERE v.business_key = ?", Integer.class, vote)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ballot b JOIN ballot_round br ON br.id = b.round_id "
                + "JOIN livelihood_vote v ON v.id = br.vote_id WHERE v.business_key = ?", Integer.class, vote)).isEqualTo(1);
    }

    @Test
    void moreBallotsReturnedThanIssuedVoidTheRoundAndItIsHeldAgain() {
        String vote = voteAtSession(SIX, 1, 2);
        attendance(vote, SIX);
        List<Long> c = ballotCandidates(vote, "d001");
        for (String d : List.of("d001", "d002", "d003", "d004")) {
            cast(vote, d, marks(c, "APPROVE", "OPPOSE"));
        }
        post("office", "/api/votes/" + vote + "/paper-ballots/issued", Map.of("deputyCode", "D005"));
        post("office", "/api/votes/" + vote + "/session/end-voting", null);
        for (int i = 0; i < 2; i++) {
            assertThat(post("office", "/api/votes/" + vote + "/paper-ballots", Map.of("marks", marks(c, "OPPOSE", "APPROVE")))
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        post("office", "/api/votes/" + vote + "/session/count", null);

        JsonNode first = get("office", "/api/votes/" + vote + "/rounds").getBody().get(0);
        assertThat(first.path("status").asText()).isEqualTo("VOID");
        assertThat(first.path("issued").asInt()).isEqualTo(5);
        assertThat(first.path("returned").asInt()).isEqualTo(6);
        assertThat(first.path("candidates").get(0).path("result").asText()).isEqualTo("NOT_COUNTED");
        assertThat(status(vote)).isEqualTo("IN_SESSION");
        assertThat(taskOf(vote, LivelihoodVoteProcess.TASK_ATTENDANCE)).as("held again").isNotNull();

        JsonNode second = attendance(vote, SIX).getBody();
        assertThat(second.path("roundNo").asInt()).isEqualTo(2);
        assertThat(second.path("roundKind").asText()).isEqualTo("重新投票");
        for (String d : List.of("d001", "d002", "d003", "d004", "d005")) {
            assertThat(cast(vote, d, marks(c, "APPROVE", "OPPOSE")).getStatusCode()).as(d).isEqualTo(HttpStatus.CREATED);
        }
        post("office", "/api/votes/" + vote + "/session/end-voting", null);
        runJobs(vote);
        JsonNode result = get("office", "/api/votes/" + vote + "/result").getBody();
        assertThat(result.path("candidates").get(0).path("outcome").asText()).isEqualTo("ELECTED");
        assertThat(result.path("candidates").get(0).path("approvals").asInt()).isEqualTo(5);
        assertThat(result.path("summary").asText()).contains("其中 1 轮因收回票数多于发出票数无效");
    }

    @Test
    void aTieAtTheLastSlotIsSettledByARunOff() {
        String vote = voteAtSession(codes(1, 10), 2, 3);
        attendance(vote, codes(1, 10));
        List<Long> c = ballotCandidates(vote, "d001");
        for (String d : deputies(1, 4)) {
            cast(vote, d, marks(c, "APPROVE", "APPROVE", "OPPOSE"));
        }
        for (String d : deputies(5, 8)) {
            cast(vote, d, marks(c, "APPROVE", "OPPOSE", "APPROVE"));
        }
        for (String d : deputies(9, 10)) {
            cast(vote, d, marks(c, "OPPOSE", "APPROVE", "APPROVE"));
        }
        post("office", "/api/votes/" + vote + "/session/end-voting", null);

        JsonNode first = get("office", "/api/votes/" + vote + "/rounds").getBody().get(0);
        assertThat(first.path("outcome").asText()).isEqualTo("RUNOFF");
        assertThat(first.path("candidates").findValuesAsText("approvals")).containsExactly("8", "6", "6");
        assertThat(first.path("candidates").findValuesAsText("result")).containsExactly("ELECTED", "RUNOFF", "RUNOFF");
        assertThat(first.path("runoffSlots").asInt()).isEqualTo(1);
        assertThat(get("office", "/api/votes/" + vote + "/result").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        JsonNode second = attendance(vote, codes(1, 10)).getBody();
        assertThat(second.path("roundKind").asText()).isEqualTo("另行投票");
        assertThat(second.path("slots").asInt()).isEqualTo(1);
        List<Long> tied = ballotCandidates(vote, "d001");
        assertThat(tied).containsExactly(c.get(1), c.get(2));
        for (String d : deputies(1, 7)) {
            assertThat(cast(vote, d, marks(tied, "APPROVE", "OPPOSE")).getStatusCode()).as(d).isEqualTo(HttpStatus.CREATED);
        }
        cast(vote, "d008", marks(tied, "OPPOSE", "APPROVE"));
        cast(vote, "d009", marks(tied, "OPPOSE", "APPROVE"));
        cast(vote, "d010", marks(tied, "APPROVE", "APPROVE"));
        post("office", "/api/votes/" + vote + "/session/end-voting", null);
        runJobs(vote);

        JsonNode result = get("office", "/api/votes/" + vote + "/result").getBody();
        JsonNode runoff = result.path("rounds").get(1);
        assertThat(runoff.path("kind").asText()).isEqualTo("RUNOFF");
        assertThat(runoff.path("invalid").asInt()).isEqualTo(1);
        assertThat(runoff.path("candidates").findValuesAsText("approvals")).containsExactly("7", "2");
        assertThat(result.path("candidates").findValuesAsText("outcome"))
                .containsExactly("ELECTED", "ELECTED", "NOT_ELECTED");
        assertThat(result.path("summary").asText()).contains("应选 2 项，当选 2 项");
        assertThat(get("office", "/api/projects?vote=" + vote).getBody()).hasSize(2);
        for (int round = 1; round <= 2; round++) {
            assertThat(get("supervisor", "/api/votes/" + vote + "/rounds/" + round + "/recount").getBody()
                    .path("matches").asBoolean()).isTrue();
        }
    }

    @Test
    void exactlyHalfOfAllDeputiesFailsAndTheSlotStaysEmpty() {
        String vote = voteAtSession(SIX, 1, 2);
        attendance(vote, SIX);
        List<Long> c = ballotCandidates(vote, "d001");
        for (String d : List.of("d001", "d002", "d003")) {
            cast(vote, d, marks(c, "APPROVE", "OPPOSE"));
        }
        for (String d : List.of("d004", "d005", "d006")) {
            cast(vote, d, marks(c, "OPPOSE", "ABSTAIN"));
        }
        post("office", "/api/votes/" + vote + "/session/end-voting", null);
        runJobs(vote);
        JsonNode result = get("office", "/api/votes/" + vote + "/result").getBody();
        assertThat(result.path("candidates").get(0).path("approvals").asInt()).isEqualTo(3);
        assertThat(result.path("candidates").get(0).path("outcome").asText()).isEqualTo("NOT_ELECTED");
        assertThat(result.path("rounds").get(0).path("candidates").get(0).path("result").asText()).isEqualTo("NOT_PASSED");
        assertThat(result.path("summary").asText()).contains("当选 0 项", "1 个名额空缺");
        assertThat(get("office", "/api/projects?vote=" + vote).getBody()).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(vote).singleResult()
                .getEndActivityId()).isEqualTo(LivelihoodVoteProcess.END_NONE_SELECTED);
    }

    @Test
    void aBallotLeavesNoTraceOfItsVoter() {
        String vote = voteAtSession(SIX, 1, 2);
        attendance(vote, SIX);
        List<Long> c = ballotCandidates(vote, "d001");
        for (String d : deputies(1, 6)) {
            cast(vote, d, marks(c, d.equals("d003") ? "OPPOSE" : "APPROVE", "ABSTAIN"));
        }
        Set<String> ballotColumns = columns("ballot");
        assertThat(ballotColumns).containsExactlyInAnyOrder("id", "round_id", "content", "sealed");
        assertThat(columns("ballot_register")).containsExactlyInAnyOrder("round_id", "deputy_id", "channel");
        List<String> ids = jdbc.queryForList("SELECT b.id FROM ballot b JOIN ballot_round br ON br.id = b.round_id "
                + "JOIN livelihood_vote v ON v.id = br.vote_id WHERE v.business_key = ?", String.class, vote);
        assertThat(ids).hasSize(6).allMatch(id -> id.matches("[0-9a-f]{32}"));

        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(vote).singleResult()
                .getId();
        List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance).list();
        // nothing shaped like a ballot (candidate=mark) in any variable of the case, ever
        assertThat(variables).isNotEmpty().allMatch(v ->
                !String.valueOf(v.getValue()).matches("(?s).*\\d+\"?\\s*[=:]\\s*\"?(APPROVE|OPPOSE|ABSTAIN).*"));
        assertThat(variables).extracting(HistoricVariableInstance::getName)
                .doesNotContain("marks", "approvals", "returned", "ballots");

        post("office", "/api/votes/" + vote + "/session/end-voting", null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ballot b JOIN ballot_round br ON br.id = b.round_id "
                + "JOIN livelihood_vote v ON v.id = br.vote_id WHERE v.business_key = ? AND b.sealed = TRUE",
                Integer.class, vote)).isEqualTo(6);
        JsonNode ballots = get("office", "/api/votes/" + vote + "/rounds/1/ballots").getBody().path("ballots");
        List<String> listed = json.convertValue(ballots, List.class);
        assertThat(listed).isSorted().hasSize(6).noneMatch(b -> b.contains("d00") || b.contains("D00"));
    }

    private Set<String> columns(String table) {
        return new HashSet<>(jdbc.queryForList("SELECT LOWER(column_name) FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = ?", String.class, table));
    }
}
