package org.zongzhi.tenant.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * A newly onboarded center's profile: drafted by the county that onboarded it while it is being set up,
 * then the center's own; every revision readable and comparable; nobody beside or below reaches it.
 */
@PlatformIntegrationTest
class ProfileDraftingIT {

    @LocalServerPort
    int port;

    private final List<String> createdAccounts = new ArrayList<>();
    private String village;

    @BeforeEach
    void shangdangOnboardsAVillage() {
        village = Http.get(url("140404/subtree?level=village&status=planned&size=1"), Tokens.of("shangdang.admin"))
                .json()
                .get("items")
                .get(0)
                .get("code")
                .asString();
        String admin = newUsername();
        Http.Response onboarded = post(
                "shangdang.admin",
                village + "/onboarding",
                Map.of(
                        "displayName", "测试村综治中心",
                        "address", "上党区测试村",
                        "openedOn", LocalDate.now().toString(),
                        "adminUsername", admin,
                        "adminFullName", "李秀兰",
                        "adminPhone", "13912345678"));
        assertThat(onboarded.status()).isEqualTo(201);
    }

    @AfterEach
    void removeCreatedAccounts() {
        for (String username : createdAccounts) {
            KeycloakAdmin.User user = KeycloakAdmin.findUser(username);
            if (user != null) {
                KeycloakAdmin.deleteUser(user.id());
            }
        }
    }

    @Test
    void onboardingKeepsTheFirstAdminsPhone() {
        assertThat(get("shangdang.admin", village).json().get("adminPhone").asString())
                .isEqualTo("13912345678");
    }

    @Test
    void aPhoneOrNameThatIsNotOneIsRefused() {
        String other = Http.get(url("140404/subtree?level=village&status=planned&size=1"), Tokens.of("shangdang.admin"))
                .json()
                .get("items")
                .get(0)
                .get("code")
                .asString();
        Http.Response refused = post(
                "shangdang.admin",
                other + "/onboarding",
                Map.of(
                        "displayName", "测试村综治中心",
                        "openedOn", LocalDate.now().toString(),
                        "adminUsername", newUsername(),
                        "adminFullName", "Li Xiulan",
                        "adminPhone", "12345"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("adminPhone", "adminFullName");
        assertThat(get("shangdang.admin", other).json().get("status").asString())
                .isEqualTo("PLANNED");
    }

    @Test
    void theOnboardingCountyDraftsTheProfileUntilTheCentersOwnAdminTakesItOver() {
        Http.Response draft = put("shangdang.admin", profile(2, null));
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().get("changedByCenter").asString()).isEqualTo("140404");
        assertThat(put("shangdang.admin", profile(3, null)).status())
                .as("a second draft while still being set up")
                .isEqualTo(200);

        String own = villageAdmin();
        Http.Response taken = put(own, profile(4, "每周二、四全天"));
        Http.Response afterwards = put("shangdang.admin", profile(9, null));

        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.json().get("changedByCenter").asString()).isEqualTo(village);
        assertThat(afterwards.status()).isEqualTo(403);
        assertThat(afterwards.json().get("detail").asString()).contains("taken its profile over");
        assertThat(get(own, village + "/profile").json().get("revision").asInt())
                .isEqualTo(3);
    }

    @Test
    void nobodyElseDraftsOrComparesIt() {
        assertThat(put("yongji.admin", profile(1, null)).status()).isEqualTo(403);
        assertThat(put("changzhi.admin", profile(1, null)).status()).isEqualTo(403);
        assertThat(put("handian.admin", profile(1, null)).status()).isEqualTo(403);
        assertThat(put("shangdang.clerk", profile(1, null)).status()).isEqualTo(403);
        put("shangdang.admin", profile(1, null));
        put("shangdang.admin", profile(2, null));

        assertThat(get("yongji.admin", village + "/profile/comparison?from=1&to=2")
                        .status())
                .isEqualTo(404);
        assertThat(get("yongji.admin", village + "/profile/history/1").status()).isEqualTo(404);
        assertThat(get("fuhou.admin", village + "/profile/history").status()).isEqualTo(404);
    }

    @Test
    void aSuspendedCenterIsNotDraftedByTheLevelAbove() {
        put("shangdang.admin", profile(1, null));
        post("shangdang.admin", village + "/suspension", Map.of("reason", "场所整改"));

        assertThat(put("shangdang.admin", profile(2, null)).status()).isEqualTo(403);
        assertThat(put("yongji.admin", profile(2, null)).status()).isEqualTo(403);
        assertThat(post("yongji.admin", village + "/reactivation", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void twoRevisionsAreComparedFactByFactWithWhoAndWhen() {
        put("shangdang.admin", profile(2, null));
        put("shangdang.admin", profile(5, "每周三上午"));

        JsonNode comparison = get("changzhi.admin", village + "/profile/comparison?from=1&to=2")
                .json();
        JsonNode one = get("shangdang.admin", village + "/profile/history/1").json();

        assertThat(comparison.get("from").get("revision").asInt()).isEqualTo(1);
        assertThat(comparison.get("to").get("changedBy").asString()).isEqualTo("shangdang.admin");
        assertThat(comparison.get("to").get("changedAt").asString()).isNotBlank();
        assertThat(comparison.get("changes").findValuesAsString("field"))
                .containsExactly("staffing.mediators", "departments.COURT.schedule");
        assertThat(comparison.get("changes").get(0).get("before").asString()).isEqualTo("2");
        assertThat(comparison.get("changes").get(0).get("after").asString()).isEqualTo("5");
        assertThat(one.get("profile").get("staffing").get("mediators").asInt()).isEqualTo(2);
        assertThat(get("shangdang.admin", village + "/profile/history/7").status())
                .isEqualTo(404);
    }

    private String villageAdmin() {
        String username = newUsername();
        String id = KeycloakAdmin.createUser(username, "{\"tenant\":[\"" + village + "\"]}");
        KeycloakAdmin.assignRealmRoles(id, "center-admin");
        return username;
    }

    private static Map<String, Object> profile(int mediators, String courtSchedule) {
        Map<String, Object> court =
                new HashMap<>(Map.of("department", "COURT", "presence", "ROTATING", "since", "2026-01-05"));
        if (courtSchedule != null) {
            court.put("schedule", courtSchedule);
        }
        return Map.of(
                "premises",
                Map.of(
                        "areaSquareMeters",
                        96,
                        "guidanceAndIntakeZone",
                        true,
                        "resolutionZone",
                        true,
                        "commandAndDispatchZone",
                        false,
                        "rooms",
                        Map.of("MEDIATION", 1),
                        "intakeWindows",
                        1),
                "staffing",
                Map.of("fullTimeStaff", 2, "mediators", mediators, "gridWorkers", 6, "namedMediationRooms", List.of()),
                "departments",
                List.of(court),
                "mechanisms",
                List.of(Map.of("kind", "FIRST_RESPONDER", "document", "首问负责制")));
    }

    private String newUsername() {
        String username = "it-draft-" + UUID.randomUUID().toString().substring(0, 8);
        createdAccounts.add(username);
        return username;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/api/tenants/" + path;
    }

    private Http.Response get(String user, String path) {
        return Http.get(url(path), Tokens.of(user));
    }

    private Http.Response post(String user, String path, Object body) {
        return Http.postJson(url(path), Tokens.of(user), Http.json(body));
    }

    private Http.Response put(String user, Object profile) {
        return Http.putJson(url(village + "/profile"), Tokens.of(user), Http.json(profile));
    }
}
