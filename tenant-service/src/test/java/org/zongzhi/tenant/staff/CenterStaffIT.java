package org.zongzhi.tenant.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * A village center's staff, managed by its own admin (changan.admin) against the real Keycloak: added with a
 * one-time password, listed with roles, disabled so that Keycloak no longer signs them in; nobody beside,
 * below or above the center reaches them, and a refused request leaves no account behind.
 */
@PlatformIntegrationTest
class CenterStaffIT {

    private static final String CHANGAN = "140404001001";
    private static final String HANDIAN = "140404001";
    private static final String PASSWORD = "Staff#2026-it";

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

    @Test
    void theCentersAdminAddsAMediatorWhoIsListedAndCanBeDisabled() {
        String username = newUsername();

        Http.Response added = post("changan.admin", CHANGAN + "/staff", mediator(username, "王丽"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("oneTimePassword").asString()).hasSizeGreaterThan(12);
        assertThat(added.json().get("mustChangePassword").asBoolean()).isTrue();
        KeycloakAdmin.User account = KeycloakAdmin.findUser(username);
        assertThat(account.tenant()).isEqualTo(CHANGAN);
        assertThat(account.realmRoles()).contains("mediator").doesNotContain("center-admin");
        assertThat(account.firstName()).isEqualTo("王丽");
        assertThat(account.requiredActions()).containsExactly("UPDATE_PASSWORD");

        JsonNode listed = member(get("changan.admin", CHANGAN + "/staff").json(), username);
        assertThat(listed.get("fullName").asString()).isEqualTo("王丽");
        assertThat(listed.get("roles").get(0).asString()).isEqualTo("mediator");
        assertThat(listed.get("phone").asString()).isEqualTo("13912345678");
        assertThat(listed.get("enabled").asBoolean()).isTrue();
        assertThat(member(get("changan.admin", CHANGAN + "/staff").json(), "changan.grid")
                        .get("roles")
                        .get(0)
                        .asString())
                .isEqualTo("grid-worker");

        setPassword(account.id());
        assertThat(passwordGrant(username).status()).isEqualTo(200);

        Http.Response disabled =
                post("changan.admin", CHANGAN + "/staff/" + username + "/disabling", Map.of("reason", "调离本中心"));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        Http.Response refused = passwordGrant(username);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).isEqualTo("invalid_grant");
        assertThat(member(get("changan.admin", CHANGAN + "/staff").json(), username)
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        JsonNode history = get("changan.admin", CHANGAN + "/history").json();
        assertThat(history.findValuesAsString("type")).contains("STAFF_ADDED", "STAFF_DISABLED");
        assertThat(history.get(0).get("detail").asString()).isEqualTo(username + ": 调离本中心");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("changan.admin");

        Http.Response enabled =
                post("changan.admin", CHANGAN + "/staff/" + username + "/enabling", Map.of("reason", "返回本中心"));
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(passwordGrant(username).status()).isEqualTo(200);
        assertThat(KeycloakAdmin.findUser(username).tenant()).isEqualTo(CHANGAN);
        assertThat(KeycloakAdmin.findUser(username).firstName()).isEqualTo("王丽");
    }

    @Test
    void noCenterBesideBelowOrAboveReachesTheStaff() {
        String username = newUsername();
        // sibling village, its township and county above, a village below the township asking about it,
        // a county elsewhere, and a colleague of the center without an admin role
        for (String[] attempt : new String[][] {
            {"fuhou.admin", CHANGAN, "404"},
            {"yongji.admin", CHANGAN, "404"},
            {"changan.admin", HANDIAN, "404"},
            {"handian.admin", CHANGAN, "403"},
            {"shangdang.admin", CHANGAN, "403"},
            {"changan.grid", CHANGAN, "403"}
        }) {
            String user = attempt[0];
            String center = attempt[1];
            int expected = Integer.parseInt(attempt[2]);
            String target = center.equals(CHANGAN) ? "changan.grid" : "handian.clerk";

            Http.Response list = get(user, center + "/staff");
            Http.Response add = post(user, center + "/staff", mediator(username, "王丽"));
            Http.Response disable = post(user, center + "/staff/" + target + "/disabling", Map.of("reason", "试图越权"));

            for (Http.Response response : List.of(list, add, disable)) {
                assertThat(response.status()).as(user + " on " + center).isEqualTo(expected);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
        }
        assertThat(KeycloakAdmin.findUser(username)).isNull();
        assertThat(KeycloakAdmin.findUser("changan.grid").enabled()).isTrue();
        assertThat(KeycloakAdmin.findUser("handian.clerk").enabled()).isTrue();
    }

    @Test
    void badInputIsRefusedInOneSentenceAndLeavesNoAccount() {
        String admin = newUsername();
        Http.Response provinceAdmin = post(
                "changan.admin",
                CHANGAN + "/staff",
                Map.of("username", admin, "fullName", "王丽", "role", "province-admin"));
        String latin = newUsername();
        Http.Response latinName = post("changan.admin", CHANGAN + "/staff", mediator(latin, "Wang Li"));
        Http.Response taken = post("changan.admin", CHANGAN + "/staff", mediator("changan.grid", "王丽"));
        String noRole = newUsername();
        Http.Response unknownRole =
                post("changan.admin", CHANGAN + "/staff", Map.of("username", noRole, "fullName", "王丽", "role", "boss"));

        assertThat(provinceAdmin.status()).isEqualTo(400);
        assertThat(provinceAdmin.json().get("detail").asString())
                .contains("province-admin cannot be given here")
                .contains("intake-clerk, mediator, grid-worker, department-handler");
        assertThat(latinName.status()).isEqualTo(400);
        assertThat(latinName.json().get("detail").asString()).startsWith("fullName must be one Chinese name");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asString()).contains("changan.grid is already taken");
        assertThat(unknownRole.status()).isEqualTo(400);
        for (Http.Response response : List.of(provinceAdmin, latinName, taken, unknownRole)) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(KeycloakAdmin.findUser(admin)).isNull();
        assertThat(KeycloakAdmin.findUser(latin)).isNull();
        assertThat(KeycloakAdmin.findUser(noRole)).isNull();
        assertThat(KeycloakAdmin.findUser("changan.grid").firstName()).isNotEqualTo("王丽");
    }

    @Test
    void anAdminDisablesNeitherThemselvesNorAnotherAdminNorWithoutAReason() {
        assertThat(post("changan.admin", CHANGAN + "/staff/changan.admin/disabling", Map.of("reason", "测试"))
                        .status())
                .isEqualTo(403);
        assertThat(post("changan.admin", CHANGAN + "/staff/changan.grid/disabling", Map.of("reason", " "))
                        .status())
                .isEqualTo(400);
        assertThat(post("changan.admin", CHANGAN + "/staff/nobody.here/disabling", Map.of("reason", "测试"))
                        .status())
                .isEqualTo(404);
        assertThat(KeycloakAdmin.findUser("changan.admin").enabled()).isTrue();
        assertThat(KeycloakAdmin.findUser("changan.grid").enabled()).isTrue();
    }

    @Test
    void aPersonTheCenterDisabledStaysDisabledWhenTheCenterIsReactivated() {
        String village = get("shangdang.admin", "140404/subtree?status=planned&level=village&size=1")
                .json()
                .get("items")
                .get(0)
                .get("code")
                .asString();
        String admin = newUsername();
        assertThat(post(
                                "shangdang.admin",
                                village + "/onboarding",
                                Map.of(
                                        "displayName", "测试村综治中心",
                                        "openedOn", "2026-01-01",
                                        "adminUsername", admin,
                                        "adminFullName", "郭建华",
                                        "adminPhone", "13912345678"))
                        .status())
                .isEqualTo(201);
        setPassword(KeycloakAdmin.findUser(admin).id());
        String adminToken = passwordGrant(admin).json().get("access_token").asString();
        String stays = newUsername();
        String leaves = newUsername();
        String staff = "http://localhost:" + port + "/api/tenants/" + village + "/staff";
        assertThat(Http.postJson(staff, adminToken, Http.json(mediator(stays, "王丽")))
                        .status())
                .isEqualTo(201);
        assertThat(Http.postJson(staff, adminToken, Http.json(mediator(leaves, "张强")))
                        .status())
                .isEqualTo(201);
        assertThat(Http.postJson(staff + "/" + leaves + "/disabling", adminToken, Http.json(Map.of("reason", "离职")))
                        .status())
                .isEqualTo(200);

        assertThat(post("shangdang.admin", village + "/suspension", Map.of("reason", "整改"))
                        .status())
                .isEqualTo(200);
        assertThat(KeycloakAdmin.findUser(stays).enabled()).isFalse();
        assertThat(post("shangdang.admin", village + "/reactivation", Map.of("reason", "整改完成"))
                        .status())
                .isEqualTo(200);

        assertThat(KeycloakAdmin.findUser(admin).enabled()).isTrue();
        assertThat(KeycloakAdmin.findUser(stays).enabled()).isTrue();
        assertThat(KeycloakAdmin.findUser(leaves).enabled())
                .as("the person the center disabled stays disabled")
                .isFalse();
    }

    @Test
    void anyoneReadsAnOperatingCentersCardAndNothingElse() {
        Http.Response card = Http.get("http://localhost:" + port + "/api/tenants/" + CHANGAN + "/card", null);

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.json().propertyNames()).containsExactlyInAnyOrder("code", "name", "phone");
        assertThat(card.json().get("code").asString()).isEqualTo(CHANGAN);
        assertThat(card.json().get("name").asString()).endsWith("综治中心");

        String planned = get("shangdang.admin", "140404/subtree?status=planned&level=village&size=1")
                .json()
                .get("items")
                .get(0)
                .get("code")
                .asString();
        assertThat(Http.get("http://localhost:" + port + "/api/tenants/" + planned + "/card", null)
                        .status())
                .isEqualTo(404);
        assertThat(Http.get("http://localhost:" + port + "/api/tenants/" + CHANGAN, null)
                        .status())
                .isEqualTo(401);
    }

