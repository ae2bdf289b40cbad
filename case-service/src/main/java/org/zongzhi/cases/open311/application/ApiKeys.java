package org.zongzhi.cases.open311.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.cases.open311.domain.ApiKey;
import org.zongzhi.cases.open311.domain.KeySecret;
import org.zongzhi.platform.tenancy.Caller;

/**
 * A center's admins give each outside channel an Open311 key, see their keys and revoke them. Always the
 * caller's own center: a parent does not manage a child's keys, nor a child its parent's.
 */
@Service
public class ApiKeys {

    private final ApiKeyStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ApiKeys(ApiKeyStore store, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new key and its text, which is shown this once and never again. */
    public record Created(ApiKey key, String secret) {}

    /** A key that does not exist or is of another center: the same answer. */
    public static final class KeyNotFound extends RuntimeException {
        KeyNotFound(UUID id) {
            super("No Open311 key " + id + " belongs to your center. Keys are managed by their own center's admins.");
        }
    }

    public Created create(Caller caller, Channel channel, String label, Integer perMinute) {
        int rate = perMinute == null ? ApiKey.DEFAULT_PER_MINUTE : perMinute;
        ApiKey.checkNew(channel, label, rate);
        KeySecret secret = KeySecret.generate();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ApiKey key = new ApiKey(
                UUID.randomUUID(),
                caller.tenant(),
                channel,
                label.strip(),
                secret.prefix(),
                rate,
                now,
                caller.username(),
                null,
                null,
                0);
        transactions.executeWithoutResult(tx -> store.add(key, secret.hash()));
        return new Created(key, secret.value());
    }

    public List<ApiKey> list(Caller caller) {
        return transactions.execute(tx -> store.ofCenter(caller.tenant()));
    }

    public ApiKey revoke(Caller caller, UUID id) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return transactions
                .execute(tx -> store.revoke(id, caller.username(), now))
                .orElseThrow(() -> new KeyNotFound(id));
    }
}
