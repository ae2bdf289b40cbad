package org.zongzhi.search.cases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases reported from a grid's patrol are indexed with their grid (the keyword {@code gridCode}), and where
 * they stand is answered by code to those who may see them: the village and those above, not its sibling.
 */
@PlatformIntegrationTest
class CaseOutcomesIT {

    private static final String CHANGAN = "140404001001";
    private static final String GRID = CHANGAN + "001";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    CaseIndex index;

    @Autowired
    CaseIndexWriter writer;

    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    @Test
    void casesFromAGridAreIndexedWithItAndTheirOutcomesAnsweredByCodeWithinReach() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String closedHere = "GRIDOUT-" + run + "-1";
        String closedAbove = "GRIDOUT-" + run + "-2";
        String open = "GRIDOUT-" + run + "-3";
        index.ensure();
        writer.upsert(List.of(
                document(closedHere, CHANGAN, "2026-12-02T06:00:00Z", "MEDIATED"),
                document(closedAbove, "140404001", "2026-12-02T06:00:00Z", "MEDIATED"),
                document(open, CHANGAN, null, null)));
        client.indices().refresh(r -> r.index(CaseIndex.ALIAS));

        JsonNode handian = outcomes("handian.admin", List.of(closedHere, closedAbove, open, "GRIDOUT-none"));
        assertThat(handian.get("cases").size()).isEqualTo(3);
        JsonNode here = find(handian, closedHere);
        assertThat(here.get("gridCode").asString()).isEqualTo(GRID);
        assertThat(here.get("closed").asBoolean()).isTrue();
        assertThat(here.get("resolved").asBoolean()).isTrue();
        assertThat(here.get("holderCenter").asString()).isEqualTo(CHANGAN);
        assertThat(find(handian, closedAbove).get("holderCenter").asString()).isEqualTo("140404001");
        assertThat(find(handian, open).get("closed").asBoolean()).isFalse();
        assertThat(handian.toString()).doesNotContain("partyKey", "description", "title");

        assertThat(outcomes("changan.admin", List.of(closedHere)).get("cases").size())
                .isEqualTo(1);
        assertThat(outcomes("fuhou.admin", List.of(closedHere, closedAbove, open))
                        .get("cases")
                        .size())
                .isZero();
        assertThat(outcomes("yongji.admin", List.of(closedHere)).get("cases").size())
                .isZero();

        Http.Response tooMany = Http.postJson(
                "http://localhost:" + port + "/api/search/cases/outcomes",
                Tokens.of("handian.admin"),
                Http.json(Map.of(
                        "codes",
                        java.util.stream.IntStream.range(0, 1001)
                                .mapToObj(i -> "C" + i)
                                .toList())));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.header("Content-Type")).contains("application/problem+json");
    }

    private org.zongzhi.search.cases.domain.CaseDocument document(
            String code, String holder, String closedAt, String outcome) {
        Map<String, Object> s = new HashMap<>();
        s.put("id", UUID.randomUUID().toString());
        s.put("code", code);
        s.put("version", 1);
        s.put("title", "网格巡查发现安全隐患");
        s.put("description", "东街主管道污水外溢");
        s.put("place", "东街网格");
        s.put("category", "HAZARD");
        s.put("channel", "GRID_REPORT");
        s.put("gridCode", GRID);
        s.put("status", closedAt == null ? "REPORTED" : "CLOSED");
        s.put("risk", "GENERAL");
        s.put("originCenter", CHANGAN);
        s.put("holderCenter", holder);
        s.put("formerHolders", holder.equals(CHANGAN) ? List.of() : List.of(CHANGAN));
        s.put("parties", List.of(Map.of("role", "APPLICANT", "kind", "PERSON", "name", "李*", "partyKey", "k1")));
        s.put("createdAt", "2026-12-02T02:00:00Z");
        s.put("acceptedAt", "2026-12-02T03:00:00Z");
        s.put("acceptDueAt", "2026-12-03T09:00:00Z");
        s.put("closedAt", closedAt);
        s.put("closeDueAt", "2026-12-12T09:00:00Z");
        s.put("outcome", outcome);
        CaseSnapshot snapshot = json.readValue(json.writeValueAsString(s), CaseSnapshot.class);
        return CaseDocuments.of(snapshot, Instant.now());
    }

    private JsonNode outcomes(String user, List<String> codes) {
        Http.Response response = Http.postJson(
                "http://localhost:" + port + "/api/search/cases/outcomes",
                Tokens.of(user),
                Http.json(Map.of("codes", codes)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode find(JsonNode answer, String code) {
        for (JsonNode c : answer.get("cases")) {
            if (c.get("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no " + code + " in " + answer);
    }
}
