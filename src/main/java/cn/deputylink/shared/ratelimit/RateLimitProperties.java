package cn.deputylink.shared.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits per client address on the public API ({@code /api/public/**}). */
@ConfigurationProperties(prefix = "deputylink.public-api.rate-limit")
public class RateLimitProperties {

    private boolean enabled = true;
    /** Requests that write (POST, PUT, PATCH, DELETE) per window and client address. */
    private int writes = 10;
    /** Requests that read (GET) per window and client address. */
    private int reads = 120;
    private Duration window = Duration.ofMinutes(1);

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
}
