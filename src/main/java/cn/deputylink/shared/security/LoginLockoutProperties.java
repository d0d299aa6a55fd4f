package cn.deputylink.shared.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code deputylink.security.login-lockout.*} in config/privacy.yml. */
@ConfigurationProperties(prefix = "deputylink.security.login-lockout")
public class LoginLockoutProperties {

    /** Wrong passwords in a row that lock an account. */
    private int maxFailures = 10;
    /** How long it stays locked; afterwards it unlocks by itself. */
    private Duration lockDuration = Duration.ofMinutes(15);

    public int getMaxFailures() {
        return maxFailures;
    }

    public void setMaxFailures(int maxFailures) {
        this.maxFailures = maxFailures;
    }

    public Duration getLockDuration() {
        return lockDuration;
    }

    public void setLockDuration(Duration lockDuration) {
        this.lockDuration = lockDuration;
    }
}
