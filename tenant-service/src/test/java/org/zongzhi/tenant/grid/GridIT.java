package org.zongzhi.tenant.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * 长安社区's grids against the real database and Keycloak: its admin draws grids and assigns its grid worker,
 * the worker patrols, records findings and settles them, the township and those above read the grids, the
 * patrol logs and the numbers; nobody beside (府后街社区), elsewhere (永济市) or above changes anything.
 */
@PlatformIntegrationTest
class GridIT {

    private static final String CHANGAN = "140404001001";
    private static final String HANDIAN = "140404001";
    private static final String BOUNDARY =
            "{\"type\":\"Polygon\",\"coordinates\":[[[113.10,36.10],[113.12,36.10],[113.12,36.12],[113.10,36.10]]]}";

    @LocalServerPort
    int port;

    @BeforeEach
    void endALeftoverPatrol() {
        for (JsonNode open :
                get("changan.grid", CHANGAN + "/patrols?mine=true&open=true").json()) {
            post(
                    "changan.grid",
                    CHANGAN + "/patrols/" + open.get("id").asLong() + "/ending",
                    Map.of("householdsVisited", 0));
        }
    }

    @Test
    void theVillagesAdminDrawsGridsAndAssignsTheWorkerWhoPatrolsThem() {
        Http.Response first = post(
                "changan.admin",
                CHANGAN + "/grids",
                Map.of("name", "第一网格", "kind", "COMPREHENSIVE", "households", 320, "boundary", BOUNDARY));
        assertThat(first.status()).isEqualTo(201);
        String grid = first.json().get("code").asString();
        assertThat(grid).hasSize(15).startsWith(CHANGAN);
        assertThat(first.json().get("kindLabel").asString()).isEqualTo("综合网格");
        assertThat(first.json().get("active").asBoolean()).isTrue();

        Http.Response market = post(
                "changan.admin",
                CHANGAN + "/grids",
                Map.of("name", "农贸市场专属网格", "kind", "DEDICATED", "covers", "MARKET", "households", 40));
        assertThat(market.status()).isEqualTo(201);
        assertThat(market.json().get("coversLabel").asString()).isEqualTo("市场");
        assertThat(Integer.parseInt(market.json().get("code").asString().substring(12)))
                .isEqualTo(Integer.parseInt(grid.substring(12)) + 1);

        Http.Response assigned = post(
                "changan.admin",
                CHANGAN + "/grids/" + grid + "/members",
                Map.of("username", "changan.grid", "role", "FULL_TIME"));
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("members").get(0).get("roleLabel").asString())
                .isEqualTo("专职网格员");
        assertThat(post(
                                "changan.admin",
                                CHANGAN + "/grids/" + grid + "/household-groups",
                                Map.of("leaderName", "李大爷", "households", 10))
                        .json()
                        .get("householdGroups")
                        .get(0)
                        .get("leaderName")
                        .asString())
                .isEqualTo("李大爷");
        assertThat(codes(get("changan.grid", CHANGAN + "/grids?mine=true").json()))
                .contains(grid);

