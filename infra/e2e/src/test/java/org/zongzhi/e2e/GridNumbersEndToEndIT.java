package org.zongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * 小事不出村 through every service: a patrol's findings are resolved on the spot, reported as a case the village
 * closes itself, or reported as a case still open; tenant-service's grid numbers for the township count the
 * first two as resolved at the village once search-service has indexed the closing.
 */
class GridNumbersEndToEndIT {

    private static final String CHANGAN = "140404001001";
    private static final String HANDIAN = "140404001";

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    @Test
    void findingsResolvedOnTheSpotOrClosedAtTheVillageCountAsResolvedThere() {
        String grid = post(
                        "changan.admin",
                        "/api/tenants/" + CHANGAN + "/grids",
                        Map.of("name", "端到端网格", "kind", "COMPREHENSIVE", "households", 200))
                .get("code")
                .asString();
        post(
                "changan.admin",
                "/api/tenants/" + CHANGAN + "/grids/" + grid + "/members",
                Map.of("username", "changan.grid", "role", "GRID_HEAD"));
        for (JsonNode open : get("changan.grid", "/api/tenants/" + CHANGAN + "/patrols?mine=true&open=true")) {
            post(
                    "changan.grid",
                    "/api/tenants/" + CHANGAN + "/patrols/" + open.get("id").asLong() + "/ending",
                    Map.of("householdsVisited", 0));
        }
        long patrol = post("changan.grid", "/api/tenants/" + CHANGAN + "/grids/" + grid + "/patrols", Map.of())
                .get("id")
                .asLong();
        String patrolPath = "/api/tenants/" + CHANGAN + "/patrols/" + patrol;
        JsonNode findings = null;
        for (String text : List.of("两户因停车争吵", "井盖缺失", "路灯不亮")) {
            findings = post("changan.grid", patrolPath + "/findings", Map.of("kind", "OTHER", "description", text))
                    .get("findings");
        }
        post(
                "changan.grid",
                patrolPath + "/findings/" + findings.get(0).get("id").asLong() + "/resolution",
                Map.of("resolution", "现场劝解"));
        JsonNode closedHere = report(grid, "井盖缺失");
        JsonNode stillOpen = report(grid, "路灯不亮");
        post(
                "changan.grid",
                patrolPath + "/findings/" + findings.get(1).get("id").asLong() + "/case",
                Map.of("caseCode", closedHere.get("code").asString()));
        post(
                "changan.grid",
                patrolPath + "/findings/" + findings.get(2).get("id").asLong() + "/case",
                Map.of("caseCode", stillOpen.get("code").asString()));
        post("changan.grid", patrolPath + "/ending", Map.of("householdsVisited", 15));

        // the village closes the first case itself
        String id = closedHere.get("id").asString();
        act(id, "file", Map.of());
        String task = act(id, "assignments", Map.of("department", "JUSTICE"))
                .get("tasks")
                .get(0)
                .get("id")
                .asString();
        act(id, "tasks/" + task + "/accept", Map.of());
        act(id, "feedback", Map.of("result", "已补装井盖"));
        assertThat(act(id, "close", Map.of("kind", "HANDLED", "summary", "已补装井盖"))
                        .get("status")
                        .asString())
                .isEqualTo("CLOSED");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String numbers = "/api/tenants/" + HANDIAN + "/grid-numbers?from=" + today + "&to=" + today;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode report = get("handian.admin", numbers).get("report");
            assertThat(report.get("casesKnown").asBoolean()).isTrue();
            JsonNode figures = row(report.get("grids"), grid).get("figures");
            assertThat(figures.get("casesResolvedAtVillage").asInt()).isEqualTo(1);
            assertThat(figures.get("findings").asInt()).isEqualTo(3);
            assertThat(figures.get("resolvedOnSpot").asInt()).isEqualTo(1);
            assertThat(figures.get("casesReported").asInt()).isEqualTo(2);
            assertThat(figures.get("resolvedAtVillage").asDouble()).isEqualTo(66.7);
            assertThat(figures.get("coverage").asDouble()).isEqualTo(100.0);
        });
        assertThat(Http.get(gateway + numbers, Tokens.of("fuhou.admin")).status())
                .isEqualTo(404);
        assertThat(Http.get(gateway + "/api/tenants/" + CHANGAN + "/grid-numbers", Tokens.of("fuhou.admin"))
                        .status())
                .isEqualTo(404);
        post("changan.admin", "/api/tenants/" + CHANGAN + "/grids/" + grid + "/ending", Map.of("reason", "测试结束"));
    }

    /** The grid worker takes the finding in as a case, as the console's 上报为案件 does. */
    private JsonNode report(String grid, String text) {
        Http.Response response = Http.postJson(
                gateway + "/api/cases",
                Tokens.of("changan.grid"),
                Http.json(Map.of(
                        "channel",
                        "GRID_REPORT",
                        "category",
                        "HAZARD",
                        "title",
                        "端到端网格巡查发现：" + text,
                        "description",
                        text,
                        "place",
                        "端到端网格",
                        "gridCode",
                        grid,
                        "applicants",
                        List.of(),
                        "respondents",
                        List.of())),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode c = response.json().get("case");
        assertThat(c.get("gridCode").asString()).isEqualTo(grid);
        return c;
    }

    private JsonNode act(String id, String action, Object body) {
        Http.Response response =
                Http.postJson(gateway + "/api/cases/" + id + "/" + action, Tokens.of("changan.admin"), Http.json(body));
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode row(JsonNode rows, String code) {
        for (JsonNode r : rows) {
            if (r.get("code").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }

    private JsonNode get(String user, String path) {
        Http.Response response = Http.get(gateway + path, Tokens.of(user));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode post(String user, String path, Object body) {
        Http.Response response = Http.postJson(gateway + path, Tokens.of(user), Http.json(body));
        assertThat(response.status()).as(path + ": " + response.body()).isIn(200, 201);
        return response.json();
    }
}
