package org.zongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * A grid worker's report crosses the whole platform: taken in through the gateway, committed with its
 * outbox event, relayed to Redis, indexed by search-service, and found through the gateway by exactly the
 * centers that may see it; the citizen follows it with code and secret, without an account.
 */
public class CaseJourneyEndToEndIT {

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    /** A national ID number with a valid GB 11643 check character. */
    static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A grid worker of 长安村 reports a hazard; the answer of the intake. */
    public static JsonNode takeIn(String gateway, String marker) {
        Map<String, Object> report = Map.of(
                "channel",
                "GRID_REPORT",
                "category",
                "HAZARD",
                "title",
                "楼道污水管破裂 " + marker,
                "description",
                "网格员巡查发现污水管破裂外溢，编号" + marker,
                "place",
                "长安社区3号楼",
                "applicants",
                List.of(Map.of(
                        "kind", "PERSON",
                        "name", "王五",
                        "idNumber", idNumber("14040419900307001"),
                        "phone", "13800138000")));
        Http.Response response = Http.postJson(
                gateway + "/api/cases",
                Tokens.of("changan.grid"),
                Http.json(report),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private List<String> codesFound(String user, String query) {
        Http.Response response = Http.get(gateway + "/api/search/cases?q=" + query, Tokens.of(user));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").findValuesAsString("code");
    }

    @Test
    void aGridReportBecomesSearchableForItsChainAndNobodyElse() {
        String marker = "E2E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JsonNode intake = takeIn(gateway, marker);
        String code = intake.get("case").get("code").asString();

        assertThat(intake.get("case").toString()).doesNotContain(idNumber("14040419900307001"), "13800138000");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(codesFound("changan.admin", marker)).containsExactly(code));
        assertThat(codesFound("shangdang.admin", marker)).containsExactly(code);
        assertThat(codesFound("fuhou.admin", marker)).isEmpty();
        assertThat(codesFound("yongji.admin", marker)).isEmpty();
    }

    @Test
    void theCitizenFollowsTheCaseWithCodeAndSecretOnly() {
        JsonNode intake =
                takeIn(gateway, "LOOKUP" + UUID.randomUUID().toString().substring(0, 6));
        String code = intake.get("case").get("code").asString();

        Http.Response lookup = Http.postJson(
                gateway + "/api/cases/lookup",
                null,
                Http.json(Map.of(
                        "code", code, "secret", intake.get("citizenSecret").asString())));
        String secret = intake.get("citizenSecret").asString();
        String guessed = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
        Http.Response wrongSecret =
                Http.postJson(gateway + "/api/cases/lookup", null, Http.json(Map.of("code", code, "secret", guessed)));

        assertThat(lookup.status()).as(lookup.body()).isEqualTo(200);
        assertThat(lookup.body()).doesNotContain("王五", "138");
        assertThat(wrongSecret.status()).isEqualTo(404);
    }

    @Test
    void aSiblingCannotReadTheCaseByIdOrCode() {
        JsonNode intake = takeIn(gateway, "ISO" + UUID.randomUUID().toString().substring(0, 6));
        String id = intake.get("case").get("id").asString();
        String code = intake.get("case").get("code").asString();

        assertThat(Http.get(gateway + "/api/cases/" + id, Tokens.of("fuhou.admin"))
                        .status())
                .isEqualTo(404);
        assertThat(Http.get(gateway + "/api/cases/by-code/" + code, Tokens.of("fuhou.admin"))
                        .status())
                .isEqualTo(404);
        assertThat(Http.get(gateway + "/api/cases/" + id, Tokens.of("handian.admin"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theProvinceRebuildsTheIndexWhileSearchKeepsAnswering() {
        String marker = "REIDX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String code = takeIn(gateway, marker).get("case").get("code").asString();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> codesFound("changan.admin", marker).contains(code));

        Http.Response refused = Http.postJson(gateway + "/api/search/reindex", Tokens.of("shangdang.admin"), "{}");
        Http.Response started = Http.postJson(gateway + "/api/search/reindex", Tokens.of("province.admin"), "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(codesFound("changan.admin", marker)).contains(code);

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            JsonNode progress = Http.get(gateway + "/api/search/reindex", Tokens.of("province.admin"))
                    .json();
            assertThat(progress.get("state").asString()).isEqualTo("DONE");
        });
        assertThat(codesFound("changan.admin", marker)).containsExactly(code);
        assertThat(codesFound("fuhou.admin", marker)).isEmpty();
    }
}
