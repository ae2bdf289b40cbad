package org.zongzhi.tenant.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class CenterTreeIT {

    private static final String SHANGDANG = "140404";
    private static final String HANDIAN = "140404001";
    private static final String CHANGAN = "140404001001";
    private static final String FUHOU = "140404001002";

    @LocalServerPort
    int port;

    private final List<String> createdAccounts = new ArrayList<>();

    @AfterEach
    void removeCreatedAccounts() {
        for (String username : createdAccounts) {
            KeycloakAdmin.User user = KeycloakAdmin.findUser(username);
            if (user != null) {
                KeycloakAdmin.deleteUser(user.id());
            }
        }
    }

    private Http.Response get(String user, String path) {
        return Http.get("http://localhost:" + port + "/api/tenants/" + path, Tokens.of(user));
    }

    private Http.Response post(String user, String path, Object body) {
        return Http.postJson("http://localhost:" + port + "/api/tenants/" + path, Tokens.of(user), Http.json(body));
    }

    private String plannedVillageOfShangdang() {
        JsonNode page = get("shangdang.admin", SHANGDANG + "/subtree?level=village&status=planned&size=1")
                .json();
        return page.get("items").get(0).get("code").asString();
    }

    private Map<String, Object> onboarding(String username) {
        return Map.of(
                "displayName", "测试社区综治中心",
                "address", "上党区测试路1号",
                "openedOn", LocalDate.now().minusDays(3).toString(),
                "adminUsername", username,
                "adminFullName", "测试管理员");
    }

    private String newUsername() {
        String username = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
        createdAccounts.add(username);
        return username;
    }

    @Test
    void theTreeIsSeededWithShanxi() {
        JsonNode cities = get("province.admin", "14/subtree?level=CITY&size=50").json();
        JsonNode villages =
                get("province.admin", "14/subtree?level=VILLAGE&size=1").json();

        assertThat(cities.get("total").asLong()).isEqualTo(11);
        assertThat(villages.get("total").asLong()).isEqualTo(21_895);
    }

    @Test
    void aCountyPagesThroughItsVillages() {
        JsonNode page = get("shangdang.admin", SHANGDANG + "/subtree?level=VILLAGE&size=20&page=1")
                .json();

        assertThat(page.get("items")).hasSize(20);
        assertThat(page.get("total").asLong()).isGreaterThan(20);
        page.get("items").forEach(center -> {
            assertThat(center.get("code").asString()).startsWith(SHANGDANG);
            assertThat(center.get("level").asString()).isEqualTo("VILLAGE");
        });
    }

    @Test
    void aVillageSeesTheChainAboveIt() {
        JsonNode chain = get("changan.grid", CHANGAN + "/ancestors").json();

        assertThat(chain.findValuesAsString("code")).containsExactly("14", "1404", SHANGDANG, HANDIAN);
        assertThat(get("changan.grid", SHANGDANG).json().get("name").asString()).isEqualTo("上党区");
    }

    @Test
    void aParentReadsItsChildrenAndTheirChildren() {
        assertThat(get("shangdang.admin", HANDIAN + "/children").json().findValuesAsString("code"))
                .contains(CHANGAN, FUHOU);
        assertThat(get("shangdang.admin", CHANGAN).status()).isEqualTo(200);
        assertThat(get("changzhi.admin", CHANGAN).status()).isEqualTo(200);
    }

    @Test
    void aVillageCannotReadItsSiblingOrItsParentsOtherChildren() {
        assertThat(get("changan.admin", FUHOU).status()).isEqualTo(404);
        assertThat(get("changan.admin", FUHOU + "/ancestors").status()).isEqualTo(404);
        assertThat(get("changan.admin", HANDIAN + "/children").status()).isEqualTo(404);
        assertThat(get("changan.admin", SHANGDANG + "/subtree").status()).isEqualTo(404);
        assertThat(get("fuhou.admin", CHANGAN).status()).isEqualTo(404);
    }

    @Test
    void aCountyCannotReadAnotherCounty() {
        Http.Response response = get("yongji.admin", SHANGDANG);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).contains("no center", SHANGDANG);
        assertThat(get("yongji.admin", CHANGAN + "/children").status()).isEqualTo(404);
    }

    @Test
    void aCachedCenterIsStillRefusedToASibling() {
        assertThat(get("changan.admin", CHANGAN).status()).isEqualTo(200);
        assertThat(get("changan.admin", CHANGAN).status()).isEqualTo(200);

        assertThat(get("fuhou.admin", CHANGAN).status()).isEqualTo(404);
        assertThat(get("fuhou.admin", CHANGAN + "/ancestors").status()).isEqualTo(404);
    }

    @Test
    void badCodesAndFiltersGetAClearAnswer() {
        Http.Response wrongLength = get("province.admin", "14040");
        Http.Response unknown = get("province.admin", "149999");
        Http.Response badLevel = get("province.admin", "14/subtree?level=hamlet");
        Http.Response hugePage = get("province.admin", "14/subtree?size=100000");

        assertThat(wrongLength.status()).isEqualTo(400);
        assertThat(wrongLength.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongLength.json().get("detail").asString()).contains("14040", "2, 4, 6, 9 or 12 digits");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.json().get("detail").asString()).contains("VILLAGE");
        assertThat(hugePage.status()).isEqualTo(400);
    }

    @Test
    void aCountyOnboardsAVillageWithItsFirstAdmin() {
        String village = plannedVillageOfShangdang();
        String username = newUsername();
        assertThat(get("shangdang.admin", village).json().get("status").asString())
                .isEqualTo("PLANNED");

        Http.Response response = post("shangdang.admin", village + "/onboarding", onboarding(username));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("center").get("status").asString()).isEqualTo("OPERATING");
        assertThat(body.get("center").get("displayName").asString()).isEqualTo("测试社区综治中心");
        assertThat(body.get("center").get("onboardedBy").asString()).isEqualTo("shangdang.admin");
        assertThat(body.get("admin").get("oneTimePassword").asString()).hasSizeGreaterThanOrEqualTo(16);
        KeycloakAdmin.User admin = KeycloakAdmin.findUser(username);
        assertThat(admin.tenant()).isEqualTo(village);
        assertThat(admin.realmRoles()).contains("center-admin");
        assertThat(admin.firstName()).as("the whole name in the one name field").isEqualTo("测试管理员");
        assertThat(admin.lastName()).isNull();
        assertThat(admin.email()).as("nobody asked for an e-mail").isNull();
        assertThat(admin.requiredActions()).containsExactly("UPDATE_PASSWORD");
        assertThat(get("shangdang.admin", village).json().get("status").asString())
                .isEqualTo("OPERATING");
    }

    @Test
    void onboardingTwiceIsAConflict() {
        String village = plannedVillageOfShangdang();
        post("shangdang.admin", village + "/onboarding", onboarding(newUsername()));

        Http.Response again = post("shangdang.admin", village + "/onboarding", onboarding(newUsername()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already operating");
    }

    @Test
    void nobodyOnboardsOutsideTheirSubtreeOrAboveTheirLevel() {
        String village = plannedVillageOfShangdang();

        assertThat(post("yongji.admin", village + "/onboarding", onboarding(newUsername()))
                        .status())
                .isEqualTo(403);
        assertThat(post("changan.admin", FUHOU + "/onboarding", onboarding(newUsername()))
                        .status())
                .isEqualTo(403);
        assertThat(post("handian.admin", SHANGDANG + "/onboarding", onboarding(newUsername()))
                        .status())
                .isEqualTo(403);
        Http.Response cityOnVillage = post("changzhi.admin", village + "/onboarding", onboarding(newUsername()));
        assertThat(cityOnVillage.status()).isEqualTo(403);
        assertThat(cityOnVillage.json().get("detail").asString()).contains("county admin");
        assertThat(get("shangdang.admin", village).json().get("status").asString())
                .isEqualTo("PLANNED");
    }

    @Test
    void invalidOnboardingNamesEveryWrongField() {
        String village = plannedVillageOfShangdang();
        Map<String, Object> wrong = Map.of(
                "displayName", "",
                "openedOn", LocalDate.now().plusDays(30).toString(),
                "adminUsername", "No Spaces Allowed",
                "adminFullName", "x");

        Http.Response response = post("shangdang.admin", village + "/onboarding", wrong);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("displayName", "openedOn", "adminUsername");
        assertThat(get("shangdang.admin", village).json().get("status").asString())
                .isEqualTo("PLANNED");
    }

    @Test
    void anUnreadableBodyIsA400() {
        Http.Response response = Http.postJson(
                "http://localhost:" + port + "/api/tenants/" + plannedVillageOfShangdang() + "/onboarding",
                Tokens.of("shangdang.admin"),
                "{\"displayName\": \"x\", \"openedOn\": \"yesterday\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aRefusedAdminAccountLeavesTheCenterPlanned() {
        String village = plannedVillageOfShangdang();

        Http.Response response = post("shangdang.admin", village + "/onboarding", onboarding("changan.admin"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("changan.admin", "Nothing was changed");
        assertThat(get("shangdang.admin", village).json().get("status").asString())
                .isEqualTo("PLANNED");
    }

    @Test
    void theOnboardingLevelSuspendsAndReactivates() {
        String village = plannedVillageOfShangdang();
        String admin = newUsername();
        post("shangdang.admin", village + "/onboarding", onboarding(admin));
        Map<String, String> reason = Map.of("reason", "整改：场所未达标");

        assertThat(post("yongji.admin", village + "/suspension", reason).status())
                .isEqualTo(403);
        Http.Response suspended = post("shangdang.admin", village + "/suspension", reason);
        boolean enabledWhileSuspended = KeycloakAdmin.findUser(admin).enabled();
        Http.Response suspendedAgain = post("shangdang.admin", village + "/suspension", reason);
        Http.Response reonboard = post("shangdang.admin", village + "/onboarding", onboarding(newUsername()));
        Http.Response reactivated = post("shangdang.admin", village + "/reactivation", Map.of("reason", "整改完成"));

        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(enabledWhileSuspended)
                .as("a suspended center's staff cannot sign in")
                .isFalse();
        assertThat(suspended.json().get("statusReason").asString()).isEqualTo("整改：场所未达标");
        assertThat(suspendedAgain.status()).isEqualTo(409);
        assertThat(reonboard.status()).isEqualTo(409);
        assertThat(reonboard.json().get("detail").asString()).contains("reactivate");
        assertThat(reactivated.json().get("status").asString()).isEqualTo("OPERATING");
        assertThat(KeycloakAdmin.findUser(admin).enabled()).isTrue();
        assertThat(KeycloakAdmin.findUser(admin).tenant()).isEqualTo(village);
        assertThat(get("shangdang.admin", village + "/history").json().findValuesAsString("type"))
                .containsExactly("REACTIVATED", "SUSPENDED", "ONBOARDED");
        assertThat(get("yongji.admin", village + "/history").status()).isEqualTo(404);
        assertThat(post("yongji.admin", village + "/reactivation", reason).status())
                .isEqualTo(403);
    }

    @Test
    void aSuspensionNeedsAReason() {
        Http.Response response = post("shangdang.admin", CHANGAN + "/suspension", Map.of("reason", " "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("reason");
    }

    @Test
    void aCountySearchesItsSubtreeByNameOrCode() {
        JsonNode byName =
                get("shangdang.admin", SHANGDANG + "/subtree?q=韩店&size=500").json();
        JsonNode byCode = get("shangdang.admin", SHANGDANG + "/subtree?q=" + HANDIAN + "&size=500")
                .json();
        JsonNode wildcard = get("shangdang.admin", SHANGDANG + "/subtree?q=%25").json();
        JsonNode elsewhere = get("yongji.admin", "140881/subtree?q=韩店").json();

        assertThat(byName.findValuesAsString("code")).contains(HANDIAN);
        assertThat(byCode.findValuesAsString("code")).contains(HANDIAN, CHANGAN).allMatch(c -> c.startsWith(HANDIAN));
        assertThat(byCode.get("total").asLong()).isEqualTo(byCode.get("items").size());
        assertThat(wildcard.get("total").asLong())
                .as("like's wildcards are literal")
                .isZero();
        assertThat(elsewhere.findValuesAsString("code")).noneMatch(c -> c.startsWith(SHANGDANG));
    }
}
