package org.zongzhi.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class WhoamiIT {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void answersWithTheTenantAndRolesOfTheToken() {
        Http.Response response = Http.get(url("/api/tenants/whoami"), Tokens.of("changan.grid"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("service").asString()).isEqualTo("tenant-service");
        assertThat(body.get("tenant").asString()).isEqualTo("140404001001");
        assertThat(body.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(body.get("roles").toString()).contains("grid-worker");
    }

    @Test
    void aTenantHeaderCannotChangeWhoTheCallerIs() {
        Http.Response response =
                Http.get(url("/api/tenants/whoami"), Tokens.of("changan.grid"), "X-Tenant-Id", "14", "X-Tenant", "14");

        assertThat(response.json().get("tenant").asString()).isEqualTo("140404001001");
    }

    @Test
    void refusesACallWithoutATokenAsProblemDetails() {
        Http.Response response = Http.get(url("/api/tenants/whoami"), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aPathNoControllerHasIsAProblemNotBootsOwnJson() {
        Http.Response slash = Http.get(url("/api/tenants/140404001001/"), Tokens.of("changan.admin"));
        Http.Response typo = Http.get(url("/api/tenants/140404001001/childrn"), Tokens.of("changan.admin"));

        for (Http.Response response : java.util.List.of(slash, typo)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("There is no such path");
        }
        assertThat(slash.json().get("instance").asString()).isEqualTo("/api/tenants/140404001001/");
    }

    @Test
    void refusesATamperedToken() {
        String token = Tokens.of("changan.grid");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(Http.get(url("/api/tenants/whoami"), tampered).status()).isEqualTo(401);
    }

    @Test
    void reportsHealthOfItsRealStores() {
        Http.Response response = Http.get(url("/actuator/health"), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().get("components").propertyNames()).contains("db", "redis");
    }

    @Test
    void publishesItsOpenApiDocument() {
        Http.Response response = Http.get(url("/v3/api-docs"), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("paths").propertyNames()).contains("/api/tenants/whoami");
    }

    @Test
    void echoesTheRequestIdItLogsWith() {
        Http.Response response =
                Http.get(url("/api/tenants/whoami"), Tokens.of("changan.grid"), "X-Request-Id", "test-request-0001");

        assertThat(response.header("X-Request-Id")).isEqualTo("test-request-0001");
        assertThat(response.json().get("requestId").asString()).isEqualTo("test-request-0001");
    }
}
