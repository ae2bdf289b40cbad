package org.zongzhi.search.cases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.zongzhi.platform.events.EventEnvelope;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case events published to the real Redis Stream end up searchable in the real Elasticsearch. This
 * context's indexer reads a stream of its own, so no other search-service of the test platform (same
 * consumer group) can take an entry and make a test pass without this indexer.
 */
@PlatformIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "platform.indexer.stream=case-events-indexer-it")
class CaseEventIndexerIT {

    private static final String CHANGAN = "140404001001";

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @Autowired
    CaseEventIndexer indexer;

    private void publish(String caseId, long version, String status, String holder, String closedAt, String outcome) {
        Map<String, Object> snapshot = new java.util.HashMap<>();
        snapshot.put("id", caseId);
        snapshot.put("code", "EV" + caseId.substring(0, 8));
        snapshot.put("version", version);
        snapshot.put("title", "事件索引测试 小区停水");
        snapshot.put("description", "居民反映小区停水三天");
        snapshot.put("place", "长安社区");
        snapshot.put("category", "UTILITIES");
        snapshot.put("channel", "HOTLINE_12345");
        snapshot.put("status", status);
        snapshot.put("risk", "GENERAL");
        snapshot.put("originCenter", CHANGAN);
        snapshot.put("holderCenter", holder);
        snapshot.put("formerHolders", holder.equals(CHANGAN) ? List.of() : List.of(CHANGAN));
        snapshot.put("parties", List.of(Map.of("role", "APPLICANT", "kind", "PERSON", "name", "李*", "partyKey", "k1")));
        snapshot.put("createdAt", "2026-11-20T02:00:00Z");
        snapshot.put("acceptedAt", "2026-11-20T03:00:00Z");
        snapshot.put("acceptDueAt", "2026-11-21T09:00:00Z");
        snapshot.put("closedAt", closedAt);
        snapshot.put("closeDueAt", "2026-11-30T09:00:00Z");
        snapshot.put("outcome", outcome);
        var envelope = new EventEnvelope(
                UUID.randomUUID(),
                "CaseChanged",
                holder,
                caseId,
                version,
                Instant.now(),
                "test-request-id",
                json.writeValueAsString(snapshot));
        redis.opsForStream()
                .add(
                        indexer.stream(),
                        Map.of(org.zongzhi.platform.events.CaseEventStream.FIELD, json.writeValueAsString(envelope)));
    }

    private JsonNode read(String user, String caseId) {
        Http.Response response = Http.get("http://localhost:" + port + "/api/search/cases/" + caseId, Tokens.of(user));
        return response.status() == 200 ? response.json() : null;
    }

    @Test
    void theNewestSnapshotWinsWhateverOrderEventsArriveIn() {
        String caseId = UUID.randomUUID().toString();
        publish(caseId, 1, "REPORTED", CHANGAN, null, null);
        publish(caseId, 3, "CLOSED", "140404001", "2026-11-25T02:00:00Z", "MEDIATED");
        publish(caseId, 2, "INVESTIGATING", "140404001", null, null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode document = read("handian.admin", caseId);
            assertThat(document).isNotNull();
            assertThat(document.get("version").asLong()).isEqualTo(3);
        });
        JsonNode document = read("changan.admin", caseId);
        assertThat(document.get("status").asString()).isEqualTo("CLOSED");
        assertThat(document.get("resolved").asBoolean()).isTrue();
        assertThat(document.get("closedOnTime").asBoolean()).isTrue();
        assertThat(document.get("cycleDays").asDouble()).isEqualTo(5.0);
        assertThat(read("fuhou.admin", caseId)).isNull();
    }

    @Test
    void anUnreadableEventIsSetAsideAndDoesNotBlockTheOthers() {
        redis.opsForStream()
                .add(indexer.stream(), Map.of(org.zongzhi.platform.events.CaseEventStream.FIELD, "{not json"));
        String caseId = UUID.randomUUID().toString();
        publish(caseId, 1, "REPORTED", CHANGAN, null, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> read("changan.admin", caseId) != null);
        // the batch is indexed first, then its unreadable records are set aside
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(redis.opsForStream().size(indexer.deadLetters()))
                        .isPositive());
    }

    @Test
    void eventsPublishedWhileTheIndexerIsStoppedAreIndexedWhenItStartsAgain() {
        indexer.stop();
        String caseId = UUID.randomUUID().toString();
        publish(caseId, 1, "REPORTED", CHANGAN, null, null);
        indexer.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> read("changan.admin", caseId) != null);
    }

    @Test
    void reportsTheLagFromCommitToSearchable() {
        String caseId = UUID.randomUUID().toString();
        publish(caseId, 1, "REPORTED", CHANGAN, null, null);
        // Indexed here and now, so the metric of this very process is the one observed.
        List<MapRecord<String, Object, Object>> newest = redis.opsForStream()
                .reverseRange(
                        indexer.stream(),
                        org.springframework.data.domain.Range.unbounded(),
                        org.springframework.data.redis.connection.Limit.limit().count(1));
        assertThat(newest).isNotEmpty();
        indexer.process(newest);

        Http.Response metric = Http.get(
                "http://localhost:" + port + "/actuator/metrics/search.case.index.lag", Tokens.of("province.admin"));

        assertThat(metric.status()).isEqualTo(200);
        JsonNode count = null;
        for (JsonNode measurement : metric.json().get("measurements")) {
            if (measurement.get("statistic").asString().equals("COUNT")) {
                count = measurement.get("value");
            }
        }
        assertThat(count).isNotNull();
        assertThat(count.asDouble()).isPositive();
    }
}
