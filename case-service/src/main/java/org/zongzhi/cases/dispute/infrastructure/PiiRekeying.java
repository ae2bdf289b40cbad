package org.zongzhi.cases.dispute.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * Re-encrypts personal data made with any key but the current one ({@link PiiCipher}), in batches, while
 * the platform runs: each batch locks its rows ({@code for update skip locked}, so replicas and a second run
 * share the work instead of colliding), decrypts with the old key, encrypts with the current one and
 * commits. What it re-encrypts: the parties' ID numbers and phones and the citizens' secrets kept with
 * idempotency keys. Run by {@code case-service/bin/pii-rekey.sh} (README.md, "Personal data").
 */
@Component
public class PiiRekeying {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PiiCipher cipher;

    PiiRekeying(JdbcClient jdbc, TransactionTemplate transactions, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
    }

    /** The key new data is encrypted with. */
    public String currentKey() {
        return cipher.currentKey();
    }

    /** How many encrypted values each key holds (a key at 0 can be retired). */
    public Map<String, Long> valuesByKey() {
        var counts = new LinkedHashMap<String, Long>();
        TenantScope.asSystem(
                "counting personal data by encryption key",
                () -> transactions.execute(tx -> {
                    jdbc.sql("""
                            select k, count(*) as n from (
                                select pii_key_of(id_number_enc) as k from case_party where id_number_enc is not null
                                union all select pii_key_of(phone_enc) from case_party where phone_enc is not null
                                union all select pii_key_of(secret_enc) from case_intake_key where secret_enc is not null
                            ) t group by k order by k
                            """)
                            .query((rs, n) -> counts.put(rs.getString("k"), rs.getLong("n")))
                            .list();
                    return null;
                }));
        return counts;
    }

    /**
     * Re-encrypts up to {@code limit} rows of each kind that hold a value made with another key.
     *
     * @param onlyCase null for every case; a case id to re-encrypt just that case's parties and secret
     * @return the values re-encrypted (0: nothing is left under another key, or the rest is locked by
     *     another run)
     */
    public int rekey(int limit, UUID onlyCase) {
        return TenantScope.asSystem(
                "re-encrypting personal data under the current key",
                () -> transactions.execute(tx -> parties(limit, onlyCase) + secrets(limit, onlyCase)));
    }

    /** Re-encrypts everything, batch after batch, and returns how many values it re-encrypted. */
    public long rekeyAll(int batch) {
        long total = 0;
        int done;
        do {
            done = rekey(batch, null);
            total += done;
        } while (done > 0);
        return total;
    }

    private int parties(int limit, UUID onlyCase) {
        byte[] prefix = cipher.currentPrefix();
        var rows = jdbc.sql("""
                        select id, case_id, id_number_enc, phone_enc from case_party
                         where ((id_number_enc is not null and substring(id_number_enc from 1 for :n) <> :prefix)
                             or (phone_enc is not null and substring(phone_enc from 1 for :n) <> :prefix))
                           and (cast(:case as uuid) is null or case_id = cast(:case as uuid))
                         order by id limit :limit for update skip locked
                        """)
                .param("n", prefix.length)
                .param("prefix", prefix)
                .param("case", onlyCase == null ? null : onlyCase.toString())
                .param("limit", limit)
                .query((rs, n) -> new Party(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        rs.getBytes("id_number_enc"),
                        rs.getBytes("phone_enc")))
                .list();
        int values = 0;
        for (Party party : rows) {
            byte[] idNumber =
                    reencrypt(party.idNumber(), JpaCaseRepository.context(party.caseId(), party.id(), "id-number"));
            byte[] phone = reencrypt(party.phone(), JpaCaseRepository.context(party.caseId(), party.id(), "phone"));
            values += (idNumber != party.idNumber() ? 1 : 0) + (phone != party.phone() ? 1 : 0);
            jdbc.sql("update case_party set id_number_enc = :idNumber, phone_enc = :phone where id = :id")
                    .param("idNumber", idNumber)
                    .param("phone", phone)
                    .param("id", party.id())
                    .update();
        }
        return values;
    }

    private int secrets(int limit, UUID onlyCase) {
        byte[] prefix = cipher.currentPrefix();
        var rows = jdbc.sql("""
                        select center, idempotency_key, secret_enc from case_intake_key
                         where secret_enc is not null and substring(secret_enc from 1 for :n) <> :prefix
                           and (cast(:case as uuid) is null or case_id = cast(:case as uuid))
                         order by center, idempotency_key limit :limit for update skip locked
                        """)
                .param("n", prefix.length)
                .param("prefix", prefix)
                .param("case", onlyCase == null ? null : onlyCase.toString())
                .param("limit", limit)
                .query((rs, n) ->
                        new Secret(rs.getString("center"), rs.getString("idempotency_key"), rs.getBytes("secret_enc")))
                .list();
        int values = 0;
        for (Secret secret : rows) {
            byte[] value = reencrypt(
                    secret.value(),
                    SqlIntakeKeys.context(org.zongzhi.platform.tenancy.TenantCode.of(secret.center()), secret.key()));
            if (value == secret.value()) {
                continue;
            }
            values++;
            jdbc.sql("update case_intake_key set secret_enc = :secret"
                            + " where center = :center and idempotency_key = :key")
                    .param("secret", value)
                    .param("center", secret.center())
                    .param("key", secret.key())
                    .update();
        }
        return values;
    }

    /**
     * The value under the current key in the current format: the same array when it already is. (A value
     * written before keys were named is re-encrypted too, also when the master key is current, so it names it.)
     */
    private byte[] reencrypt(byte[] stored, String context) {
        if (stored == null || cipher.isCurrent(stored)) {
            return stored;
        }
        return cipher.encrypt(cipher.decrypt(stored, context), context);
    }

    private record Party(UUID id, UUID caseId, byte[] idNumber, byte[] phone) {}

    private record Secret(String center, String key, byte[] value) {}
}
