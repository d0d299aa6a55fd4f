package cn.deputylink.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deputylink.shared.web.TooManyRequestsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 10, finding 5: X-Forwarded-For from loopback was believed, so every public write limit could
 * be bypassed (25/25 proposals, 30/30 appraisals with invented phone numbers accepted). Now the
 * header counts only from configured proxies, and writes are limited per target as well.
 */
class ClientAddressAndLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnoredEvenFromLoopback() {
        ClientAddressResolver none = new ClientAddressResolver(List.of());
        assertThat(none.resolve("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
        assertThat(none.resolve("10.1.2.3", List.of("198.51.100.1, 203.0.113.9"))).isEqualTo("10.1.2.3");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        ClientAddressResolver nginx = new ClientAddressResolver(List.of("10.0.0.0/8", "::1"));
        // the client put a forged entry first; nginx appended the real peer
        assertThat(nginx.resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.7"))).isEqualTo("198.51.100.7");
        // two proxies in a row, and the header split over two lines
        assertThat(nginx.resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.7", "10.9.9.9"))).isEqualTo("198.51.100.7");
        assertThat(nginx.resolve("::1", List.of("2001:db8::42"))).isEqualTo("2001:db8::42");
        // garbage ends the walk at the last proxy: no name of the sender's choosing becomes the client
        assertThat(nginx.resolve("10.0.0.5", List.of("evil.example"))).isEqualTo("10.0.0.5");
        assertThat(nginx.resolve("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        // an untrusted peer's header is never read
        assertThat(nginx.resolve("198.51.100.7", List.of("10.0.0.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void spoofedForwardedForFromLoopbackNoLongerBypassesTheWriteLimit() throws Exception {
        RateLimitProperties properties = new RateLimitProperties();
        PublicRateLimitFilter filter = new PublicRateLimitFilter(new Bucket4jRateLimiter(now::get), properties,
                new ClientAddressResolver(List.of()), new ObjectMapper().findAndRegisterModules());
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/public/project-proposals");
            request.setRemoteAddr("127.0.0.1");
            request.addHeader("X-Forwarded-For", "203.0.113." + i);
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            if (response.getStatus() == 429) {
                refused++;
                assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("请求过于频繁");
            } else {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(properties.getWrites());
        assertThat(refused).isEqualTo(25 - properties.getWrites());
    }

    @Test
    void writesAreLimitedPerTargetWhateverTheAddress() {
        RateLimitProperties properties = new RateLimitProperties();
        properties.getTargets().put(PublicLimits.VOTE, new RateLimitProperties.Limit(20, Duration.ofHours(1)));
        properties.getTargets().put(PublicLimits.APPRAISAL_ADDRESS, new RateLimitProperties.Limit(10, Duration.ofMinutes(10)));
        PublicLimits limits = new PublicLimits(new Bucket4jRateLimiter(now::get), properties,
                new ClientAddressResolver(List.of()));
        // 25 proposals to one vote, as if from 25 addresses: 20 pass, then 429
        for (int i = 0; i < 20; i++) {
            limits.write(PublicLimits.VOTE, "PJ-2026-qs");
        }
        assertThatThrownBy(() -> limits.write(PublicLimits.VOTE, "PJ-2026-qs"))
                .isInstanceOf(TooManyRequestsException.class).hasMessageContaining("提交过于频繁");
        limits.write(PublicLimits.VOTE, "PJ-2026-other");
        // 30 appraisals with invented phone numbers from one address: 10 pass
        int passed = 0;
        for (int i = 0; i < 30; i++) {
            try {
                limits.write(PublicLimits.APPRAISAL_ADDRESS, "198.51.100.7");
                passed++;
            } catch (TooManyRequestsException e) {
                assertThat(e.retryAfterSeconds()).isPositive();
            }
        }
        assertThat(passed).isEqualTo(10);
        now.addAndGet(Duration.ofMinutes(10).toMillis());
        limits.write(PublicLimits.APPRAISAL_ADDRESS, "198.51.100.7");
        // switched off (the integration tests), per-target limits pass
        properties.setEnabled(false);
        limits.write(PublicLimits.VOTE, "PJ-2026-qs");
    }

    @Test
    void wrongSecretsAreCountedPerCodeAndNeverSwitchedOff() {
        RateLimitProperties properties = new RateLimitProperties();
        properties.setEnabled(false);
        PublicLimits limits = new PublicLimits(new Bucket4jRateLimiter(now::get), properties,
                new ClientAddressResolver(List.of()));
        for (int i = 0; i < 5; i++) {
            limits.checkSecretAttempts("YJ-2026-AAAA-BBBB");
            limits.secretFailed("YJ-2026-AAAA-BBBB");
        }
        assertThatThrownBy(() -> limits.checkSecretAttempts("YJ-2026-AAAA-BBBB"))
                .isInstanceOf(TooManyRequestsException.class).hasMessageContaining("查询码错误次数过多");
        limits.checkSecretAttempts("YJ-2026-CCCC-DDDD");
        now.addAndGet(Duration.ofHours(1).toMillis());
        limits.checkSecretAttempts("YJ-2026-AAAA-BBBB");
    }
}