        // the worker patrols: two findings, one resolved on the spot, one reported as a case
        Http.Response started = post("changan.grid", CHANGAN + "/grids/" + grid + "/patrols", Map.of());
        assertThat(started.status()).isEqualTo(201);
        long patrol = started.json().get("id").asLong();
        assertThat(post("changan.grid", CHANGAN + "/grids/" + grid + "/patrols", Map.of())
                        .status())
                .isEqualTo(409);
        JsonNode withFindings = null;
        for (String[] f : new String[][] {{"DISPUTE", "两户因晾衣绳争吵"}, {"SAFETY_HAZARD", "东街主管道污水外溢"}}) {
            Http.Response added = post(
                    "changan.grid",
                    CHANGAN + "/patrols/" + patrol + "/findings",
                    Map.of("kind", f[0], "description", f[1]));
            assertThat(added.status()).isEqualTo(201);
            withFindings = added.json();
        }
        long quarrel = withFindings.get("findings").get(0).get("id").asLong();
        long sewage = withFindings.get("findings").get(1).get("id").asLong();
        assertThat(post(
                                "changan.grid",
                                CHANGAN + "/patrols/" + patrol + "/findings/" + quarrel + "/resolution",
                                Map.of("resolution", "现场劝解，双方握手言和"))
                        .json()
                        .get("findings")
                        .get(0)
                        .get("outcomeLabel")
                        .asString())
                .isEqualTo("当场化解");
        String caseCode = CHANGAN + "-261202-00001-0";
        Http.Response reported = post(
                "changan.grid",
                CHANGAN + "/patrols/" + patrol + "/findings/" + sewage + "/case",
                Map.of("caseCode", caseCode));
        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.json().get("findings").get(1).get("caseCode").asString())
                .isEqualTo(caseCode);
        assertThat(post(
                                "changan.grid",
                                CHANGAN + "/patrols/" + patrol + "/findings/" + sewage + "/resolution",
                                Map.of("resolution", "again"))
                        .status())
                .isEqualTo(409);
        Http.Response ended = post(
                "changan.grid",
                CHANGAN + "/patrols/" + patrol + "/ending",
                Map.of("householdsVisited", 12, "note", "东街一带"));
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("open").asBoolean()).isFalse();
        assertThat(ended.json().get("householdsVisited").asInt()).isEqualTo(12);

        // the township reads the grids, the patrol and the numbers; the county and the province too
        assertThat(codes(get("handian.admin", HANDIAN + "/grids").json())).contains(grid);
        assertThat(get("handian.admin", CHANGAN + "/patrols/" + patrol)
                        .json()
                        .get("findings")
                        .size())
                .isEqualTo(2);
        for (String above : List.of("handian.admin", "shangdang.admin", "province.admin")) {
            assertThat(get(above, CHANGAN + "/grids/" + grid).status())
                    .as(above)
                    .isEqualTo(200);
        }
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode numbers = get("handian.admin", HANDIAN + "/grid-numbers?from=" + today + "&to=" + today)
                .json();
        JsonNode row = row(numbers.get("report").get("grids"), grid);
        assertThat(row.get("figures").get("patrols").asInt()).isEqualTo(1);
        assertThat(row.get("figures").get("coverage").asDouble()).isEqualTo(100.0);
        assertThat(row.get("figures").get("findings").asInt()).isEqualTo(2);
        assertThat(row.get("figures").get("resolvedOnSpot").asInt()).isEqualTo(1);
        assertThat(row.get("figures").get("casesReported").asInt()).isEqualTo(1);
        assertThat(row.get("figures").get("resolvedAtVillage").asDouble()).isEqualTo(50.0);
        JsonNode marketRow = row(
                numbers.get("report").get("grids"), market.json().get("code").asString());
        assertThat(marketRow.get("figures").get("patrols").asInt()).isZero();
        JsonNode village = row(numbers.get("report").get("groups"), CHANGAN);
        assertThat(village.get("figures").get("activeGrids").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(numbers.get("names").get(CHANGAN).asString()).contains("长安");
        // the county gets its townships' figures, not every grid's
        JsonNode county = get("shangdang.admin", "140404/grid-numbers?from=" + today + "&to=" + today)
                .json()
                .get("report");
        assertThat(row(county.get("groups"), HANDIAN)
                        .get("figures")
                        .get("patrols")
                        .asInt())
                .isGreaterThanOrEqualTo(1);
        assertThat(county.get("grids").size()).isZero();

        // re-gridding ends the market grid; it stays, no longer in force
        Http.Response endedGrid = post(
                "changan.admin",
                CHANGAN + "/grids/" + market.json().get("code").asString() + "/ending",
                Map.of("validTo", today, "reason", "并入第一网格"));
        assertThat(endedGrid.status()).isEqualTo(200);
        assertThat(endedGrid.json().get("validTo").asString()).isEqualTo(today);
        assertThat(codes(get("changan.admin", CHANGAN + "/grids").json()))
                .contains(market.json().get("code").asString());
    }

    @Test
    void nobodyBesideElsewhereOrAboveChangesTheGridsAndNobodyBesideSeesThem() {
        String grid = post(
                        "changan.admin",
                        CHANGAN + "/grids",
                        Map.of("name", "隔离测试网格", "kind", "COMPREHENSIVE", "households", 10))
                .json()
                .get("code")
                .asString();
        post(
                "changan.admin",
                CHANGAN + "/grids/" + grid + "/members",
                Map.of("username", "changan.grid", "role", "PART_TIME"));
        long patrol = post("changan.grid", CHANGAN + "/grids/" + grid + "/patrols", Map.of())
                .json()
                .get("id")
                .asLong();
        long finding = post(
                        "changan.grid",
                        CHANGAN + "/patrols/" + patrol + "/findings",
                        Map.of("kind", "PUBLIC_REQUEST", "description", "路灯不亮"))
                .json()
                .get("findings")
                .get(0)
                .get("id")
                .asLong();

        // a sibling village (府后街) and a county elsewhere (永济市) see nothing: 404 for reads and writes
        for (String stranger : List.of("fuhou.admin", "yongji.admin")) {
            for (Http.Response r : List.of(
                    get(stranger, CHANGAN + "/grids"),
                    get(stranger, CHANGAN + "/grids/" + grid),
                    get(stranger, CHANGAN + "/patrols"),
                    get(stranger, CHANGAN + "/patrols/" + patrol),
                    get(stranger, CHANGAN + "/grid-numbers"),
                    post(stranger, CHANGAN + "/grids", Map.of("name", "x", "kind", "COMPREHENSIVE", "households", 1)),
                    post(
                            stranger,
                            CHANGAN + "/grids/" + grid + "/members",
                            Map.of("username", "changan.grid", "role", "GRID_HEAD")),
                    post(stranger, CHANGAN + "/grids/" + grid + "/ending", Map.of("reason", "越权")),
                    post(
                            stranger,
                            CHANGAN + "/patrols/" + patrol + "/findings",
                            Map.of("kind", "OTHER", "description", "越权")),
                    post(stranger, CHANGAN + "/patrols/" + patrol + "/ending", Map.of("householdsVisited", 1)))) {
                assertThat(r.status()).as(stranger + " " + r.body()).isEqualTo(404);
                assertThat(r.body()).doesNotContain("隔离测试网格", "路灯不亮");
            }
            // asking under its own code for 长安's grid finds nothing either
            assertThat(get(stranger, (stranger.startsWith("fuhou") ? "140404001002" : "140881") + "/grids/" + grid)
                            .status())
                    .isEqualTo(404);
        }
        // the sibling's own township list does not show it to the sibling
        assertThat(get("fuhou.admin", "140404001002/grids").body()).doesNotContain(grid);

        // the township and the county above read it but change nothing: 403
        for (String above : List.of("handian.admin", "shangdang.admin")) {
            for (Http.Response r : List.of(
                    post(above, CHANGAN + "/grids", Map.of("name", "x", "kind", "COMPREHENSIVE", "households", 1)),
                    post(
                            above,
                            CHANGAN + "/grids/" + grid + "/members",
                            Map.of("username", "changan.grid", "role", "GRID_HEAD")),
                    post(above, CHANGAN + "/grids/" + grid + "/ending", Map.of("reason", "越权")),
                    post(above, CHANGAN + "/grids/" + grid + "/patrols", Map.of()),
                    post(
                            above,
                            CHANGAN + "/patrols/" + patrol + "/findings/" + finding + "/resolution",
                            Map.of("resolution", "越权")))) {
                assertThat(r.status()).as(above + " " + r.body()).isIn(403, 404);
                assertThat(r.header("Content-Type")).contains("application/problem+json");
            }
        }
        // the village below asks about its township's grids (a child reading its parent's subtree): 404
        assertThat(get("changan.admin", HANDIAN + "/grids").status()).isEqualTo(404);
        assertThat(get("changan.admin", HANDIAN + "/grid-numbers").status()).isEqualTo(404);
        // a grid worker manages nothing; an admin who is no member does not patrol
        assertThat(post(
                                "changan.grid",
                                CHANGAN + "/grids",
                                Map.of("name", "x", "kind", "COMPREHENSIVE", "households", 1))
                        .status())
                .isEqualTo(403);
        assertThat(post("changan.admin", CHANGAN + "/grids/" + grid + "/patrols", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(post(
                                "changan.admin",
                                CHANGAN + "/patrols/" + patrol + "/findings",
                                Map.of("kind", "OTHER", "description", "不是我的巡查"))
                        .status())
                .isEqualTo(403);
        // the finding is unchanged, the patrol still open and the worker's own
        JsonNode mine = get("changan.grid", CHANGAN + "/patrols/" + patrol).json();
        assertThat(mine.get("open").asBoolean()).isTrue();
        assertThat(mine.get("findings").size()).isEqualTo(1);
        assertThat(mine.get("findings").get(0).get("outcome").isNull()).isTrue();
        post("changan.grid", CHANGAN + "/patrols/" + patrol + "/ending", Map.of("householdsVisited", 3));
    }

    @Test
    void refusedInputSaysWhatToChange() {
        List<Http.Response> refused = new ArrayList<>();
        refused.add(post(
                "changan.admin", CHANGAN + "/grids", Map.of("name", "学校网格", "kind", "DEDICATED", "households", 5)));
        refused.add(post(
                "changan.admin",
                CHANGAN + "/grids",
                Map.of("name", "x", "kind", "COMPREHENSIVE", "households", 5, "boundary", "{\"type\":\"Point\"}")));
        refused.add(post("changan.admin", CHANGAN + "/grids", Map.of("name", "x", "kind", "COMPREHENSIVE")));
        String grid = post(
                        "changan.admin",
                        CHANGAN + "/grids",
                        Map.of("name", "校验网格", "kind", "COMPREHENSIVE", "households", 5))
                .json()
                .get("code")
                .asString();
        // an account of the sibling village is not a member of 长安's grid
        refused.add(post(
                "changan.admin",
                CHANGAN + "/grids/" + grid + "/members",
                Map.of("username", "fuhou.admin", "role", "GRID_HEAD")));
        refused.add(post("changan.admin", CHANGAN + "/grids/" + grid + "/members", Map.of("username", "changan.grid")));
        for (Http.Response r : refused) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("detail").asString()).isNotBlank();
        }
        assertThat(post(
                                "handian.admin",
                                HANDIAN + "/grids",
                                Map.of("name", "街道网格", "kind", "COMPREHENSIVE", "households", 5))
                        .json()
                        .get("detail")
                        .asString())
                .contains("village");
        post("changan.admin", CHANGAN + "/grids/" + grid + "/ending", Map.of("reason", "测试结束"));
    }

    private static List<String> codes(JsonNode grids) {
        List<String> codes = new ArrayList<>();
        grids.forEach(g -> codes.add(g.get("code").asString()));
        return codes;
    }

    private static JsonNode row(JsonNode rows, String code) {
        for (JsonNode r : rows) {
            if (r.get("code").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }

    private Http.Response get(String user, String path) {
        return Http.get("http://localhost:" + port + "/api/tenants/" + path, Tokens.of(user));
    }

    private Http.Response post(String user, String path, Object body) {
        return Http.postJson("http://localhost:" + port + "/api/tenants/" + path, Tokens.of(user), Http.json(body));
    }
}
