package org.zongzhi.cases.dispute.infrastructure;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.CitizenLookup.LookupAttempts;
import org.zongzhi.cases.dispute.domain.CaseCode;

/** Wrong secrets per case code in Redis, counted over an hour; ten lock the code for the rest of it. */
@Component
class RedisLookupAttempts implements LookupAttempts {

    static final int LIMIT = 10;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final StringRedisTemplate redis;

    RedisLookupAttempts(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean locked(CaseCode code) {
        String count = redis.opsForValue().get(key(code));
        return count != null && Integer.parseInt(count) >= LIMIT;
    }

    @Override
    public void failed(CaseCode code) {
        Long count = redis.opsForValue().increment(key(code));
        if (count != null && count == 1) {
            redis.expire(key(code), WINDOW);
        }
    }

    private static String key(CaseCode code) {
        return "case-service:lookup-failures:" + code.value();
    }
}
