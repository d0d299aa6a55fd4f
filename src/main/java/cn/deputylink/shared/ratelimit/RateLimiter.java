package cn.deputylink.shared.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Fixed-window counter per key. Kept in memory: one application node serves a county office;
 * a cluster would put this in Redis behind the same interface.
 */
public class RateLimiter {

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier clockMillis;

    public RateLimiter(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    /** Seconds to wait when the request is over the limit, or 0 when it may pass. */
    public long acquire(String key, int limit, Duration window) {
        long now = clockMillis.getAsLong();
        long length = window.toMillis();
        long start = now - (now % length);
        Window w = windows.compute(key, (k, old) -> old == null || old.start != start ? new Window(start) : old);
        int count;
        synchronized (w) {
            count = ++w.count;
        }
        if (windows.size() > 50_000) {
            windows.values().removeIf(x -> x.start < start);
        }
        return count <= limit ? 0 : Math.max(1, (start + length - now + 999) / 1000);
    }

    private static final class Window {
        private final long start;
        private int count;

        private Window(long start) {
            this.start = start;
        }
    }
}
