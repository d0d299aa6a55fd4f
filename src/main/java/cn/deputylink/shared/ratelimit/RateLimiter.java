package cn.deputylink.shared.ratelimit;

import java.time.Duration;

/**
 * Counts requests per key (an address, a tracking code, a deputy …) within a window. The state
 * is in memory for now ({@link Bucket4jRateLimiter}); a cluster puts it in the database or Redis
 * behind this interface.
 */
public interface RateLimiter {

    /** Takes one permit: 0 when the request may pass, else the seconds to wait. */
    long acquire(String key, int limit, Duration window);

    /** The seconds to wait before a permit is free, without taking one (0: one is free). */
    long peek(String key, int limit, Duration window);
}
