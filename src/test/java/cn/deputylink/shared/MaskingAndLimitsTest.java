package cn.deputylink.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.shared.privacy.PhoneNumbers;
import cn.deputylink.shared.ratelimit.Bucket4jRateLimiter;
import cn.deputylink.shared.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MaskingAndLimitsTest {

    @Test
    void namesAndPhonesAreMasked() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("李")).isEqualTo("李*");
        assertThat(Masking.name("𠮷田")).isEqualTo("𠮷*");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("0816-2345678")).isEqualTo("081****5678");
        assertThat(Masking.phone("2345678")).isEqualTo("***5678");
        assertThat(Masking.lastFour("138 1234 5678")).isEqualTo("5678");
        assertThat(Masking.name(null)).isNull();
    }

    @Test
    void phoneNumbersAreChecked() {
        assertThat(PhoneNumbers.isValid("13812345678")).isTrue();
        assertThat(PhoneNumbers.isValid("+86 138 1234 5678")).isTrue();
        assertThat(PhoneNumbers.isValid("0816-2345678")).isTrue();
        assertThat(PhoneNumbers.isValid("12345")).isFalse();
        assertThat(PhoneNumbers.isValid("1381234567x")).isFalse();
        assertThat(PhoneNumbers.isValid("23812345678")).isFalse();
    }

    @Test
    void rateLimiterCountsPerKeyAndWindow() {
        AtomicLong now = new AtomicLong(60_000);
        RateLimiter limiter = new Bucket4jRateLimiter(now::get);
        Duration minute = Duration.ofMinutes(1);
        assertThat(limiter.acquire("a", 2, minute)).isZero();
        assertThat(limiter.acquire("a", 2, minute)).isZero();
        assertThat(limiter.acquire("a", 2, minute)).isEqualTo(60);
        assertThat(limiter.acquire("b", 2, minute)).as("another address").isZero();
        now.addAndGet(30_000);
        assertThat(limiter.acquire("a", 2, minute)).isEqualTo(30);
        now.addAndGet(30_000);
        assertThat(limiter.acquire("a", 2, minute)).as("next window").isZero();
    }
}
