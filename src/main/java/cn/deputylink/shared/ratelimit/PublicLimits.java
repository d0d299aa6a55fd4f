package cn.deputylink.shared.ratelimit;

import cn.deputylink.shared.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The limits the public endpoints apply themselves, beyond the per-address filter: per target
 * (a tracking code, a deputy's QR token, a vote, an appraisal link) and wrong-secret attempts per
 * tracking code. All counting goes through one {@link RateLimiter} and one {@link ClientAddressResolver}.
 */
public class PublicLimits {

    /** Target names, configured under {@code deputylink.public-api.rate-limit.targets}. */
    public static final String OPINION_CODE = "opinion-code";
    public static final String DEPUTY_TOKEN = "deputy-token";
    public static final String VOTE = "vote";
    public static final String REVIEW_NOTICE = "review-notice";
    public static final String APPRAISAL_DEPUTY = "appraisal-deputy";
    public static final String APPRAISAL_ADDRESS = "appraisal-address";

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final ClientAddressResolver addresses;

    public PublicLimits(RateLimiter limiter, RateLimitProperties properties, ClientAddressResolver addresses) {
        this.limiter = limiter;
        this.properties = properties;
        this.addresses = addresses;
    }

    public String clientAddress(HttpServletRequest request) {
        return addresses.resolve(request);
    }

    /** One write against {@code key} of the named target; over its limit → 429. Unconfigured targets pass. */
    public void write(String target, String key) {
        RateLimitProperties.Limit limit = properties.getTargets().get(target);
        if (!properties.isEnabled() || limit == null || key == null || key.isBlank()) {
            return;
        }
        long wait = limiter.acquire("t|" + target + "|" + key.strip(), limit.getPermits(), limit.getWindow());
        if (wait > 0) {
            throw new TooManyRequestsException("提交过于频繁，请 " + minutes(wait) + " 后再试", wait);
        }
    }

    /** Before a secret is checked: too many wrong ones for this code → 429. */
    public void checkSecretAttempts(String trackingCode) {
        RateLimitProperties.Limit limit = properties.getSecretAttempts();
        long wait = limiter.peek(secretKey(trackingCode), limit.getPermits(), limit.getWindow());
        if (wait > 0) {
            throw new TooManyRequestsException("查询码错误次数过多，请 " + minutes(wait) + " 后再试", wait);
        }
    }

    /** A wrong secret for this code was given. */
    public void secretFailed(String trackingCode) {
        RateLimitProperties.Limit limit = properties.getSecretAttempts();
        limiter.acquire(secretKey(trackingCode), limit.getPermits(), limit.getWindow());
    }

    private static String secretKey(String trackingCode) {
        return "s|" + trackingCode;
    }

    static String minutes(long seconds) {
        return seconds < 60 ? seconds + " 秒" : ((seconds + 59) / 60) + " 分钟";
    }
}
