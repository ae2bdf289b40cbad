package org.zongzhi.cases.dispute.infrastructure;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.IntakeKeys;
import org.zongzhi.cases.dispute.domain.CitizenSecret;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * Idempotency keys in a table keyed by center and key. Claiming inserts the key; a second claim of the same
 * key waits on the first one's row until it commits (then finds its case) or rolls back (then claims it).
 * The citizen secret is kept encrypted with the key, so a retry gets the same secret back.
 */
@Component
class SqlIntakeKeys implements IntakeKeys {

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    SqlIntakeKeys(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public Optional<Claimed> claim(TenantCode center, String key, String fingerprint, Instant at) {
        int claimed = jdbc.sql("insert into case_intake_key (center, idempotency_key, fingerprint, created_at)"
                        + " values (:center, :key, :fingerprint, :at) on conflict do nothing")
                .param("center", center.value())
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("at", Sql.time(at))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("select fingerprint, case_id, secret_enc from case_intake_key"
                        + " where center = :center and idempotency_key = :key")
                .param("center", center.value())
                .param("key", key)
                .query((rs, n) -> new Claimed(
                        rs.getString("fingerprint"),
                        rs.getObject("case_id", UUID.class),
                        new CitizenSecret(cipher.decrypt(rs.getBytes("secret_enc"), context(center, key)))))
                .optional();
    }

    @Override
    public void complete(TenantCode center, String key, UUID caseId, CitizenSecret secret) {
        jdbc.sql("update case_intake_key set case_id = :case, secret_enc = :secret"
                        + " where center = :center and idempotency_key = :key")
                .param("case", caseId)
                .param("secret", cipher.encrypt(secret.value(), context(center, key)))
                .param("center", center.value())
                .param("key", key)
                .update();
    }

    static String context(TenantCode center, String key) {
        return "intake-key:" + center + ":" + key;
    }
}
