package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.TestPlatform;

/**
 * The first sign-in of a center's new admin, in a real browser through the gateway: the county onboards a
 * village by API, and the admin it named signs in with the one-time password on Keycloak's pages.
 */
class FirstSignInBrowserIT {

    private static final String NEW_PASSWORD = "Cunwei#2026new";

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    @Test
    void aNewVillageAdminSignsInForTheFirstTimeInChineseAndOnlySetsAPassword() {
        String username = "first." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Centers.FirstAdmin admin =
                Centers.onboardPlanned(gateway, "140404", "village", "shangdang.admin", username, "王建国");

        try (Browser desk = Browser.desk(gateway)) {
            desk.driver().manage().deleteAllCookies();
            desk.open("/");
            desk.find("#username");
            assertThat(desk.title()).isEqualTo("登录 · 综治中心平台");
            assertThat(desk.text("#kc-header-wrapper")).isEqualTo("综治中心平台");
            assertThat(desk.text("#kc-page-title")).isEqualTo("登录综治中心平台");
            assertThat(desk.text()).contains("用户名", "密码", "登录").doesNotContain("Sign in", "Username", "邮箱");
            assertThat(desk.present("input[name=email]")).isFalse();
            desk.screenshot("first-sign-in-01-login");

            desk.type("username", admin.username()).type("password", admin.oneTimePassword());
            desk.click("#kc-login");

            desk.find("#password-new");
            assertThat(desk.text("#kc-page-title")).isEqualTo("更新密码");
            assertThat(desk.text()).contains("新密码", "确认密码", "提交").doesNotContain("Update password", "Submit");
            assertThat(desk.present("input[name=email]")).isFalse();
            desk.screenshot("first-sign-in-02-new-password");

            desk.type("password-new", NEW_PASSWORD).type("password-confirm", NEW_PASSWORD);
            desk.click("#kc-submit");

            assertThat(desk.url())
                    .as("after the new password the console opens, with no 更新账户信息 page in between: " + desk.text())
                    .startsWith(gateway);
            desk.find("main#main");
            assertThat(desk.text()).doesNotContain("更新账户信息", "Update Account Information", "姓氏");
            assertThat(desk.text("main h1")).startsWith("您好");
            assertThat(desk.text("main h1 span")).isEqualTo("王建国");
            assertThat(desk.text(".topbar .user")).isEqualTo("王建国");
            desk.screenshot("first-sign-in-03-console");
        }

        try (Browser nextDay = Browser.desk(gateway)) {
            nextDay.open("/");
            nextDay.type("username", admin.username()).type("password", NEW_PASSWORD);
            nextDay.click("#kc-login");
            nextDay.find("main#main");
            assertThat(nextDay.url())
                    .as("the new password signs in straight to the console")
                    .startsWith(gateway);
            assertThat(nextDay.text(".topbar .user")).isEqualTo("王建国");
        }
    }
}
