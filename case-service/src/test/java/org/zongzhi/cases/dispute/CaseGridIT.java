package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.cases.fixtures.Intakes.neighbourQuarrel;
import static org.zongzhi.cases.fixtures.Intakes.with;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.testsupport.Http;
import tools.jackson.databind.JsonNode;

/**
 * A case reported from a grid's patrol carries the grid (网格) it came from: in the case, when read again, and
 * in the snapshot of its event. The grid must be one of the receiving center's own.
 */
@CaseServiceIT
class CaseGridIT {

    private static final String CHANGAN_GRID = "140404001001007";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    Api api;
    int n;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        n = People.fresh();
    }

    @Test
    void aCaseFromAGridPatrolCarriesItsGridInTheCaseAndItsEvent() {
        JsonNode created = api.intake(
                "changan.grid", with(with(neighbourQuarrel(n), "channel", "GRID_REPORT"), "gridCode", CHANGAN_GRID));

        JsonNode c = created.get("case");
        assertThat(c.get("gridCode").asString()).isEqualTo(CHANGAN_GRID);
        assertThat(c.get("channelLabel").asString()).isEqualTo("网格巡查");
        String id = c.get("id").asString();
        assertThat(api.read("changan.admin", id).get("gridCode").asString()).isEqualTo(CHANGAN_GRID);
        assertThat(api.read("handian.admin", id).get("gridCode").asString()).isEqualTo(CHANGAN_GRID);
        String payload = TenantScope.asSystem(
                "test",
                () -> transactions.execute(tx -> jdbc.sql(
                                "select payload::text from case_outbox where aggregate_id = :id order by seq limit 1")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single()));
        assertThat(payload).contains("\"gridCode\": \"" + CHANGAN_GRID + "\"");

        JsonNode plain =
                api.intake("changan.admin", neighbourQuarrel(People.fresh())).get("case");
        assertThat(plain.get("gridCode").isNull()).isTrue();
    }

    @Test
    void aGridOfAnotherCenterOrAMalformedCodeIsRefusedWithTheField() {
        // a grid of the sibling village, 长安's grid taken in at the township, and a code that is no grid's
        for (String[] attempt : new String[][] {
            {"changan.grid", "140404001002001", "receiving center 140404001001"},
            {"handian.clerk", CHANGAN_GRID, "receiving center 140404001"},
            {"changan.grid", "14040400100", "15 digits"}
        }) {
            Http.Response refused = api.post(
                    attempt[0],
                    "/api/cases",
                    with(with(neighbourQuarrel(People.fresh()), "channel", "GRID_REPORT"), "gridCode", attempt[1]),
                    "Idempotency-Key",
                    UUID.randomUUID().toString());
            JsonNode problem = Api.problem(refused, 400);
            assertThat(problem.toString()).contains("gridCode").contains(attempt[2]);
        }
    }
}
