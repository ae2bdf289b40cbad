package org.zongzhi.cases.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.cases.fixtures.TestClock;
import org.zongzhi.platform.tenancy.TenantScope;
import tools.jackson.databind.JsonNode;

@CaseServiceIT
class WarningScanIT {

    private static final String CLERK = "handian.clerk";

    @LocalServerPort
    int port;

    @Autowired
    WarningScan scan;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    Api api;
    String id;

    @BeforeEach
    void aFiledCaseAtHandian() {
        api = new Api(port);
        id = api.intake(CLERK, Intakes.neighbourQuarrel(People.fresh()))
                .get("case")
                .get("id")
                .asString();
        api.act(CLERK, id, "file", null);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private Instant deadline(String which) {
        return Instant.parse(api.read(CLERK, id).get("deadline").get(which).asString());
    }

    @Test
    void aCaseTurnsBlueYellowAndRedAsItsStepsClockRuns() {
        clock.setTo(deadline("blueAt").plusSeconds(60));
        scan.scan();
        assertThat(api.read(CLERK, id).get("warning").asString()).isEqualTo("BLUE");

        clock.setTo(deadline("yellowAt").plusSeconds(60));
        scan.scan();
        assertThat(api.read(CLERK, id).get("warning").asString()).isEqualTo("YELLOW");

        clock.setTo(deadline("dueAt").plusSeconds(60));
        scan.scan();
        JsonNode red = api.read(CLERK, id);
        assertThat(red.get("warning").asString()).isEqualTo("RED");
        assertThat(red.get("warningLabel").asString()).contains("红色");
    }

    @Test
    void aRedCaseMakesTheParentCenterIssueASupervisionOrderBothSee() {
        clock.setTo(deadline("dueAt").plus(Duration.ofHours(1)));
        scan.scan();

        JsonNode atHolder = api.read(CLERK, id);
        JsonNode atParent = api.read("shangdang.admin", id);
        for (JsonNode seen : new JsonNode[] {atHolder, atParent}) {
            JsonNode order = seen.get("supervisions").get(0);
            assertThat(order.get("issuer").asString()).isEqualTo("140404");
            assertThat(order.get("target").asString()).isEqualTo("140404001");
            assertThat(Instant.parse(order.get("responseDue").asString())).isAfter(clock.instant());
            assertThat(order.get("response").isNull()).isTrue();
        }
        assertThat(api.timelineActions(CLERK, id)).containsExactly("report", "file", "supervise");

        String orderId = atHolder.get("supervisions").get(0).get("id").asString();
        JsonNode answered = api.act(CLERK, id, "supervisions/" + orderId + "/response", Map.of("response", "已约双方明日调解"));
        assertThat(answered.get("supervisions").get(0).get("response").asString())
                .isEqualTo("已约双方明日调解");
        assertThat(api.read("shangdang.admin", id)
                        .get("supervisions")
                        .get(0)
                        .get("respondedBy")
                        .asString())
                .isEqualTo(CLERK);
        Api.problem(
                api.post(
                        "shangdang.admin",
                        "/api/cases/" + id + "/supervisions/" + orderId + "/response",
                        Map.of("response", "x")),
                403);
    }

    @Test
    void aRescanChangesNothingThatIsNotDue() {
        clock.setTo(deadline("dueAt").plusSeconds(60));
        scan.scan();
        long version = api.read(CLERK, id).get("version").asLong();

        scan.scan();

        JsonNode again = api.read(CLERK, id);
        assertThat(again.get("version").asLong()).isEqualTo(version);
        assertThat(again.get("supervisions")).hasSize(1);
    }

    @Test
    void aNewStepStartsAFreshClockAndClearsTheColour() {
        clock.setTo(deadline("yellowAt").plusSeconds(60));
        scan.scan();
        JsonNode assigned = api.act(CLERK, id, "assignments", Map.of("department", "JUSTICE"));

        assertThat(assigned.get("warning").asString()).isEqualTo("NONE");
        assertThat(assigned.get("deadline").get("step").asString()).isEqualTo("ASSIGNED");
    }

    @Test
    void onlyOneReplicaScansAtATime() throws Exception {
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Void> otherReplica = CompletableFuture.runAsync(() -> TenantScope.asSystem(
                "a second replica's scan",
                () -> transactions.execute(tx -> {
                    jdbc.sql("select pg_advisory_xact_lock(:lock)")
                            .param("lock", WarningScan.LOCK)
                            .query()
                            .listOfRows();
                    holding.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                })));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        clock.setTo(deadline("dueAt").plusSeconds(60));

        WarningScan.Result whileOtherScans = scan.scan();
        release.countDown();
        otherReplica.get(30, TimeUnit.SECONDS);
        WarningScan.Result afterwards = scan.scan();

        assertThat(whileOtherScans.ran()).isFalse();
        assertThat(afterwards.ran()).isTrue();
        assertThat(api.read(CLERK, id).get("warning").asString()).isEqualTo("RED");
    }

    @Test
    void concurrentScansIssueOneOrderPerRedCase() throws Exception {
        clock.setTo(deadline("dueAt").plusSeconds(60));

        CompletableFuture<WarningScan.Result> first = CompletableFuture.supplyAsync(scan::scan);
        CompletableFuture<WarningScan.Result> second = CompletableFuture.supplyAsync(scan::scan);
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        scan.scan();

        assertThat(api.read(CLERK, id).get("supervisions")).hasSize(1);
    }

    @Test
    void closedCasesRunNoClock() {
        String closed = api.intake(CLERK, Intakes.neighbourQuarrel(People.fresh()))
                .get("case")
                .get("id")
                .asString();
        api.act(CLERK, closed, "reject", Map.of("reason", "不属于受理范围"));

        clock.advance(Duration.ofDays(60));
        scan.scan();

        JsonNode c = api.read(CLERK, closed);
        assertThat(c.get("warning").asString()).isEqualTo("NONE");
        assertThat(c.get("deadline").isNull()).isTrue();
    }
}
