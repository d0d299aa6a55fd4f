package cn.deputylink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.shared.ratelimit.RateLimitProperties;
import cn.deputylink.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The public API is throttled per client address, writes tighter than reads; logged-in APIs are
 * not. The suite runs with the limiter off (many calls from one address); here it is switched on
 * with small limits and a fresh window key for this test.
 */
class PublicRateLimitIT extends IntegrationTest {

    @Autowired
    RateLimitProperties limits;

    private boolean enabled;
    private int writes;
    private int reads;

    @AfterEach
    void restore() {
        limits.setEnabled(enabled);
        limits.setWrites(writes);
        limits.setReads(reads);
    }

    @Test
    void tooManyPublicRequestsFromOneAddressAreRefusedInChinese() {
        enabled = limits.isEnabled();
        writes = limits.getWrites();
        reads = limits.getReads();
        limits.setWrites(2);
        limits.setReads(3);
        limits.setEnabled(true);

        String token = jdbc.queryForObject("SELECT public_token FROM deputy WHERE code = 'D001'", String.class);
        int ok = 0;
        ResponseEntity<JsonNode> last = null;
        for (int i = 0; i < 10; i++) {
            last = get(null, "/api/public/deputies/" + token);
            if (last.getStatusCode() == HttpStatus.OK) {
                ok++;
            }
        }
        assertThat(ok).as("reads allowed in one window (the window may roll over once)").isBetween(3, 6);
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(last.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(last.getBody().path("message").asText()).contains("请求过于频繁");

        ResponseEntity<JsonNode> write = null;
        for (int i = 0; i < 5; i++) {
            write = post(null, "/api/public/opinions", Map.of("stationCode", "ty-xl", "content", ""));
        }
        assertThat(write.getStatusCode()).as("writes are limited separately").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        // staff APIs are not throttled
        for (int i = 0; i < 5; i++) {
            assertThat(get("office", "/api/stations?size=1").getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }
}
