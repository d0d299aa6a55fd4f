package cn.deputylink.shared.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the public API ({@code /api/public/**}): per client address (writes, reads) and per
 * target ({@code targets}: a tracking code, a deputy's QR token, a vote, an appraisal link …).
 * {@code enabled} switches both off (the integration tests call the API many times from one
 * address); the limit on wrong 查询码 attempts ({@code secret-attempts}) is never switched off.
 */
@ConfigurationProperties(prefix = "deputylink.public-api.rate-limit")
public class RateLimitProperties {

    private boolean enabled = true;
    /** Requests that write (POST, PUT, PATCH, DELETE) per window and client address. */
    private int writes = 10;
    /** Requests that read (GET) per window and client address. */
    private int reads = 120;
    private Duration window = Duration.ofMinutes(1);
    /** Wrong 查询码 / link attempts per tracking code; then 429 until the window ends. */
    private Limit secretAttempts = new Limit(5, Duration.ofHours(1));
    /** Named per-target limits, see application.yml. */
    private Map<String, Limit> targets = new LinkedHashMap<>();

    public static class Limit {
        private int permits;
        private Duration window;

        public Limit() {
        }

        public Limit(int permits, Duration window) {
            this.permits = permits;
            this.window = window;
        }

        public int getPermits() {
            return permits;
        }

        public void setPermits(int permits) {
            this.permits = permits;
        }

        public Duration getWindow() {
            return window;
        }

        public void setWindow(Duration window) {
            this.window = window;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getWrites() {
        return writes;
    }

    public void setWrites(int writes) {
        this.writes = writes;
    }

    public int getReads() {
        return reads;
    }

    public void setReads(int reads) {
        this.reads = reads;
    }

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }

    public Limit getSecretAttempts() {
        return secretAttempts;
    }

    public void setSecretAttempts(Limit secretAttempts) {
        this.secretAttempts = secretAttempts;
    }

    public Map<String, Limit> getTargets() {
        return targets;
    }

    public void setTargets(Map<String, Limit> targets) {
        this.targets = targets;
    }
}
