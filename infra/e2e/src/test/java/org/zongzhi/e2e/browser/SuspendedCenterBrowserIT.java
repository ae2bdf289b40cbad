package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;

/**
 * A clerk works in the console when the county suspends the center: the next page does not show the
 * center's work any more but says, in Chinese, that the account is disabled; once the center is reactivated
 * the clerk signs in again and works.
 */
class SuspendedCenterBrowserIT {

    private static final String COUNTY = "140404";

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    @Test
    void aClerkOfASuspendedCenterIsToldAtTheNextPageAndSignsInAgainAfterReactivation() {
        String center = plannedVillage();
        onboard(center);
        String username = "clerk-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String userId = KeycloakAdmin.createUser(username, "{\"tenant\":[\"" + center + "\"]}");
        try (Browser clerk = Browser.phone(gateway)) {
            KeycloakAdmin.assignRealmRoles(userId, "intake-clerk");
            clerk.signIn(username);
            clerk.open("/worklist");
            assertThat(clerk.text("main")).doesNotContain("中心已暂停使用");

            assertThat(change(center, "suspension", "停业整顿").status()).isEqualTo(200);
            // the gateway refuses the console's token within a second; the next page explains why
            clerk.reloadUntil("中心已暂停使用", java.time.Duration.ofSeconds(10));
            assertThat(clerk.text("main h1")).isEqualTo("中心已暂停使用");
            assertThat(clerk.text("main")).contains("本中心已被上级中心暂停使用", "恢复使用后，请重新登录");
            assertThat(clerk.text("main")).doesNotContain("HTTP 500");
            assertThat(clerk.scrollsSideways()).isFalse();
            clerk.screenshot("suspended-01-next-page");

            // signing in again is refused by Keycloak while the center is suspended
            clerk.driver().manage().deleteAllCookies();
            clerk.open("/");
            clerk.type("username", username).type("password", Tokens.DEMO_PASSWORD);
            clerk.click("#kc-login");
            String refusal = clerk.find("#input-error, .pf-c-alert__title, .kc-feedback-text, .alert-error")
                    .getText();
            System.out.println("KEYCLOAK WHILE SUSPENDED: " + refusal);
            assertThat(refusal).contains("禁用");
            clerk.screenshot("suspended-02-sign-in-refused");

            assertThat(change(center, "reactivation", "整改完成").status()).isEqualTo(200);
            clerk.signIn(username);
            clerk.open("/worklist");
            assertThat(clerk.present("main#main")).isTrue();
            assertThat(clerk.text("main")).doesNotContain("中心已暂停使用");
            clerk.screenshot("suspended-03-reactivated");
        } finally {
            KeycloakAdmin.deleteUser(userId);
        }
    }

    private static Http.Response change(String center, String action, String reason) {
        return Http.postJson(
                gateway + "/api/tenants/" + center + "/" + action,
                Tokens.of("shangdang.admin"),
                Http.json(Map.of("reason", reason)));
    }

    /** A planned village of the county outside the demo chain (韩店街道 140404001), which other tests use. */
    private static String plannedVillage() {
        Http.Response planned = Http.get(
                gateway + "/api/tenants/" + COUNTY + "/subtree?level=village&status=planned&size=200",
                Tokens.of("shangdang.admin"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        for (var item : planned.json().get("items")) {
            String code = item.get("code").asString();
            if (!code.startsWith("140404001")) {
                return code;
            }
        }
        throw new AssertionError("no planned village in " + COUNTY + " outside the demo chain");
    }

    private static void onboard(String center) {
        Http.Response onboarded = Http.postJson(
                gateway + "/api/tenants/" + center + "/onboarding",
                Tokens.of("shangdang.admin"),
                Http.json(Map.of(
                        "displayName", center + " 综治中心",
                        "address", "测试地址",
                        "openedOn", "2026-01-01",
                        "adminUsername", "adm-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36),
                        "adminFullName", "测试管理员")));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
    }
}
