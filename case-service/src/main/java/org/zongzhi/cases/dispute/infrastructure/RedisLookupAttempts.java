package org.zongzhi.cases.dispute.infrastructure;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.CitizenLookup.LookupAttempts;
import org.zongzhi.cases.dispute.domain.CaseCode;

/**
 * In Redis, shared by every case-service replica: wrong secrets per case code and client address over an
 * hour (ten lock that address out of that code for the rest of it), and lookups per address in ten-second
 * windows (by default ten, as the gateway's bucket of one a second with a burst of ten allows).
 */
@Component
class RedisLookupAttempts implements LookupAttempts {

    static final int LIMIT = 10;
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final long RATE_WINDOW_SECONDS = 10;

    private final StringRedisTemplate redis;
    private final int perWindow;

    RedisLookupAttempts(StringRedisTemplate redis, @Value("${platform.lookup.per-address-per-10s:10}") int perWindow) {
        this.redis = redis;
        this.perWindow = perWindow;
    }

    @Override
    public boolean locked(CaseCode code, String client) {
        String count = redis.opsForValue().get(failures(code, client));
        return count != null && Integer.parseInt(count) >= LIMIT;
    }

    @Override
    public void failed(CaseCode code, String client) {
        count(failures(code, client), WINDOW);
    }

    @Override
    public boolean tooFast(String client) {
        long window = Instant.now().getEpochSecond() / RATE_WINDOW_SECONDS;
        return count("case-service:lookup-rate:" + client + ":" + window, Duration.ofSeconds(RATE_WINDOW_SECONDS))
                > perWindow;
    }

    private long count(String key, Duration ttl) {
        Long count = redis.opsForValue().increment(key);
        if (count != null && count == 1) {
            redis.expire(key, ttl);
        }
        return count == null ? 0 : count;
    }

    private static String failures(CaseCode code, String client) {
        return "case-service:lookup-failures:" + code.value() + ":" + client;
    }
}
