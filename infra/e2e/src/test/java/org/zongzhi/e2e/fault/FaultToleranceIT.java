package org.zongzhi.e2e.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.zongzhi.e2e.Patience;
import org.zongzhi.testsupport.Http;
import tools.jackson.databind.JsonNode;

/**
 * Faults as they happen: real processes of the platform's own {@code fault} instance killed with
 * {@code kill -9} while clients take cases in through the gateway, retrying on the same Idempotency-Key until
 * acknowledged. After each fault every acknowledged case exists exactly once in the database and becomes
 * searchable, nothing is lost or doubled, and what was killed comes back. Prints per fault: cases sent /
 * acknowledged / stored / searchable / duplicated (also in {@code target/fault-figures.txt}).
 *
 * <p>Short by default (the README's test command); the long mode is {@code -Dfault.cases=10000
 * -Dfault.events=2000 -Dfault.es-down-seconds=60} (see the README, "More commands").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    /** Intakes while case-service is killed. */
    static final int CASES = Integer.getInteger("fault.cases", 300);
    /** Intakes during each of the other faults. */
    static final int EVENTS = Integer.getInteger("fault.events", 150);

    static final int ES_DOWN_SECONDS = Integer.getInteger("fault.es-down-seconds", 20);
    static final int CLIENTS = Integer.getInteger("fault.clients", 8);

    private static final String GRID_WORKER = "changan.grid";
    private static final String VILLAGE_ADMIN = "changan.admin";
    private static final Duration INDEXED_WITHIN = Duration.ofMinutes(3);

    private static FaultPlatform platform;

    @BeforeAll
    static void theFaultInstanceRuns() {
        platform = new FaultPlatform().up();
    }

    @AfterAll
    static void theFaultInstanceStops() {
        if (platform != null && !Boolean.getBoolean("fault.keep")) {
            platform.down();
        }
    }

    private static IntakeLoad load(int cases) {
        String run = "FT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return new IntakeLoad(
                platform.gateway(), () -> platform.token(GRID_WORKER), run, cases, CLIENTS, Duration.ofMinutes(5));
    }

    private static Duration loadTime(int cases) {
        return Duration.ofMinutes(5).plusSeconds(cases / 5);
    }

    /** Every case sent was acknowledged, stored once, indexed once and found by the search API. */
    private static void nothingLostOrDoubled(Tally tally, IntakeLoad load) {
        assertThat(load.refused()).as("refused intakes").isEmpty();
        assertThat(tally.acknowledged()).as("acknowledged").isEqualTo(load.cases());
        assertThat(tally.acknowledgedStored())
                .as("acknowledged cases in the database")
                .isEqualTo(tally.acknowledged());
        assertThat(tally.stored()).as("stored").isEqualTo(tally.acknowledged());
        assertThat(tally.duplicated()).as("duplicated").isZero();
        assertThat(tally.indexed()).as("documents in the index").isEqualTo(tally.stored());
        assertThat(tally.searchable()).as("searchable").isEqualTo(tally.stored());
    }

    private static Map<String, Long> pids(List<String> names) {
        return names.stream().collect(Collectors.toMap(n -> n, platform::pid));
    }

    @Test
    @Order(1)
    void caseServiceKilledDuringIntake() throws Exception {
        long before = platform.pid("case-service");
        IntakeLoad load = load(CASES).start();
        load.awaitAcknowledged(CASES / 3, loadTime(CASES));
        platform.kill("case-service");
        platform.restart("case-service");
        load.await(loadTime(CASES));

        Tally tally = Tally.of("case-service kill -9 during intake", load, platform, INDEXED_WITHIN, VILLAGE_ADMIN);
        nothingLostOrDoubled(tally, load);
        assertThat(platform.pid("case-service")).isPositive().isNotEqualTo(before);
    }

    @Test
    @Order(2)
    void searchServiceKilledWhileItIndexes() throws Exception {
        IntakeLoad load = load(EVENTS).start();
        load.awaitAcknowledged(EVENTS / 3, loadTime(EVENTS));
        // killed once it is indexing (or after 30 s whatever it does)
        Patience.within(() -> Tally.indexed(platform, load) > 0, Duration.ofMillis(20), Duration.ofSeconds(30));
        platform.kill("search-service");
        platform.restart("search-service");
        load.await(loadTime(EVENTS));

        Tally tally = Tally.of("search-service kill -9 while indexing", load, platform, INDEXED_WITHIN, VILLAGE_ADMIN);
        nothingLostOrDoubled(tally, load);
    }

    @Test
    @Order(3)
    void redisKilledAndStartedAgain() throws Exception {
        var services = pids(List.of("case-service", "search-service", "gateway"));
        IntakeLoad load = load(EVENTS).start();
        load.awaitAcknowledged(EVENTS / 3, loadTime(EVENTS));
        platform.kill("redis");
        // down for 3 s while the load goes on
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> !platform.answers("redis"));
        platform.restart("redis");
        load.await(loadTime(EVENTS));

        Tally tally = Tally.of("redis kill -9, started again", load, platform, INDEXED_WITHIN, VILLAGE_ADMIN);
        nothingLostOrDoubled(tally, load);
        assertThat(pids(services.keySet().stream().toList()))
                .as("the services resumed without a restart")
                .isEqualTo(services);
    }

    @Test
    @Order(4)
    void elasticsearchDownWhileCasesComeIn() throws Exception {
        String reader = platform.token(VILLAGE_ADMIN);
        double countBefore = measurement(platform.metric("search-service", "search.case.index.lag", reader), "COUNT");
        long started = System.nanoTime();
        platform.kill("elasticsearch");
        IntakeLoad load = load(EVENTS).start().await(loadTime(EVENTS));
        assertThat(load.refused()).as("intake while Elasticsearch is down").isEmpty();
        assertThat(load.acknowledged())
                .as("acknowledged while Elasticsearch is down")
                .hasSize(EVENTS);
        long down = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        if (down < ES_DOWN_SECONDS) {
            // still down for the rest of the outage
            Duration rest = Duration.ofSeconds(ES_DOWN_SECONDS - down);
            await().during(rest).atMost(rest.plusSeconds(10)).until(() -> !platform.answers("elasticsearch"));
        }
        platform.restart("elasticsearch");
        long downFor = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        Tally tally = Tally.of(
                "elasticsearch down " + downFor + "s during intake", load, platform, INDEXED_WITHIN, VILLAGE_ADMIN);
        nothingLostOrDoubled(tally, load);
        JsonNode lag = platform.metric("search-service", "search.case.index.lag", platform.token(VILLAGE_ADMIN));
        double maxSeconds = measurement(lag, "MAX");
        System.out.printf(
                "FAULT search.case.index.lag after Elasticsearch was down %ds: max %.1fs over %.0f documents indexed%n",
                downFor, maxSeconds, measurement(lag, "COUNT") - countBefore);
        assertThat(measurement(lag, "COUNT") - countBefore).isGreaterThanOrEqualTo(EVENTS);
        assertThat(maxSeconds).as("the lag reports the wait").isGreaterThanOrEqualTo(ES_DOWN_SECONDS / 2.0);
    }

    @Test
    @Order(5)
    void postgresKilledAndStartedAgain() throws Exception {
        var services = pids(List.of("tenant-service", "case-service", "search-service", "gateway"));
        IntakeLoad load = load(EVENTS).start();
        load.awaitAcknowledged(EVENTS / 3, loadTime(EVENTS));
        platform.kill("postgres");
        platform.restart("postgres");
        load.await(loadTime(EVENTS));

        Tally tally = Tally.of("postgres kill -9, started again", load, platform, INDEXED_WITHIN, VILLAGE_ADMIN);
        nothingLostOrDoubled(tally, load);
        assertThat(pids(services.keySet().stream().toList()))
                .as("the services recovered without a restart")
                .isEqualTo(services);
        Http.Response centers =
                Http.get(platform.gateway() + "/api/tenants/140404001001", platform.token(VILLAGE_ADMIN));
        assertThat(centers.status())
                .as("tenant-service reads its database again: " + centers.body())
                .isEqualTo(200);
    }

    /** Last: Keycloak stays down until the instance stops. */
    @Test
    @Order(6)
    void keycloakDownTokensAlreadyIssuedKeepWorking() throws Exception {
        platform.token(GRID_WORKER);
        platform.token(VILLAGE_ADMIN);
        platform.kill("keycloak");

        IntakeLoad load = load(Math.min(EVENTS, 50)).start().await(loadTime(EVENTS));
        Tally tally = Tally.of("keycloak down (tokens issued before)", load, platform, INDEXED_WITHIN, VILLAGE_ADMIN);
        nothingLostOrDoubled(tally, load);
        assertThatThrownBy(() -> Http.postForm(
                        platform.issuer() + "/protocol/openid-connect/token",
                        "grant_type=password&client_id=zongzhi-cli&username=" + GRID_WORKER + "&password=x"))
                .as("a new sign-in cannot reach Keycloak")
                .isInstanceOf(IllegalStateException.class);
    }

    private static double measurement(JsonNode metric, String statistic) {
        for (JsonNode m : metric.get("measurements")) {
            if (m.get("statistic").asString().equals(statistic)) {
                return m.get("value").asDouble();
            }
        }
        throw new IllegalStateException("no " + statistic + " in " + metric);
    }
}
