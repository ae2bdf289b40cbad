package org.zongzhi.tenant.tree.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.tenant.tree.domain.AccessRevocations;

/**
 * Revocations in Redis, where every gateway reads them (see the gateway's {@code AccessRevocations}):
 *
 * <ul>
 *   <li>{@value #CENTERS}: a sorted set of suspended center codes, scored by the second of suspension;
 *   <li>{@value #ACCOUNTS}: a sorted set of Keycloak user ids, scored by the second up to which their tokens
 *       are refused; entries older than the longest access-token lifetime refuse nothing and are pruned;
 *   <li>a message on {@value #CHANNEL} after every change, so gateways reload at once rather than at their
 *       next periodic read.
 * </ul>
 *
 * When Redis cannot be written the change stands (the center is suspended, the account disabled) and is
 * written by the next reconciliation, every 15 seconds, which also makes the set of suspended centers match
 * the database (a missed or extra entry heals there, whoever caused it).
 */
@Component
class RedisAccessRevocations implements AccessRevocations {

    static final String CENTERS = org.zongzhi.platform.security.AccessRevocationKeys.SUSPENDED_CENTERS;
    static final String ACCOUNTS = org.zongzhi.platform.security.AccessRevocationKeys.REVOKED_ACCOUNTS;
    static final String CHANNEL = org.zongzhi.platform.security.AccessRevocationKeys.CHANGED;

    private static final Logger log = LoggerFactory.getLogger(RedisAccessRevocations.class);

    private final StringRedisTemplate redis;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Duration tokenLifetime;
    /** Account cutoffs Redis did not take yet (this instance's memory; lost if it stops before Redis returns). */
    private final Map<String, Long> pendingAccounts = new ConcurrentHashMap<>();

    RedisAccessRevocations(
            StringRedisTemplate redis,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            @Value("${platform.access.max-token-lifetime:10m}") Duration tokenLifetime) {
        this.redis = redis;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    public void centerSuspended(TenantCode center, Instant at) {
        write("suspension of " + center, () -> {
            redis.opsForZSet().add(CENTERS, center.value(), at.getEpochSecond());
            redis.convertAndSend(CHANNEL, "suspended " + center.value());
        });
    }

    @Override
    public void centerReactivated(TenantCode center) {
        write("reactivation of " + center, () -> {
            redis.opsForZSet().remove(CENTERS, center.value());
            redis.convertAndSend(CHANNEL, "reactivated " + center.value());
        });
    }

    @Override
    public void accountsDisabled(Collection<String> accountIds, Instant at) {
        if (accountIds.isEmpty()) {
            return;
        }
        accountIds.forEach(id -> pendingAccounts.merge(id, at.getEpochSecond(), Math::max));
        flushAccounts();
    }

    private void flushAccounts() {
        if (pendingAccounts.isEmpty()) {
            return;
        }
        Map<String, Long> batch = Map.copyOf(pendingAccounts);
        write("disabling of " + batch.size() + " accounts", () -> {
            batch.forEach((id, cutoff) -> redis.opsForZSet().add(ACCOUNTS, id, cutoff));
            redis.convertAndSend(CHANNEL, "disabled " + batch.size() + " accounts");
            batch.forEach(pendingAccounts::remove);
        });
    }

    /**
     * Writes what was missed and makes the suspended centers in Redis those of the database; prunes account
     * entries that no token can be refused by any more.
     */
    @Scheduled(initialDelayString = "5s", fixedDelayString = "${platform.access.reconcile-every:15s}")
    void reconcile() {
        flushAccounts();
        Set<String> suspended;
        try {
            suspended = new HashSet<>(TenantScope.asSystem(
                    "access revocations",
                    () -> transactions.execute(tx ->
                            jdbc.queryForList("select code from center where status = 'SUSPENDED'", String.class))));
        } catch (DataAccessException e) {
            log.warn("Could not read the suspended centers to reconcile the gateway's view: {}", e.getMessage());
            return;
        }
        write("reconciliation", () -> {
            Set<String> known = redis.opsForZSet().range(CENTERS, 0, -1);
            known = known == null ? Set.of() : known;
            long now = Instant.now().getEpochSecond();
            boolean changed = false;
            for (String code : suspended) {
                if (!known.contains(code)) {
                    redis.opsForZSet().add(CENTERS, code, now);
                    changed = true;
                }
            }
            List<String> extra =
                    known.stream().filter(code -> !suspended.contains(code)).toList();
            if (!extra.isEmpty()) {
                redis.opsForZSet().remove(CENTERS, extra.toArray());
                changed = true;
            }
            redis.opsForZSet().removeRangeByScore(ACCOUNTS, Double.NEGATIVE_INFINITY, now - tokenLifetime.toSeconds());
            if (changed) {
                log.info(
                        "Gateway view of suspended centers reconciled: {} suspended, {} removed",
                        suspended.size(),
                        extra);
                redis.convertAndSend(CHANNEL, "reconciled");
            }
        });
    }

    private static void write(String what, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not tell the gateways about the {} (Redis: {}); retried at the next reconciliation",
                    what,
                    e.getMessage());
        }
    }
}
