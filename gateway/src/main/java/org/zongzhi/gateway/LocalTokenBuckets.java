package org.zongzhi.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets in this gateway instance's memory: what the rate limits fall back to while Redis cannot be
 * reached, so a limit still holds (per instance rather than shared by every replica) instead of letting
 * everything through. Buckets that have filled up again are forgotten; when more than {@code maxBuckets}
 * keys are still being limited at once, new keys are refused rather than tracked.
 */
final class LocalTokenBuckets {

    private static final long SWEEP_EVERY_NANOS = 10_000_000_000L;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final int maxBuckets;
    private volatile long lastSweep;

    LocalTokenBuckets(LongSupplier nanoTime, int maxBuckets) {
        this.nanoTime = nanoTime;
        this.maxBuckets = maxBuckets;
        this.lastSweep = nanoTime.getAsLong();
    }

    /** Takes one token from the key's bucket under the limit; {@code remaining} is what is left, rounded down. */
    TokenBuckets.Decision take(TokenBuckets.Limit limit, String key) {
        long now = nanoTime.getAsLong();
        if (now - lastSweep > SWEEP_EVERY_NANOS || buckets.size() >= maxBuckets) {
            sweep(now);
        }
        String id = limit.name() + ":" + key;
        Bucket bucket = buckets.get(id);
        if (bucket == null) {
            if (buckets.size() >= maxBuckets) {
                return new TokenBuckets.Decision(false, 0, true);
            }
            bucket = buckets.computeIfAbsent(id, k -> new Bucket(limit, now));
        }
        return bucket.take(now);
    }

    int size() {
        return buckets.size();
    }

    private void sweep(long now) {
        lastSweep = now;
        buckets.values().removeIf(bucket -> bucket.fullAt(now));
    }

    private static final class Bucket {
        private final TokenBuckets.Limit limit;
        private double tokens;
        private long refreshed;

        Bucket(TokenBuckets.Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.refreshed = now;
        }

        synchronized TokenBuckets.Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new TokenBuckets.Decision(true, (long) tokens, true);
            }
            return new TokenBuckets.Decision(false, 0, true);
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(long now) {
            double elapsedSeconds = Math.max(0, now - refreshed) / 1e9;
            tokens = Math.min(limit.burst(), tokens + elapsedSeconds * limit.perSecond());
            refreshed = now;
        }
    }
}
