package org.zongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;

/**
 * Suspension and disabling take effect within seconds, not when tokens expire: through the real gateway with
 * real Keycloak tokens, a suspended center's staff and a disabled account are refused with the very tokens
 * that worked a moment before; Keycloak refuses their refresh; a reactivated center signs in again. Prints the
 * seconds from the change until the first refusal.
 */
class SuspensionEndToEndIT {

    private static final String COUNTY = "140404";
    private static final String CHANGAN = "140404001001";

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    @Test
    void aSuspendedCentersTokenIsRefusedWithinSecondsAndAReactivatedCenterSignsInAgain() throws Exception {
        String center = onboardAPlannedVillage();
        String username = "sus-" + suffix();
        String userId = KeycloakAdmin.createUser(username, "{\"tenant\":[\"" + center + "\"]}");
        try {
            KeycloakAdmin.assignRealmRoles(userId, "intake-clerk");
            Grant grant = signIn(username);
            assertThat(whoami(grant.accessToken()).status()).isEqualTo(200);

            Instant sent = Instant.now();
            Http.Response suspended = Http.postJson(
                    gateway + "/api/tenants/" + center + "/suspension",
                    Tokens.of("shangdang.admin"),
                    Http.json(Map.of("reason", "停业整顿")));
            Instant answered = Instant.now();
            assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);

            Http.Response refused = firstRefusal(grant.accessToken(), Duration.ofSeconds(10));
            Instant refusedAt = Instant.now();
            System.out.printf(
                    "SUSPENSION: the suspended center's token was refused %.3f s after the suspension was answered"
                            + " (%.3f s after it was sent)%n",
                    seconds(answered, refusedAt), seconds(sent, refusedAt));
            assertThat(seconds(answered, refusedAt)).isLessThan(5.0);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
            assertThat(refused.json().get("type").asString()).endsWith("center-suspended");
            assertThat(refused.json().get("title").asString()).isEqualTo("中心已暂停使用 (Center suspended)");
            assertThat(refused.json().get("detail").asString()).contains(center, "reactivates");

            // Keycloak refuses the account a refresh and a new sign-in: nothing outlives the suspension
            assertThat(refresh(grant.refreshToken()).json().get("error").asString())
                    .isEqualTo("invalid_grant");
            assertThat(passwordGrant(username).json().get("error").asString()).isEqualTo("invalid_grant");
            // the level above, which suspended it, is not affected
            assertThat(whoami(Tokens.of("shangdang.admin")).status()).isEqualTo(200);

            Http.Response reactivated = Http.postJson(
                    gateway + "/api/tenants/" + center + "/reactivation",
                    Tokens.of("shangdang.admin"),
                    Http.json(Map.of("reason", "整改完成")));
            assertThat(reactivated.status()).as(reactivated.body()).isEqualTo(200);
            // the token from before the suspension stays refused; a new sign-in works (a token's issue time has
            // whole seconds, so one issued in the very second of the suspension would be refused too)
            await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> Instant.now().getEpochSecond() > answered.getEpochSecond());
            Grant again = signIn(username);
            await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> whoami(again.accessToken()).status() == 200);
            Http.Response old = whoami(grant.accessToken());
            assertThat(old.status()).isEqualTo(401);
            assertThat(old.json().get("type").asString()).endsWith("account-disabled");
        } finally {
            KeycloakAdmin.deleteUser(userId);
        }
    }

    @Test
    void aDisabledAccountsTokenIsRefusedWithinSeconds() throws Exception {
        String username = "dis-" + suffix();
        String userId = KeycloakAdmin.createUser(username, "{\"tenant\":[\"" + CHANGAN + "\"]}");
        try {
            KeycloakAdmin.assignRealmRoles(userId, "intake-clerk");
            Grant grant = signIn(username);
            assertThat(whoami(grant.accessToken()).status()).isEqualTo(200);

            Instant sent = Instant.now();
            Http.Response disabled = Http.postJson(
                    gateway + "/api/tenants/" + CHANGAN + "/staff/" + username + "/disabling",
                    Tokens.of("changan.admin"),
                    Http.json(Map.of("reason", "调离本中心")));
            Instant answered = Instant.now();
            assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

            Http.Response refused = firstRefusal(grant.accessToken(), Duration.ofSeconds(10));
            Instant refusedAt = Instant.now();
            System.out.printf(
                    "DISABLING: the disabled account's token was refused %.3f s after the disabling was answered"
                            + " (%.3f s after it was sent)%n",
                    seconds(answered, refusedAt), seconds(sent, refusedAt));
            assertThat(seconds(answered, refusedAt)).isLessThan(5.0);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString()).endsWith("account-disabled");
            assertThat(refused.json().get("title").asString()).isEqualTo("账号已停用 (Account disabled)");
            assertThat(refresh(grant.refreshToken()).json().get("error").asString())
                    .isEqualTo("invalid_grant");
            // the center's other staff keep working
            assertThat(whoami(Tokens.of("changan.grid")).status()).isEqualTo(200);
        } finally {
            KeycloakAdmin.deleteUser(userId);
        }
    }

    private record Grant(String accessToken, String refreshToken) {}

    private static Grant signIn(String username) {
        Http.Response response = passwordGrant(username);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return new Grant(
                response.json().get("access_token").asString(),
                response.json().get("refresh_token").asString());
    }

    private static Http.Response passwordGrant(String username) {
        return Http.postForm(
                TestPlatform.backing().issuer() + "/protocol/openid-connect/token",
                "grant_type=password&client_id=zongzhi-cli&username=" + encode(username) + "&password="
                        + encode(Tokens.DEMO_PASSWORD));
    }

    private static Http.Response refresh(String refreshToken) {
        return Http.postForm(
                TestPlatform.backing().issuer() + "/protocol/openid-connect/token",
                "grant_type=refresh_token&client_id=zongzhi-cli&refresh_token=" + encode(refreshToken));
    }

    private static Http.Response whoami(String token) {
        return Http.get(gateway + "/api/tenants/whoami", token);
    }

    /** Calls with the token every 50 ms until the gateway refuses it (401), or fails after {@code within}. */
    private static Http.Response firstRefusal(String token, Duration within) {
        Http.Response last = Patience.until(
                () -> whoami(token),
                response -> {
                    if (response.status() != 401) {
                        assertThat(response.status()).as(response.body()).isEqualTo(200);
                    }
                    return response.status() == 401;
                },
                Duration.ofMillis(50),
                within);
        if (last.status() != 401) {
            throw new AssertionError("the token was still accepted " + within.toSeconds() + " s after the change");
        }
        return last;
    }

    private static String onboardAPlannedVillage() {
        Http.Response planned = Http.get(
                gateway + "/api/tenants/" + COUNTY + "/subtree?level=village&status=planned&size=200",
                Tokens.of("shangdang.admin"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        // not one of the demo chain (韩店街道 140404001: 长安, 府后…), which other tests use while this one runs
        String code = null;
        for (var item : planned.json().get("items")) {
            String candidate = item.get("code").asString();
            if (!candidate.startsWith("140404001")) {
                code = candidate;
                break;
            }
        }
        assertThat(code)
                .as("a planned village of %s outside the demo chain", COUNTY)
                .isNotNull();
        Http.Response onboarded = Http.postJson(
                gateway + "/api/tenants/" + code + "/onboarding",
                Tokens.of("shangdang.admin"),
                Http.json(Map.of(
                        "displayName", code + " 综治中心",
                        "address", "测试地址",
                        "openedOn", "2026-01-01",
                        "adminUsername", "adm-" + suffix(),
                        "adminFullName", "测试管理员")));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        return code;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
