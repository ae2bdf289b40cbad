package org.zongzhi.cases.open311.infrastructure;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.open311.application.KeyRateLimit;
import org.zongzhi.cases.open311.domain.ApiKey;

/**
 * A counter per key and clock minute in Redis, shared by every replica; it expires with its minute. If
 * Redis does not answer, calls pass (as the gateway's limiter fails open).
 */
@Component
class RedisKeyRateLimit implements KeyRateLimit {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RedisKeyRateLimit.class);

    private final StringRedisTemplate redis;

    RedisKeyRateLimit(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public long retryAfter(ApiKey key) {
        long now = Instant.now().getEpochSecond();
        long minute = now / 60;
        String counter = "case-service:open311-rate:" + key.id() + ":" + minute;
        Long count;
        try {
            count = redis.opsForValue().increment(counter);
            if (count != null && count == 1) {
                redis.expire(counter, Duration.ofSeconds(61));
            }
        } catch (RuntimeException e) {
            log.warn("Open311 rate limit not counted, Redis did not answer ({}): the call passes", e.toString());
            return 0;
        }
        if (count == null || count <= key.perMinute()) {
            return 0;
        }
        return Math.max(1, (minute + 1) * 60 - now);
    }
}
