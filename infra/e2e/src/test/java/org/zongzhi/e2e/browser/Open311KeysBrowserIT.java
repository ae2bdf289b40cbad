package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.TestPlatform;

/**
 * A village center's admin, on a phone, gives the 12345 hotline an Open311 key on 开放接口: sees the key
 * once, finds it in the list without its text, the hotline's system uses it, and the admin revokes it —
 * after which the endpoint refuses it with the spec's 403. A colleague without an admin role and the
 * center above are not offered the keys.
 */
class Open311KeysBrowserIT {

    private static final String CHANGAN = "140404001001";

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    private static Http.Response hotlineReads(String key) {
        return Http.get(gateway + "/open311/v2/requests.json?jurisdiction_id=" + CHANGAN + "&api_key=" + key, null);
    }

    @Test
    void anAdminCreatesAKeySeesItOnceAndRevokesIt() {
        String label = "12345热线平台 " + Long.toString(System.nanoTime() % 1_000_000L, 36);
        String key;
        try (Browser admin = Browser.phone(gateway)) {
            admin.signIn("changan.admin");
            admin.open("/centers/" + CHANGAN);
            admin.click("#center-open311");
            assertThat(admin.text(".center-tabs a.active")).isEqualTo("开放接口");
            assertThat(admin.text("main h1")).startsWith("开放接口");
            assertThat(admin.text("#o311-jurisdiction")).isEqualTo(CHANGAN);
            assertThat(admin.text("#o311-endpoint")).isEqualTo(gateway + "/open311/v2/");

            admin.select("#o311-channel", "HOTLINE_12345").type("o311-label", label);
            admin.screenshot("open311-01-create");
            admin.click("#o311-submit");

            key = admin.text("#o311-key");
            assertThat(key).startsWith("o311_").hasSize(48);
            assertThat(admin.text("#o311-new")).contains("只显示这一次", "12345热线", label);
            assertThat(admin.scrollsSideways()).isFalse();
            admin.screenshot("open311-02-shown-once");
            String prefix = key.substring(5, 15);
            String row = "li[data-prefix='" + prefix + "']";
            assertThat(admin.text(row)).contains(label, "在用", "12345热线", "从未使用").doesNotContain(key);

            assertThat(hotlineReads(key).status()).isEqualTo(200);
            admin.open("/centers/" + CHANGAN + "/open311");
            assertThat(admin.present("#o311-new")).isFalse();
            assertThat(admin.text()).doesNotContain(key);
            assertThat(admin.text(row + " .o311-requests")).isEqualTo("1");
            assertThat(admin.text(row + " .o311-last-used")).doesNotContain("从未使用");

            admin.click(row + " details > summary");
            admin.click(row + " button[type=submit]");
            assertThat(admin.text("#o311-done")).contains("已吊销", label);
            assertThat(admin.text(row)).contains("已吊销").doesNotContain("在用");
            assertThat(admin.present(row + " details")).isFalse();
            admin.screenshot("open311-03-revoked");
        }
        Http.Response refused = hotlineReads(key);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).startsWith("[{\"code\":403,").contains("revoked");
    }

    @Test
    void aColleagueAndTheCenterAboveAreNotOfferedTheKeys() {
        try (Browser grid = Browser.desk(gateway)) {
            grid.signIn("changan.grid");
            grid.open("/centers/" + CHANGAN);
            assertThat(grid.present("#center-open311")).isFalse();
            grid.open("/centers/" + CHANGAN + "/open311");
            assertThat(grid.text("#o311-error")).contains("只有本中心的管理员");
            assertThat(grid.present("#o311-form")).isFalse();
        }
        try (Browser township = Browser.desk(gateway)) {
            township.signIn("handian.admin");
            township.open("/centers/" + CHANGAN + "/open311");
            assertThat(township.text("#o311-not-own")).contains("只能由本中心的管理员");
            assertThat(township.present("#o311-keys")).isFalse();
        }
    }
}
