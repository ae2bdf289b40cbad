package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * 上党区 onboards one of its planned villages through the console's wizard and reads the one-time password
 * once on the printable 开通通知单; the county drafts the new center's profile, the new admin signs in on a
 * phone and saves a second revision, and the two are compared on the page. A sibling county (永济) gets
 * 未找到 for every page and form of that center.
 */
class CenterOnboardingBrowserIT {

    private static final String NEW_PASSWORD = "Xincun#2026new";

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    @Test
    void shangdangOnboardsAVillageTheProfileIsFilledAndTwoRevisionsAreCompared() {
        JsonNode planned = Http.get(
                        gateway + "/api/tenants/140404/subtree?level=village&status=planned&size=1",
                        Tokens.of("shangdang.admin"))
                .json()
                .get("items")
                .get(0);
        String code = planned.get("code").asString();
        String name = planned.get("name").asString();
        String username = "cun." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String oneTimePassword;

        try (Browser county = Browser.desk(gateway)) {
            county.signIn("shangdang.admin");
            county.open("/centers/140404");
            county.click("#center-onboarding");
            assertThat(county.text("main h1")).startsWith("开通下级中心");
            county.typeIn("#pick-q", name).click(".search button");
            county.find("#planned-list");
            assertThat(county.all("#planned-list a"))
                    .extracting(a -> a.getDomAttribute("data-code"))
                    .contains(code);
            county.screenshot("center-onboarding-01-pick");

            county.click("#planned-list a[data-code='" + code + "']");
            assertThat(county.text("main h1")).contains(name, code);
            county.type("ob-name", name + "综治中心")
                    .type("ob-address", "上党区" + name + "村委会一楼")
                    .date(
                            "#ob-opened",
                            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                    .toString())
                    .type("ob-username", username)
                    .type("ob-fullname", "Zhao Lihua")
                    .type("ob-phone", "13912345678");
            county.click("#ob-submit");
            assertThat(county.text("#onboarding-problems")).contains("中文姓名");
            assertThat(Http.get(gateway + "/api/tenants/" + code, Tokens.of("shangdang.admin"))
                            .json()
                            .get("status")
                            .asString())
                    .as("a refused form changes nothing")
                    .isEqualTo("PLANNED");
            county.type("ob-fullname", "赵丽华");
            county.screenshot("center-onboarding-02-form");
            county.click("#ob-submit");

            county.find("#notice-password");
            oneTimePassword = county.text("#notice-password");
            assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(12);
            assertThat(county.text(".onboarding-notice"))
                    .contains("综治中心开通通知单", name + "综治中心", code, username, "赵丽华", "13912345678");
            county.screenshot("center-onboarding-03-notice");

            county.driver().navigate().refresh();
            county.find("#notice-password-gone");
            assertThat(county.text()).doesNotContain(oneTimePassword);
            assertThat(county.present("#notice-password")).isFalse();

            county.open("/centers/" + code + "/profile");
            county.find("#profile-empty");
            county.click("#profile-edit");
            county.type("pf-area", "96")
                    .type("pf-windows", "1")
                    .click("#pf-zone-guidanceAndIntakeZone")
                    .click("#pf-zone-resolutionZone")
                    .type("pf-room-MEDIATION", "1")
                    .type("pf-staff", "2")
                    .type("pf-mediators", "3")
                    .type("pf-grid", "6")
                    .select("#pf-dept-COURT", "ROTATING")
                    .type("pf-dept-COURT-schedule", "每周二全天")
                    .date("#pf-dept-COURT-since", "2026-01-05")
                    .type("pf-mech-FIRST_RESPONDER", name + "首问负责制");
            county.click("#profile-save");
            assertThat(county.text("#profile-done")).contains("第 1 版");
            assertThat(county.text("#profile-departments")).contains("法院", "轮驻", "每周二全天");
            county.screenshot("center-onboarding-04-profile-draft");
        }

        try (Browser phone = Browser.phone(gateway)) {
            phone.driver().manage().deleteAllCookies();
            phone.open("/");
            phone.type("username", username).type("password", oneTimePassword);
            phone.click("#kc-login");
            phone.find("#password-new");
            phone.type("password-new", NEW_PASSWORD).type("password-confirm", NEW_PASSWORD);
            phone.click("#kc-submit");
            phone.find("main#main");

            phone.open("/centers/" + code + "/profile/edit");
            assertThat(phone.scrollsSideways())
                    .as("the editor fits a 390 px phone")
                    .isFalse();
            phone.type("pf-mediators", "5").select("#pf-dept-COURT", "RESIDENT");
            phone.click("#profile-save");
            assertThat(phone.text("#profile-done")).contains("第 2 版");
            phone.click("#compare-submit");

            String changes = phone.text("#changes");
            assertThat(changes).contains("专兼职调解员（人）", "「法院」入驻方式", "轮驻", "常驻");
            assertThat(phone.text("main")).contains("第 1 版", "第 2 版", "shangdang.admin", username);
            assertThat(phone.scrollsSideways()).isFalse();
            phone.screenshot("center-onboarding-05-revisions-phone");
        }

        try (Browser county = Browser.desk(gateway)) {
            county.signIn("shangdang.admin");
            county.open("/centers/" + code + "/profile/edit");
            county.click("#profile-save");
            assertThat(county.text("#profile-error"))
                    .as("once the center's own admin saved, the county no longer edits it")
                    .contains("不能修改该中心的档案");

            county.open("/centers/" + code + "/history");
            county.click("details.action > summary");
            county.type("status-reason", "场所整改");
            county.click("#status-form button");
            assertThat(county.text("#status-done")).contains("已暂停");
            county.click("details.action > summary");
            county.type("status-reason", "整改完成");
            county.click("#status-form button");
            assertThat(county.text("#status-done")).contains("已恢复运行");
            assertThat(county.text("#history-list")).contains("开通", "暂停运行", "恢复运行", "修订档案", "场所整改");
            county.screenshot("center-onboarding-06-history");
        }
        assertThat(KeycloakAdmin.findUser(username).enabled()).isTrue();

        try (Browser sibling = Browser.desk(gateway)) {
            sibling.signIn("yongji.admin");
            for (String page : new String[] {"/onboarding", "/profile", "/profile/edit", "/history", "/notice"}) {
                sibling.open("/centers/" + code + page);
                assertThat(sibling.text("main")).as(page).contains("未找到", "不在本中心的可见范围内");
            }
            sibling.open("/centers/140404/onboarding");
            assertThat(sibling.text("main")).contains("未找到");

            // Forms sent as if from a tampered page: the console passes them on, the API refuses, nothing changes.
            for (String action : new String[] {"suspension", "profile", "onboarding"}) {
                sibling.open("/centers/140881");
                sibling.script(
                        "const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                                + " for (const [k, v] of [['_csrf', document.querySelector('input[name=_csrf]').value],"
                                + " ['reason', '越权'], ['area', '1'], ['displayName', 'x'], ['openedOn', '2026-01-01'],"
                                + " ['adminUsername', 'intruder'], ['adminFullName', '冒名者'], ['adminPhone', '13900000000']]) {"
                                + " const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v;"
                                + " f.appendChild(i); }"
                                + " document.body.appendChild(f); f.submit();",
                        "/centers/" + code + "/" + action);
                sibling.find("main .notice-error");
                assertThat(sibling.text("main")).as(action).contains("未找到");
            }
            sibling.screenshot("center-onboarding-07-sibling-refused");
        }
        JsonNode after = Http.get(gateway + "/api/tenants/" + code, Tokens.of("shangdang.admin"))
                .json();
        assertThat(after.get("status").asString()).isEqualTo("OPERATING");
        assertThat(Http.get(gateway + "/api/tenants/" + code + "/profile", Tokens.of("shangdang.admin"))
                        .json()
                        .get("revision")
                        .asInt())
                .isEqualTo(2);
    }
}
