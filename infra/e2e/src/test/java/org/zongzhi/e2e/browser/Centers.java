package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/** The centers a journey needs, brought into operation through the API the way a county onboards them. */
final class Centers {

    private Centers() {}

    static void operating(String gateway, String code, String onboarder) {
        Http.Response center = Http.get(gateway + "/api/tenants/" + code, Tokens.of(onboarder));
        assertThat(center.status()).as(center.body()).isEqualTo(200);
        JsonNode status = center.json().get("status");
        if (status != null && "OPERATING".equals(status.asString())) {
            return;
        }
        String admin = "admin." + code + "." + Long.toString(System.nanoTime() % 100_000, 36);
        Http.Response onboarded = Http.postJson(
                gateway + "/api/tenants/" + code + "/onboarding",
                Tokens.of(onboarder),
                Http.json(java.util.Map.of(
                        "displayName", code + " 综治中心",
                        "address", "测试地址",
                        "openedOn", "2026-01-01",
                        "adminUsername", admin,
                        "adminFullName", "测试管理员")));
        assertThat(onboarded.status()).as(onboarded.body()).isIn(200, 201);
    }
}
