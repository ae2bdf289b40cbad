package org.zongzhi.cases.dispute.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.cases.fixtures.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * The store's own guard, below the application: plain SQL with no tenant condition, run as a signed-in
 * user of another center, sees and changes nothing of a case that is not theirs; and Hibernate refuses to
 * write a case row another center loaded by native query.
 */
@CaseServiceIT
class RowLevelSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JwtDecoder decoder;

    @PersistenceContext
    EntityManager em;

    UUID id;

    @BeforeEach
    void aCaseAtChangan() {
        JsonNode c = new Api(port)
                .intake("changan.admin", Intakes.neighbourQuarrel(People.fresh()))
                .get("case");
        id = UUID.fromString(c.get("id").asString());
    }

    private <T> T as(String user, Supplier<T> work) {
        return SignedIn.as(decoder, user, () -> transactions.execute(tx -> work.get()));
    }

    @Test
    void aQueryWithoutATenantFilterReturnsNothingForeign() {
        List<String> siblingSees = as(
                "fuhou.admin",
                () -> jdbc.sql("select custody_paths::text from cases")
                        .query(String.class)
                        .list());
        long siblingCount = as(
                "fuhou.admin",
                () -> jdbc.sql("select count(*) from cases where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single());
        long partiesSeen = as(
                "fuhou.admin",
                () -> jdbc.sql("select count(*) from case_party where case_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single());
        long timelineSeen = as(
                "fuhou.admin",
                () -> jdbc.sql("select count(*) from case_timeline where case_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single());

        assertThat(siblingCount).isZero();
        assertThat(partiesSeen).isZero();
        assertThat(timelineSeen).isZero();
        assertThat(siblingSees).allSatisfy(paths -> assertThat(paths).contains("140404001002"));
    }

    @Test
    void withoutASignedInCallerTheStoreShowsNothingAtAll() {
        long seen = transactions.execute(
                tx -> jdbc.sql("select count(*) from cases").query(Long.class).single());
        long outbox = transactions.execute(tx ->
                jdbc.sql("select count(*) from case_outbox").query(Long.class).single());

        assertThat(seen).isZero();
        assertThat(outbox).isZero();
    }

    @Test
    void anotherCenterCannotUpdateOrDeleteTheCaseBySql() {
        int siblingUpdated = as(
                "fuhou.admin",
                () -> jdbc.sql("update cases set title = 'hijacked' where id = :id")
                        .param("id", id)
                        .update());
        int parentUpdated = as(
                "handian.admin",
                () -> jdbc.sql("update cases set status = 'CLOSED' where id = :id")
                        .param("id", id)
                        .update());
        int holderDeleted = as(
                "changan.admin",
                () -> jdbc.sql("delete from case_note where case_id = :id")
                        .param("id", id)
                        .update());
        int parentDeleted = as(
                "handian.admin",
                () -> jdbc.sql("delete from cases where id = :id")
                        .param("id", id)
                        .update());

        assertThat(siblingUpdated).isZero();
        assertThat(parentUpdated).isZero();
        assertThat(holderDeleted).isZero();
        assertThat(parentDeleted).isZero();
        assertThat(as(
                        "changan.admin",
                        () -> jdbc.sql("select title || status from cases where id = :id")
                                .param("id", id)
                                .query(String.class)
                                .single()))
                .isEqualTo("邻里排水纠纷REPORTED");
    }

    @Test
    void theHolderCannotMoveACaseSidewaysEvenBySql() {
        assertThatThrownBy(() -> as(
                        "changan.admin",
                        () -> jdbc.sql("update cases set holder = '140881', custody = custody || '140881'::varchar"
                                        + " where id = :id")
                                .param("id", id)
                                .update()))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void noCenterWritesOnAnotherCentersTimelineAndNobodyRewritesOne() {
        assertThatThrownBy(() -> as(
                        "fuhou.admin",
                        () -> jdbc.sql("insert into case_timeline (case_id, at, actor, actor_center, action, summary,"
                                        + " to_status) values (:id, now(), 'x', '140404001002', 'file', 'x', 'FILED')")
                                .param("id", id)
                                .update()))
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> as(
                        "changan.admin",
                        () -> jdbc.sql("update case_timeline set summary = 'rewritten' where case_id = :id")
                                .param("id", id)
                                .update()))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> as(
                        "changan.admin",
                        () -> jdbc.sql("delete from case_timeline where case_id = :id")
                                .param("id", id)
                                .update()))
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void hibernateRefusesToWriteACaseRowAnotherCenterLoadedByNativeQuery() {
        assertThatThrownBy(() -> as("handian.admin", () -> {
                    CaseRecord loaded =
                            (CaseRecord) em.createNativeQuery("select * from cases where id = :id", CaseRecord.class)
                                    .setParameter("id", id)
                                    .getSingleResult();
                    loaded.status = "CLOSED";
                    loaded.title = "closed by the township";
                    em.flush();
                    return loaded;
                }))
                .isInstanceOf(OptimisticLockException.class)
                .hasMessageContaining("holder=")
                .hasRootCauseInstanceOf(StaleStateException.class);

        assertThat(as(
                        "changan.admin",
                        () -> jdbc.sql("select status from cases where id = :id")
                                .param("id", id)
                                .query(String.class)
                                .single()))
                .isEqualTo("REPORTED");
    }

    @Test
    void personalDataIsStoredEncryptedAndMasked() {
        List<String> stored = as(
                "changan.admin",
                () -> jdbc.sql("select encode(id_number_enc, 'escape') || ' ' || id_number_masked || ' '"
                                + " || encode(phone_enc, 'escape') from case_party where case_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list());

        assertThat(stored)
                .hasSize(2)
                .allSatisfy(row ->
                        assertThat(row).doesNotContainPattern("\\d{17}[\\dX]").doesNotContainPattern("1[3-9]\\d{9}"));
    }
}
