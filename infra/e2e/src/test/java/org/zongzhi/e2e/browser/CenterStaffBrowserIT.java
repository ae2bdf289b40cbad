package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.TestPlatform;

/**
 * A village center's admin manages its staff in the console: adds a mediator and hands over the printed
 * 账号通知单 with the one-time password, the mediator signs in the first time and only sets a password,
 * then the admin disables the account and the list and the history say so; Keycloak signs them in no more.
 */
class CenterStaffBrowserIT {

    private static final String CHANGAN = "140404001001";
    private static final String NEW_PASSWORD = "Tiaojie#2026new";

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    @Test
    void anAdminAddsAMediatorWhoSignsInAndIsThenDisabled() {
        String username = "med-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String member = "li[data-username='" + username + "']";
        try (Browser admin = Browser.phone(gateway)) {
            admin.signIn("changan.admin");
            admin.open("/centers/" + CHANGAN);
            admin.click("#center-staff");
            assertThat(admin.text(".center-tabs a.active")).isEqualTo("工作人员");
            assertThat(admin.text("main h1")).startsWith("工作人员");
            assertThat(admin.text("#staff-list")).contains("changan.grid", "网格员");
            assertThat(admin.scrollsSideways()).isFalse();

            admin.select("#st-role", "mediator")
                    .type("st-username", username)
                    .type("st-fullname", "Zhao Xiaomei")
                    .type("st-phone", "13812345678");
            admin.click("#st-submit");
            assertThat(admin.text("#staff-problems")).contains("姓名请填写一个完整的中文姓名");
            assertThat(KeycloakAdmin.findUser(username)).isNull();

            admin.type("st-fullname", "赵晓梅");
            admin.screenshot("staff-01-add-mediator");
            admin.click("#st-submit");

            assertThat(admin.text("#slip-h")).isEqualTo("工作人员账号通知单");
            assertThat(admin.text("#slip-name")).isEqualTo("赵晓梅");
            assertThat(admin.text("#slip-role")).isEqualTo("调解员");
            assertThat(admin.text("#slip-username")).isEqualTo(username);
            String oneTimePassword = admin.text("#slip-password");
            assertThat(oneTimePassword).hasSizeGreaterThan(12);
            admin.screenshot("staff-02-slip");
            admin.open("/centers/" + CHANGAN + "/staff/slip");
            assertThat(admin.present("#slip-password")).isFalse();
            assertThat(admin.text("#slip-password-gone")).contains("只在添加账号时显示一次");

            try (Browser mediator = Browser.desk(gateway)) {
                mediator.driver().manage().deleteAllCookies();
                mediator.open("/");
                mediator.type("username", username).type("password", oneTimePassword);
                mediator.click("#kc-login");
                mediator.find("#password-new");
                assertThat(mediator.text("#kc-page-title")).isEqualTo("更新密码");
                mediator.type("password-new", NEW_PASSWORD).type("password-confirm", NEW_PASSWORD);
                mediator.click("#kc-submit");
                mediator.find("main#main");
                assertThat(mediator.url()).startsWith(gateway);
                assertThat(mediator.text()).doesNotContain("更新账户信息");
                assertThat(mediator.text(".topbar .user")).isEqualTo("赵晓梅");
                mediator.screenshot("staff-03-mediator-first-sign-in");
            }
            assertThat(passwordGrant(username).status()).isEqualTo(200);

            admin.open("/centers/" + CHANGAN + "/staff");
            assertThat(admin.text(member)).contains("赵晓梅", "调解员", "13812345678", "在用");
            admin.click(member + " details > summary");
            admin.typeIn(member + " input[name=reason]", "调离本中心");
            admin.click(member + " button[type=submit]");

            assertThat(admin.text("#staff-done")).contains("已停用 " + username);
            assertThat(admin.text(member)).contains("已停用").doesNotContain("在用");
            assertThat(admin.text(member + " summary")).isEqualTo("启用账号");
            admin.screenshot("staff-04-disabled");
            assertThat(passwordGrant(username).json().get("error").asString()).isEqualTo("invalid_grant");

            admin.open("/centers/" + CHANGAN + "/history");
            assertThat(admin.text("#history-list"))
                    .contains("添加工作人员", "调解员 赵晓梅（" + username + "）", "停用账号", username + "，原因：调离本中心");
        } finally {
            KeycloakAdmin.User user = KeycloakAdmin.findUser(username);
            if (user != null) {
                assertThat(user.enabled()).as("the admin disabled the mediator").isFalse();
                KeycloakAdmin.deleteUser(user.id());
            }
        }
    }

    @Test
    void aColleagueWithoutAnAdminRoleIsNotOfferedTheStaffPage() {
        try (Browser grid = Browser.desk(gateway)) {
            grid.signIn("changan.grid");
            grid.open("/centers/" + CHANGAN);
            assertThat(grid.present("#center-staff")).isFalse();
            grid.open("/centers/" + CHANGAN + "/staff");
            assertThat(grid.text("#staff-error")).contains("只有本中心的管理员");
            assertThat(grid.present("#staff-form")).isFalse();
        }
    }

    private static Http.Response passwordGrant(String username) {
        return Http.postForm(
                TestPlatform.backing().issuer() + "/protocol/openid-connect/token",
                "grant_type=password&client_id=zongzhi-cli&username=" + username + "&password="
                        + URLEncoder.encode(NEW_PASSWORD, StandardCharsets.UTF_8));
    }
}
