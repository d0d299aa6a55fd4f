package cn.deputylink.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.review.ReviewDtos.AppraisalRequest;
import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10, finding 5: 30 of 30 appraisals with invented phone numbers were counted. Past the
 * burst thresholds of config/review.yml (5 from one address, 20 for one deputy, within 10 minutes)
 * appraisals are stored but held back from the count and flagged to the liaison office, which
 * accepts (counted) or rejects (never counted) them.
 */
class AppraisalBurstIT extends IntegrationTest {

    @Autowired
    PublicReviewService service;
    @Autowired
    ReviewCampaignRepository campaigns;
    @Autowired
    PerformanceReviewRepository reviews;
    @Autowired
    DeputyRepository deputies;
    @Autowired
    ConstituentAppraisalRepository appraisals;
    @Autowired
    ReviewProperties properties;

    private PerformanceReview review;
    private int phone;

    @BeforeEach
    void openAnAppraisal() {
        // a year no other test uses, so that this review's counts are its own
        int year = ThreadLocalRandom.current().nextInt(2200, 2999);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        ReviewCampaign campaign = campaigns.save(new ReviewCampaign(year, null, 200, "it", now));
        PerformanceReview r = new PerformanceReview(campaign, deputies.findByCode("D005").orElseThrow(), "D005", year,
                now.plus(Duration.ofDays(30)), now);
        r.appraisalOpened("ty", now.plus(Duration.ofDays(7)));
        review = reviews.save(r);
        phone = ThreadLocalRandom.current().nextInt(10_000_000, 40_000_000);
    }

    @Test
    void burstsAreHeldBackAndFlaggedUntilTheOfficeDecides() {
        assertThat(properties.getAppraisalBurst().getAddressThreshold()).isEqualTo(5);
        assertThat(properties.getAppraisalBurst().getDeputyThreshold()).isEqualTo(20);

        // five from one address count; the sixth is held and flagged
        for (int i = 0; i < 5; i++) {
            appraise("198.51.100.7");
        }
        assertThat(counted()).isEqualTo(5);
        String receipt = appraise("198.51.100.7");
        assertThat(receipt).as("the citizen's receipt does not tell").isEqualTo("评议已提交，感谢您的参与");
        assertThat(counted()).isEqualTo(5);

        JsonNode flag = openFlagOfThisReview();
        assertThat(flag.path("reason").asText()).isEqualTo("ADDRESS_BURST");
        assertThat(flag.path("reasonLabel").asText()).isEqualTo("同一网络地址短时间内评议过多");
        assertThat(flag.path("heldCount").asInt()).isEqualTo(1);
        assertThat(flag.path("deputyCode").asText()).isEqualTo("D005");
        assertThat(get("d001", "/api/reviews/appraisal-flags").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("staff-ty", "/api/reviews/appraisal-flags").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // accepted: counted
        String accept = "/api/reviews/appraisal-flags/" + flag.path("id").asLong() + "/accept";
        ResponseEntity<JsonNode> accepted = post("office", accept, Map.of());
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.getBody().path("decidedBy").asText()).isEqualTo("office");
        assertThat(counted()).isEqualTo(6);
        assertThat(post("office", accept, Map.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // up to 20 for the deputy from different addresses count; the 21st is held under a new flag
        for (int i = 0; i < 14; i++) {
            appraise("203.0.113." + i);
        }
        assertThat(counted()).isEqualTo(20);
        appraise("192.0.2.1");
        assertThat(counted()).isEqualTo(20);
        JsonNode second = openFlagOfThisReview();
        assertThat(second.path("reason").asText()).isEqualTo("DEPUTY_BURST");

        // rejected: never counted
        ResponseEntity<JsonNode> rejected = post("office", "/api/reviews/appraisal-flags/"
                + second.path("id").asLong() + "/reject", Map.of());
        assertThat(rejected.getBody().path("status").asText()).isEqualTo("REJECTED");
        assertThat(counted()).isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_appraisal WHERE review_id = ?", Long.class,
                review.getId())).isEqualTo(21);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_appraisal WHERE review_id = ? "
                + "AND client_hash LIKE '%198.51%'", Long.class, review.getId())).as("no address in clear").isZero();
    }

    private String appraise(String address) {
        String number = "139" + (phone++);
        return service.appraise(review.getAppraisalToken(),
                new AppraisalRequest(number, AppraisalRating.SATISFIED, null), address).message();
    }

    private long counted() {
        return appraisals.countByRating(review.getId()).stream()
                .mapToLong(ConstituentAppraisalRepository.RatingCount::getEntries).sum();
    }

    private JsonNode openFlagOfThisReview() {
        ResponseEntity<JsonNode> list = get("office", "/api/reviews/appraisal-flags?status=OPEN");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (JsonNode f : list.getBody()) {
            if (f.path("reviewKey").asText().equals(review.getBusinessKey())) {
                return f;
            }
        }
        throw new AssertionError("no open flag for " + review.getBusinessKey() + " in " + list.getBody());
    }
}
