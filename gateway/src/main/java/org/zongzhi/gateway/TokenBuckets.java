package org.zongzhi.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The rate limits' token buckets: in Redis, shared by every gateway replica (Spring Cloud Gateway's token
 * bucket script, keys {@code gateway:rate:{<limit>:<key>}.tokens|timestamp}); while Redis cannot be reached
 * or does not answer within {@code redisTimeout}, in this instance's memory ({@link LocalTokenBuckets}). No
 * limit ever fails open: with Redis down, a client gets at most the limit per gateway instance. After a
 * failure Redis is left alone for {@code pause} (requests use the local buckets without waiting for a
 * timeout), then tried again.
 */
final class TokenBuckets {

    private static final Logger log = LoggerFactory.getLogger(TokenBuckets.class);
    private static final long WARN_EVERY_NANOS = 30_000_000_000L;

    /** A limit: {@code perSecond} tokens come back each second, up to {@code burst}. */
    record Limit(String name, double perSecond, long burst) {}

    /** One request's answer; {@code local} when it was decided in this instance's memory because Redis was down. */
    record Decision(boolean allowed, long remaining, boolean local) {}

    private final ReactiveStringRedisTemplate redis;
    private final RedisScript<List<Long>> script;
    private final LocalTokenBuckets local;
    private final Duration redisTimeout;
    private final long pauseNanos;
    private final LongSupplier nanoTime;
    private volatile long redisPausedUntil;
    private volatile boolean redisPaused;
    private volatile long lastWarning = Long.MIN_VALUE;

    TokenBuckets(
            ReactiveStringRedisTemplate redis,
            RedisScript<List<Long>> script,
            LocalTokenBuckets local,
            Duration redisTimeout,
            Duration pause,
            LongSupplier nanoTime) {
        this.redis = redis;
        this.script = script;
        this.local = local;
        this.redisTimeout = redisTimeout;
        this.pauseNanos = pause.toNanos();
        this.nanoTime = nanoTime;
    }

    Mono<Decision> take(Limit limit, String key) {
        if (redisPaused && nanoTime.getAsLong() - redisPausedUntil < 0) {
            return Mono.fromSupplier(() -> local.take(limit, key));
        }
        String prefix = "gateway:rate:{" + limit.name() + ":" + key + "}";
        List<String> keys = List.of(prefix + ".tokens", prefix + ".timestamp");
        List<String> args = List.of(Double.toString(limit.perSecond()), Long.toString(limit.burst()), "", "1");
        return redis.execute(script, keys, args)
                .reduce(new ArrayList<Long>(), (all, part) -> {
                    all.addAll(part);
                    return all;
                })
                // Connecting to Redis may block (up to the connect timeout): never on the server's event loop.
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(redisTimeout)
                .map(result -> {
                    redisPaused = false;
                    return new Decision(result.get(0) == 1L, result.get(1), false);
                })
                .onErrorResume(error -> {
                    redisUnreachable(error);
                    return Mono.fromSupplier(() -> local.take(limit, key));
                });
    }

    private void redisUnreachable(Throwable error) {
        long now = nanoTime.getAsLong();
        redisPausedUntil = now + pauseNanos;
        redisPaused = true;
        if (lastWarning == Long.MIN_VALUE || now - lastWarning > WARN_EVERY_NANOS) {
            lastWarning = now;
            log.warn(
                    "Redis cannot be reached for the rate limits ({}); limiting in this gateway instance's memory"
                            + " until it answers again",
                    error.toString());
        }
    }
}
