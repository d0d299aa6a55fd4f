package cn.deputylink.shared.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * {@link RateLimiter} on Bucket4j token buckets kept in memory: {@code limit} permits, all
 * refilled at once every {@code window} (a fixed window per key). One application node serves a
 * county office; full buckets are dropped when the map grows large.
 */
public class Bucket4jRateLimiter implements RateLimiter {

    private static final int MAX_KEYS = 50_000;

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final TimeMeter clock;

    public Bucket4jRateLimiter(LongSupplier clockMillis) {
        this.clock = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clockMillis.getAsLong());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    public long acquire(String key, int limit, Duration window) {
        ConsumptionProbe probe = bucket(key, limit, window).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    @Override
    public long peek(String key, int limit, Duration window) {
        Entry entry = buckets.get(id(key, limit, window));
        if (entry == null) {
            return 0;
        }
        EstimationProbe probe = entry.bucket().estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(String key, int limit, Duration window) {
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(e -> e.bucket().getAvailableTokens() >= e.capacity());
        }
        return buckets.computeIfAbsent(id(key, limit, window), k -> new Entry(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillIntervally(limit, window).build())
                .withCustomTimePrecision(clock)
                .build(), limit)).bucket();
    }

    private record Entry(Bucket bucket, int capacity) {
    }

    private static String id(String key, int limit, Duration window) {
        return key + "|" + limit + "|" + window.toMillis();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
