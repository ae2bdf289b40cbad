package org.zongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * The whole chain as a user meets it: a real token from Keycloak, the gateway, each service behind it,
 * all started by the launcher from the jars this build produced.
 */
class GatewayEndToEndIT {

    private static String gateway;

    /** Starts the services unless they run already from the jars this build produced (rebuilt ones restart). */
    @BeforeAll
    static void startThePlatform() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenants", "cases", "search"})
    void everyServiceAnswersWithTheCallersTenant(String api) {
        Http.Response response = Http.get(gateway + "/api/" + api + "/whoami", Tokens.of("changan.grid"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("tenant").asString()).isEqualTo("140404001001");
        assertThat(body.get("username").asString()).isEqualTo("changan.grid");
        assertThat(body.get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void theProvinceIsSeenAsTheProvince() {
        JsonNode body = Http.get(gateway + "/api/tenants/whoami", Tokens.of("province.admin"))
                .json();

        assertThat(body.get("tenant").asString()).isEqualTo("14");
        assertThat(body.get("level").asString()).isEqualTo("PROVINCE");
        assertThat(body.get("roles").toString()).contains("province-admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/tenants/1%00", "/api/tenants/a%2Fb", "/api/cases/%00/timeline"})
    void aPathTheFirewallRefusesGetsAProblemThatSaysWhy(String path) {
        Http.Response response = Http.get(gateway + path, Tokens.of("changan.admin"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).contains("请求被拒绝");
        assertThat(response.json().get("detail").asString()).contains("encoded");
    }

    @Test
    void aServiceThatIsDownAnswersA503ProblemAndTheGatewayRecoversWhenItIsBack() {
        Platform platform = TestPlatform.platform();
        platform.stopServices(java.util.List.of("search-service"));
        try {
            Http.Response response = Http.get(gateway + "/api/search/cases?q=x", Tokens.of("changan.admin"));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).isNotBlank();
            assertThat(response.json().get("title").asString()).contains("服务暂时不可用");
        } finally {
            platform.ensureServices(java.util.List.of("search-service"));
        }
        assertThat(Http.get(gateway + "/api/search/whoami", Tokens.of("changan.admin"))
                        .status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenants", "cases", "search"})
    void aCallWithoutATokenIsRefusedAtTheGateway(String api) {
        Http.Response response = Http.get(gateway + "/api/" + api + "/whoami", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("access token");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = Tokens.of("changan.grid");
        String[] parts = token.split("\\.");
        String payload =
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"140404001001\"", "\"14\"");
        String forged = parts[0] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];

        assertThat(Http.get(gateway + "/api/tenants/whoami", forged).status()).isEqualTo(401);
    }

    @Test
    void aRoleThatDoesNotAllowTheActionGets403() {
        Http.Response refused = Http.get(gateway + "/api/tenants/whoami/token", Tokens.of("changan.grid"));
        Http.Response allowed = Http.get(gateway + "/api/tenants/whoami/token", Tokens.of("changan.admin"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.json().get("audience").toString()).contains("zongzhi-api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Tenant-Id", "X-Tenant", "x-tenant-code"})
    void aForgedTenantHeaderIsIgnored(String header) {
        Http.Response response = Http.get(gateway + "/api/cases/whoami", Tokens.of("changan.grid"), header, "14");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("tenant").asString()).isEqualTo("140404001001");
    }

    @Test
    void aTokenWithoutATenantIsRefused() {
        String username = "no-tenant-" + UUID.randomUUID().toString().substring(0, 8);
        String id = KeycloakAdmin.createUser(username, "{}");
        try {
            Http.Response response = Http.get(gateway + "/api/tenants/whoami", Tokens.of(username));

            assertThat(response.status()).isEqualTo(401);
        } finally {
            KeycloakAdmin.deleteUser(id);
        }
    }

    @Test
    void theConsoleSendsAnonymousVisitorsToSignIn() {
        Http.Response response = Http.get(gateway + "/", null);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/oauth2/authorization/keycloak");
    }

    @Test
    void theGatewayGivesEveryRequestAnId() {
        Http.Response response = Http.get(gateway + "/api/search/whoami", Tokens.of("changan.grid"));

        assertThat(response.header("X-Request-Id")).isNotBlank();
    }
}
