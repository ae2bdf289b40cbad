package org.zongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * A conformance round's computed case measures (化解率, 平台在用 …) are the figures search-service reports for
 * each center over the round's period: tenant-service asks once for the county's whole subtree, and a
 * township without cases is told so instead of being given a number.
 */
class ConformanceMeasuresEndToEndIT {

    private static final String HANDIAN = "140404001";
    private static final String SHANGDANG = "140404";
    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.json();
    }

    private static JsonNode post(String user, String path, Object body) {
        return ok(Http.postJson(gateway + "/api/tenants/" + path, Tokens.of(user), Http.json(body)));
    }

    @Test
    void aRoundsCaseMeasuresAreSearchsFiguresForEachCenter() {
        String marker = "CONF" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CaseJourneyEndToEndIT.takeIn(gateway, marker);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String period = "from=" + today.minusDays(30) + "&to=" + today;
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                ok(Http.get(gateway + "/api/search/cases?q=" + marker, Tokens.of("shangdang.admin")))
                                        .get("items"))
                        .hasSize(1));
        JsonNode handianFigures = ok(Http.get(
                        gateway + "/api/search/stats?center=" + HANDIAN + "&" + period, Tokens.of("shangdang.admin")))
                .get("overall");
        Set<String> withCases = new HashSet<>(
                ok(Http.get(gateway + "/api/search/stats?groupBy=center&" + period, Tokens.of("shangdang.admin")))
                        .get("groups")
                        .findValuesAsString("key"));

        int version = post("province.admin", "standards", Map.of("copyOf", 1))
                .get("number")
                .asInt();
        post("province.admin", "standards/" + version + "/publication", Map.of("effectiveFrom", today.toString()));
        long round = post(
                        "shangdang.admin",
                        "assessments/rounds",
                        Map.of(
                                "title", "上党区平台数据核验 " + marker,
                                "standardVersion", version,
                                "periodFrom", today.minusDays(30).toString(),
                                "periodTo", today.toString(),
                                "cutoff", Instant.now().plus(Duration.ofDays(1)).toString(),
                                "levels", List.of("TOWNSHIP"),
                                "includePlanned", true))
                .get("round")
                .get("id")
                .asLong();
        JsonNode computation = post("shangdang.admin", "assessments/rounds/" + round + "/computation", Map.of());

        assertThat(computation.get("computedItems").asInt()).isPositive();
        JsonNode summary = ok(Http.get(
                        gateway + "/api/tenants/assessments/rounds/" + round, Tokens.of("shangdang.admin")))
                .get("round")
                .get("computation");
        assertThat(summary.get("caseMeasures").asString()).startsWith("from search-service");

        long handian = -1;
        long quiet = -1;
        for (JsonNode a : ok(Http.get(
                gateway + "/api/tenants/assessments/rounds/" + round + "/assessments", Tokens.of("shangdang.admin")))) {
            String center = a.get("center").asString();
            if (center.equals(HANDIAN)) {
                handian = a.get("id").asLong();
            } else if (!withCases.contains(center)) {
                quiet = a.get("id").asLong();
            }
        }
        assertThat(handian).isPositive();
        assertThat(quiet).as("a township of 上党区 without cases in the period").isPositive();

        JsonNode entries = ok(Http.get(gateway + "/api/tenants/assessments/" + handian, Tokens.of("handian.admin")))
                .get("entries");
        JsonNode inUse = entries.get("results.in-use").get("computed");
        assertThat(inUse.get("available").asBoolean()).as(inUse.toString()).isTrue();
        assertThat(inUse.get("value").get("number").asLong())
                .isEqualTo(handianFigures.get("found").asLong())
                .isPositive();
        assertThat(inUse.get("inputs").get("source").asString()).contains("search-service");
        assertThat(inUse.get("inputs").get("resolved").asLong())
                .isEqualTo(handianFigures.get("resolved").asLong());
        JsonNode resolution = entries.get("results.resolution").get("computed");
        assertThat(resolution.get("value").get("number").asDouble())
                .isCloseTo(handianFigures.get("resolutionRate").asDouble() * 100, within(0.01));

        JsonNode quietEntries = ok(Http.get(
                        gateway + "/api/tenants/assessments/" + quiet, Tokens.of("shangdang.admin")))
                .get("entries");
        assertThat(quietEntries
                        .get("results.in-use")
                        .get("computed")
                        .get("value")
                        .get("number")
                        .asLong())
                .isZero();
        JsonNode noRate = quietEntries.get("results.resolution").get("computed");
        assertThat(noRate.get("available").asBoolean()).isFalse();
        assertThat(noRate.get("reason").asString()).contains("no cases in its denominator");
    }
}
