package org.zongzhi.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.platform.events.EventEnvelope;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.testsupport.TestPlatform;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay against the real outbox and a real Redis stream of its own: several relays at once keep each
 * case's events in order, an event waits while an earlier one of its case is held elsewhere, and events
 * Redis refused are published once it accepts again.
 */
@CaseServiceIT
class OutboxRelayIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    Api api;
    String stream;
    String id;

    /**
     * A case-service of the test instance left running (by the end-to-end tests of an earlier run) would
     * relay this test's outbox rows before the relays under test see them.
     */
    @BeforeAll
    static void noOtherRelayRuns() {
        TestPlatform.platform().stopServices(List.of("case-service"));
    }

    @BeforeEach
    void aCaseWithTenChanges() {
        api = new Api(port);
        stream = "case-events-relay-test-" + UUID.randomUUID();
        id = api.intake("handian.clerk", Intakes.neighbourQuarrel(People.fresh()))
                .get("case")
                .get("id")
                .asString();
        for (int i = 1; i <= 10; i++) {
            api.act("handian.clerk", id, "notes", Map.of("text", "第" + i + "次联系当事人"));
        }
    }

    @AfterEach
    void dropTheStream() {
        redis.delete(stream);
    }

    /** A relay of its own, publishing to this test's stream in small batches so that relays interleave. */
    private OutboxRelay relay(int batch) {
        return new OutboxRelay(
                jdbc,
                transactions,
                redis,
                new RelayProperties(stream, Duration.ofSeconds(1), batch, 100_000, null),
                json);
    }

    private List<Long> versionsOnTheStream() {
        List<Long> versions = new ArrayList<>();
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().range(stream, Range.unbounded());
        for (MapRecord<String, Object, Object> r :
                records == null ? List.<MapRecord<String, Object, Object>>of() : records) {
            EventEnvelope e =
                    json.readValue(r.getValue().get(OutboxRelay.ENVELOPE).toString(), EventEnvelope.class);
            if (e.aggregateId().equals(id)) {
                versions.add(e.version());
            }
        }
        return versions;
    }

    private long unpublished() {
        return TenantScope.asSystem(
                "test",
                () -> transactions.execute(tx -> jdbc.sql(
                                "select count(*) from case_outbox where aggregate_id = :id and published_at is null")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single()));
    }

    @Test
    void severalRelaysAtOnceKeepACasesEventsInOrder() throws Exception {
        List<CompletableFuture<Integer>> relays = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            OutboxRelay relay = relay(3);
            relays.add(CompletableFuture.supplyAsync(relay::relayAll));
        }
        for (CompletableFuture<Integer> r : relays) {
            r.get(60, TimeUnit.SECONDS);
        }
        relay(3).relayAll();

        assertThat(versionsOnTheStream()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(unpublished()).isZero();
    }

    @Test
    void anEventWaitsWhileAnEarlierOneOfItsCaseIsHeldByAnotherRelay() throws Exception {
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Void> otherRelay = CompletableFuture.runAsync(() -> TenantScope.asSystem(
                "another relay",
                () -> transactions.execute(tx -> {
                    jdbc.sql("select seq from case_outbox where aggregate_id = :id and published_at is null"
                                    + " order by seq limit 1 for update")
                            .param("id", UUID.fromString(id))
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

        relay(200).relayAll();
        List<Long> whileHeld = versionsOnTheStream();
        release.countDown();
        otherRelay.get(30, TimeUnit.SECONDS);
        relay(200).relayAll();

        assertThat(whileHeld).isEmpty();
        assertThat(versionsOnTheStream()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }

    @Test
    void eventsRedisRefusedStayInTheOutboxAndArePublishedLaterInOrder() {
        redis.opsForValue().set(stream, "not a stream: every XADD to this key fails");

        relay(200).relayAll();

        assertThat(unpublished()).isEqualTo(11);
        redis.delete(stream);
        relay(200).relayAll();
        assertThat(versionsOnTheStream()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(unpublished()).isZero();
    }
}
