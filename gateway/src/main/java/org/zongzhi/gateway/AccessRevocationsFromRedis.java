package org.zongzhi.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.zongzhi.gateway.domain.AccessRevocations;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Keeps {@link AccessRevocations} up to date from Redis: reloaded whole at once when tenant-service announces
 * a change on {@value #CHANNEL}, and every {@code refresh} (2 s) anyway, so a lost message costs at most that.
 *
 * <p>When Redis cannot be read, the check <b>fails open for what changed since</b>: the last copy stays in
 * force (a suspension the gateway knew is never forgotten because Redis went away), and a suspension made
 * while Redis is down reaches the gateway when Redis answers again; until then those tokens run out on their
 * own within their lifetime (5 minutes) and Keycloak refuses the accounts new tokens and refreshes. Failing
 * closed would refuse every signed-in call of every center while Redis is down.
 */
final class AccessRevocationsFromRedis implements InitializingBean, DisposableBean {

    static final String CENTERS = org.zongzhi.platform.security.AccessRevocationKeys.SUSPENDED_CENTERS;
    static final String ACCOUNTS = org.zongzhi.platform.security.AccessRevocationKeys.REVOKED_ACCOUNTS;
    static final String CHANNEL = org.zongzhi.platform.security.AccessRevocationKeys.CHANGED;

    private static final Logger log = LoggerFactory.getLogger(AccessRevocationsFromRedis.class);
    private static final Duration WARN_EVERY = Duration.ofSeconds(30);

    private final ReactiveStringRedisTemplate redis;
    private final AccessRevocations revocations;
    private final Duration refresh;
    private final Duration tokenLifetime;
    private final Duration timeout;
    private Disposable running;
    private volatile Instant lastWarning;
    private volatile boolean failing;

    AccessRevocationsFromRedis(
            ReactiveStringRedisTemplate redis,
            AccessRevocations revocations,
            Duration refresh,
            Duration tokenLifetime,
            Duration timeout) {
        this.redis = redis;
        this.revocations = revocations;
        this.refresh = refresh;
        this.tokenLifetime = tokenLifetime;
        this.timeout = timeout;
    }

    @Override
    public void afterPropertiesSet() {
        Flux<String> announcements = Flux.defer(() -> redis.listenToChannel(CHANNEL))
                .map(message -> message.getMessage())
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(10)))
                .repeat();
        running = Flux.merge(Flux.interval(Duration.ZERO, refresh).map(tick -> "tick"), announcements)
                .onBackpressureLatest()
                .concatMap(trigger -> load(), 1)
                .subscribe();
    }

    /** Reads both sets and replaces the copy in memory; on failure keeps the last copy. */
    Mono<Void> load() {
        long oldest = Instant.now().minus(tokenLifetime).getEpochSecond();
        Mono<HashSet<String>> centers =
                redis.opsForZSet().range(CENTERS, Range.unbounded()).collect(HashSet::new, HashSet::add);
        Mono<HashMap<String, Long>> accounts = redis.opsForZSet()
                .rangeByScoreWithScores(ACCOUNTS, Range.rightUnbounded(Range.Bound.exclusive((double) oldest)))
                .collect(
                        HashMap::new,
                        (map, entry) ->
                                map.put(entry.getValue(), entry.getScore().longValue()));
        // One after the other (not zipped), so a Redis that is down fails once; connecting may block, so not on
        // the timer's thread.
        return centers.flatMap(c -> accounts.map(a -> reactor.util.function.Tuples.of(c, a)))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(timeout)
                .doOnNext(both -> {
                    revocations.replace(new AccessRevocations.Snapshot(both.getT1(), both.getT2(), Instant.now()));
                    if (failing) {
                        failing = false;
                        log.info(
                                "Access revocations read from Redis again: {} suspended centers, {} disabled accounts",
                                both.getT1().size(),
                                both.getT2().size());
                    }
                })
                .then()
                .onErrorResume(error -> {
                    failing = true;
                    Instant now = Instant.now();
                    if (lastWarning == null || now.isAfter(lastWarning.plus(WARN_EVERY))) {
                        lastWarning = now;
                        AccessRevocations.Snapshot last = revocations.current();
                        log.warn(
                                "Redis cannot be read for access revocations ({}); keeping the copy of {} ({} suspended"
                                        + " centers, {} disabled accounts), changes since then are not enforced",
                                error.toString(),
                                last.loadedAt() == null ? "never (none known)" : last.loadedAt(),
                                last.suspendedCenters().size(),
                                last.accountCutoffs().size());
                    }
                    return Mono.empty();
                });
    }

    @Override
    public void destroy() {
        if (running != null) {
            running.dispose();
        }
    }
}