    private static Map<String, Object> mediator(String username, String fullName) {
        return Map.of("username", username, "fullName", fullName, "phone", "13912345678", "role", "mediator");
    }

    private static JsonNode member(JsonNode list, String username) {
        for (JsonNode member : list) {
            if (member.get("username").asString().equals(username)) {
                return member;
            }
        }
        throw new AssertionError(username + " is not listed: " + list);
    }

    private String newUsername() {
        String username = "it-staff-" + UUID.randomUUID().toString().substring(0, 8);
        createdAccounts.add(username);
        return username;
    }

    /** Stands in for the person's first sign-in: a password of their own, nothing more to do. */
    private static void setPassword(String id) {
        String admin = Http.postForm(
                        TestPlatform.backing().keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin")
                .json()
                .get("access_token")
                .asString();
        String user = TestPlatform.backing().keycloakUrl() + "/admin/realms/zongzhi/users/" + id;
        assertThat(Http.putJson(
                                user + "/reset-password",
                                admin,
                                Http.json(Map.of("type", "password", "value", PASSWORD, "temporary", false)))
                        .status())
                .isEqualTo(204);
        assertThat(Http.putJson(user, admin, Http.json(Map.of("requiredActions", List.of())))
                        .status())
                .isEqualTo(204);
    }

    private static Http.Response passwordGrant(String username) {
        return Http.postForm(
                TestPlatform.backing().issuer() + "/protocol/openid-connect/token",
                "grant_type=password&client_id=zongzhi-cli&username=" + username + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
    }

    private Http.Response get(String user, String path) {
        return Http.get("http://localhost:" + port + "/api/tenants/" + path, Tokens.of(user));
    }

    private Http.Response post(String user, String path, Object body) {
        return Http.postJson("http://localhost:" + port + "/api/tenants/" + path, Tokens.of(user), Http.json(body));
    }
}
