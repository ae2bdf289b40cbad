package org.zongzhi.cases.dispute.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.platform.tenancy.TenantScope;
import tools.jackson.databind.JsonNode;

/**
 * Key rotation on the real database while the service runs: a case's ID numbers, phones and citizen
 * secret move to a new key in a batch, open with it to what was taken in, and cannot be read once the new
 * key is missing; nothing is left for a second run. (Only this test's case is re-encrypted: the shared test
 * database's other cases stay readable by the running services, which know the master key only.)
 */
@CaseServiceIT
class PiiRekeyingIT {

    private static final String K2 = Base64.getEncoder().encodeToString("rotation-test-key-of-32-bytes-ok".getBytes());

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PiiProperties properties;

    private PiiRekeying rekeyingTo(String current) {
        return new PiiRekeying(
                jdbc, transactions, new PiiCipher(new PiiProperties(properties.key(), "k2:" + K2, current)));
    }

    private record Value(UUID party, String field, byte[] stored) {}

    private List<Value> valuesOf(UUID caseId) {
        return TenantScope.asSystem(
                "test: reading ciphertexts",
                () -> transactions.execute(tx -> jdbc.sql("""
                        select id, 'id-number' as field, id_number_enc as v from case_party
                         where case_id = :id and id_number_enc is not null
                        union all select id, 'phone', phone_enc from case_party where case_id = :id and phone_enc is not null
                        """)
                        .param("id", caseId)
                        .query((rs, n) ->
                                new Value(rs.getObject("id", UUID.class), rs.getString("field"), rs.getBytes("v")))
                        .list()));
    }

    private String secretKeyOf(UUID caseId) {
        return TenantScope.asSystem(
                "test: reading the secret's key",
                () -> transactions.execute(
                        tx -> jdbc.sql("select pii_key_of(secret_enc) from case_intake_key where case_id = :id")
                                .param("id", caseId)
                                .query(String.class)
                                .single()));
    }

    @Test
    void aCasesPersonalDataMovesToTheNewKeyOpensWithItAndNeedsIt() {
        int person = People.fresh();
        JsonNode intake = new Api(port).intake("changan.admin", Intakes.neighbourQuarrel(person));
        UUID caseId = UUID.fromString(intake.get("case").get("id").asString());
        PiiCipher masterOnly = new PiiCipher(properties);
        List<Value> before = valuesOf(caseId);
        assertThat(before)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(PiiCipher.keyOf(v.stored())).isEqualTo("master"));
        Map<String, String> plain = new java.util.HashMap<>();
        before.forEach(v -> plain.put(
                v.party() + v.field(),
                masterOnly.decrypt(v.stored(), JpaCaseRepository.context(caseId, v.party(), v.field()))));
        assertThat(plain.values()).contains(People.idNumberOf(person));

        int moved = rekeyingTo("k2").rekey(100, caseId);

        List<Value> after = valuesOf(caseId);
        assertThat(moved).isEqualTo(before.size() + 1); // and the citizen's secret
        assertThat(secretKeyOf(caseId)).isEqualTo("k2");
        PiiCipher ring = new PiiCipher(new PiiProperties(properties.key(), "k2:" + K2, "k2"));
        for (Value v : after) {
            String context = JpaCaseRepository.context(caseId, v.party(), v.field());
            assertThat(PiiCipher.keyOf(v.stored())).isEqualTo("k2");
            assertThat(ring.decrypt(v.stored(), context)).isEqualTo(plain.get(v.party() + v.field()));
            assertThatThrownBy(() -> masterOnly.decrypt(v.stored(), context)).hasMessageContaining("'k2'");
        }
        assertThat(rekeyingTo("k2").rekey(100, caseId)).isZero();
        assertThat(rekeyingTo("k2").valuesByKey()).containsKey("k2");

        // back under the master key, which the running services (and this test's) read
        assertThat(rekeyingTo("master").rekey(100, caseId)).isEqualTo(moved);
        assertThat(valuesOf(caseId))
                .allSatisfy(v -> assertThat(PiiCipher.keyOf(v.stored())).isEqualTo("master"));
        assertThat(new Api(port).get("changan.admin", "/api/cases/" + caseId).status())
                .isEqualTo(200);
    }
}
