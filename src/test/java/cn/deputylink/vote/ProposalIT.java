package cn.deputylink.vote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 群众点单 and screening: validation, idempotency, the collection window, masking, 差额. */
class ProposalIT extends VoteITSupport {

    private ResponseEntity<JsonNode> publicPost(Map<String, Object> body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return exchange(null, HttpMethod.POST, "/api/public/project-proposals", body, headers);
    }

    private int proposals(String vote) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM project_proposal p JOIN livelihood_vote v ON v.id = p.vote_id "
                + "WHERE v.business_key = ?", Integer.class, vote);
    }

    private static String field(ResponseEntity<JsonNode> r) {
        return r.getBody().path("fieldErrors").get(0).path("field").asText();
    }

    @Test
    void aCitizensProposalIsValidatedAndSafeToRetry() {
        clock(at(2026, 3, 2, 9));
        String vote = launch(congress(codes(1, 6)), 2026, 1, at(2026, 3, 23, 0), at(2026, 4, 20, 9));
        Map<String, Object> good = proposal(vote, "东门社区停车场改造", "城关街道东门社区", 45);
        good.put("proposerName", "贺丽");
        good.put("proposerPhone", "+86 139 0013 9000");
        String key = "pp-" + unique("k");

        ResponseEntity<JsonNode> first = publicPost(good, key);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String code = first.getBody().path("trackingCode").asText();
        assertThat(code).matches("XM-2026-\\d{6}");
        assertThat(first.getBody().toString()).doesNotContain("贺丽", "13900139000");
        ResponseEntity<JsonNode> retry = publicPost(good, key);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody().path("trackingCode").asText()).isEqualTo(code);
        assertThat(proposals(vote)).isEqualTo(1);
        Map<String, Object> other = proposal(vote, "另一条建议", "城关街道", 10);
        assertThat(publicPost(other, key).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(proposals(vote)).isEqualTo(1);

        String badKey = "pp-" + unique("b");
        Map<String, Object> noTitle = proposal(vote, "", "城关街道", 10);
        ResponseEntity<JsonNode> r = publicPost(noTitle, badKey);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(r)).isEqualTo("title");
        assertThat(r.getBody().path("fieldErrors").get(0).path("message").asText()).isEqualTo("项目名称不能为空");
        Map<String, Object> negative = proposal(vote, "修路", "城关街道", -5);
        assertThat(field(publicPost(negative, null))).isEqualTo("estimatedCost");
        Map<String, Object> badPhone = proposal(vote, "修路", "城关街道", 5);
        badPhone.put("proposerPhone", "12345");
        ResponseEntity<JsonNode> phone = publicPost(badPhone, badKey);
        assertThat(field(phone)).isEqualTo("proposerPhone");
        assertThat(phone.getBody().path("message").asText()).contains("联系电话");
        Map<String, Object> noVote = proposal("PJ-2026-nowhere", "修路", "城关街道", 5);
        ResponseEntity<JsonNode> unknownVote = publicPost(noVote, badKey);
        assertThat(unknownVote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(unknownVote)).isEqualTo("voteKey");
        assertThat(proposals(vote)).isEqualTo(1);
        assertThat(publicPost(proposal(vote, "修路", "城关街道", 5), badKey).getStatusCode())
                .as("a refused request leaves its key unused").isEqualTo(HttpStatus.CREATED);

        JsonNode tracked = get(null, "/api/public/project-proposals/" + code).getBody();
        assertThat(tracked.path("decision").asText()).isEqualTo("IN_PROGRESS");
        assertThat(tracked.toString()).doesNotContain("贺丽", "139");
        JsonNode listed = get("office", "/api/votes/" + vote + "/proposals").getBody().path("items");
        assertThat(listed.findValuesAsText("proposer")).contains("群众 贺*");
        assertThat(listed.findValuesAsText("proposerPhone")).contains("139****9000");
        assertThat(get("d001", "/api/votes/" + vote + "/proposals").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("office", "/api/votes/" + vote + "/proposals", Map.of("title", "x", "description", "x",
                "area", "x", "estimatedCost", 1)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        closeCollection(vote);
        assertThat(publicPost(proposal(vote, "迟到的建议", "城关街道", 5), null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("d001", "/api/votes/" + vote + "/proposals", Map.of("title", "迟到", "description", "迟到",
                "area", "城关", "estimatedCost", 1)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void screeningKeepsTheListDifferentialOrExtendsTheCollection() {
        clock(at(2026, 3, 2, 9));
        String vote = launch(congress(codes(1, 6)), 2026, 2, at(2026, 3, 23, 0), at(2026, 4, 20, 9));
        long a = proposePublic(vote, "项目甲", "甲村", 10, null, null);
        long b = proposePublic(vote, "项目乙", "乙村", 20, null, null);
        closeCollection(vote);
        assertThat(put("d001", "/api/votes/" + vote + "/proposals/" + a + "/screening", Map.of("decision", "CANDIDATE"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> noTarget = put("gov", "/api/votes/" + vote + "/proposals/" + b + "/screening",
                Map.of("decision", "MERGED"));
        assertThat(field(noTarget)).isEqualTo("mergedIntoProposalId");
        screen(vote, a, "CANDIDATE", null, null);
        screen(vote, b, "CANDIDATE", null, null);
        ResponseEntity<JsonNode> equal = submitScreening(vote);
        assertThat(equal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(equal.getBody().path("message").asText()).contains("应多于应选名额 2 个（差额票决）");

        ResponseEntity<JsonNode> extend = post("gov", "/api/votes/" + vote + "/screening",
                Map.of("outcome", "EXTEND_COLLECTION"));
        assertThat(extend.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(status(vote)).isEqualTo("COLLECTING");
        proposePublic(vote, "项目丙", "丙村", 30, null, null);
        closeCollection(vote);
        for (JsonNode p : get("gov", "/api/votes/" + vote + "/proposals").getBody().path("items")) {
            if ("PENDING".equals(p.path("decision").asText())) {
                screen(vote, p.path("id").asLong(), "CANDIDATE", null, null);
            }
        }
        assertThat(get("d001", "/api/votes/" + vote + "/candidates").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(submitScreening(vote).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("d001", "/api/votes/" + vote + "/candidates").getStatusCode())
                .as("not before party-office approves").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("party", "/api/votes/" + vote + "/candidates").getBody()).hasSize(3);
        approve(vote);
        assertThat(get("d001", "/api/votes/" + vote + "/candidates").getBody()).hasSize(3);
        assertThat(get(null, "/api/public/votes/" + vote).getBody().path("candidates")).hasSize(3);
    }

    @Test
    void aVoteIsLaunchedOncePerCongressAndYearWithSoundDates() {
        clock(at(2026, 3, 2, 9));
        String congress = congress(codes(1, 3));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("congressCode", congress);
        body.put("voteYear", 2026);
        body.put("collectionClosesAt", at(2026, 3, 20, 0).toString());
        body.put("sessionDate", at(2026, 3, 10, 0).toString());
        body.put("rules", Map.of("slots", 2, "quorumNumerator", 3, "quorumDenominator", 3));
        ResponseEntity<JsonNode> bad = post("office", "/api/votes", body);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("fieldErrors").findValuesAsText("field"))
                .contains("sessionDate", "quorumNumerator");
        assertThat(post("d001", "/api/votes", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String vote = launch(congress, 2026, 2, at(2026, 3, 20, 0), at(2026, 4, 1, 9));
        assertThat(vote).isEqualTo("PJ-2026-" + congress);
        body.put("sessionDate", at(2026, 4, 1, 9).toString());
        body.put("rules", Map.of("slots", 2));
        ResponseEntity<JsonNode> twice = post("office", "/api/votes", body);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().path("message").asText()).contains(vote);
        assertThat(get("office", "/api/votes/" + vote).getBody().path("rules").path("quorum").asText())
                .isEqualTo("超过 2/3");
        assertThat(get("office", "/api/votes?congress=" + congress).getBody().path("items")).hasSize(1);
        assertThat(get("office", "/api/votes/PJ-1999-none").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void congressesDeriveTheirDeputiesOrListThem() {
        // other tests add deputies to the shared registry: check the demo ones in and out
        JsonNode township = get("office", "/api/congresses/ty").getBody();
        assertThat(township.path("members").findValuesAsText("code")).contains("D012", "D030", "D031", "D032")
                .doesNotContain("D010", "D033", "D001");
        String code = unique("cty");
        ResponseEntity<JsonNode> derived = post("office", "/api/congresses", Map.of("code", code, "name", "青山县人大（派生）",
                "level", "COUNTY", "membership", "DERIVED", "regionStationCode", "qs"));
        assertThat(derived.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(derived.getBody().path("members").findValuesAsText("code")).contains("D004", "D007", "D012", "D029")
                .doesNotContain("D005", "D030", "D001");
        assertThat(identityService.createUserQuery().memberOfGroup("congress-" + code).userId("d029").count()).isOne();
        assertThat(identityService.createUserQuery().memberOfGroup("congress-" + code).userId("d030").count()).isZero();
        assertThat(post("office", "/api/congresses", Map.of("code", code, "name", "重复", "level", "COUNTY",
                "membership", "DERIVED")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> unknown = post("office", "/api/congresses", Map.of("code", unique("cx"), "name", "名单",
                "level", "TOWNSHIP", "membership", "EXPLICIT", "memberDeputyCodes", List.of("D001", "D999")));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(unknown)).isEqualTo("memberDeputyCodes");
        assertThat(post("d001", "/api/congresses", Map.of("code", unique("cz"), "name", "x", "level", "COUNTY",
                "membership", "DERIVED")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("office", "/api/congresses/qs").getBody().path("memberCount").asInt()).isEqualTo(40);
    }
}
