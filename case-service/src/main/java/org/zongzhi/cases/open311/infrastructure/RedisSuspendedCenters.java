package org.zongzhi.cases.open311.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.open311.application.SuspendedCenters;
import org.zongzhi.platform.security.AccessRevocationKeys;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * The suspended centers tenant-service keeps in Redis for the gateway, read per call. If Redis does not
 * answer the key's center counts as not suspended, as the gateway keeps its last copy (docs/architecture.md):
 * a suspension made during the outage takes effect when Redis answers again.
 */
@Component
class RedisSuspendedCenters implements SuspendedCenters {

    private static final Logger log = LoggerFactory.getLogger(RedisSuspendedCenters.class);

    private final StringRedisTemplate redis;

    RedisSuspendedCenters(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean isSuspended(TenantCode center) {
        try {
            return redis.opsForZSet().score(AccessRevocationKeys.SUSPENDED_CENTERS, center.value()) != null;
        } catch (RuntimeException e) {
            log.warn(
                    "Whether {} is suspended could not be read from Redis ({}): its API keys pass",
                    center,
                    e.toString());
            return false;
        }
    }
}
