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

    /** What the county is told once when it onboards a center: who the first admin is and their one-time password. */
    record FirstAdmin(String center, String username, String oneTimePassword) {}

    /**
     * Brings a still planned center of the given level under {@code county} into operation with a new first
     * admin, through the API as the county's admin does.
     */
    static FirstAdmin onboardPlanned(
            String gateway, String county, String level, String onboarder, String adminUsername, String fullName) {
        Http.Response planned = Http.get(
                gateway + "/api/tenants/" + county + "/subtree?level=" + level + "&status=planned&size=1",
                Tokens.of(onboarder));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        String code = planned.json().get("items").get(0).get("code").asString();
        Http.Response onboarded = Http.postJson(
                gateway + "/api/tenants/" + code + "/onboarding",
                Tokens.of(onboarder),
                Http.json(java.util.Map.of(
                        "displayName",
                        code + " 综治中心",
                        "address",
                        "测试地址",
                        "openedOn",
                        "2026-01-01",
                        "adminUsername",
                        adminUsername,
                        "adminFullName",
                        fullName)));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        return new FirstAdmin(
                code,
                adminUsername,
                onboarded.json().get("admin").get("oneTimePassword").asString());
    }
}
