package org.zongzhi.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What every service promises whatever it does, tested once and run in each: the caller comes from the
 * verified token only (a tenant header changes nothing, no token or a tampered one is a 401 problem), an
 * unknown path is a problem too, the request id is echoed, health covers the real stores, and the OpenAPI
 * document is published. A service's {@code WhoamiIT} extends this with its port, name and stores.
 */
public abstract class ServiceContractIT {

    /** The port the service under test listens on. */
    protected abstract int port();

    /** The service's name as its whoami answers it, e.g. {@code search-service}. */
    protected abstract String service();

    /** Where its API lives, e.g. {@code /api/search}. */
    protected abstract String api();

    /** The health components of the stores it uses, e.g. {@code db} and {@code redis}. */
    protected abstract List<String> stores();

    private String url(String path) {
        return "http://localhost:" + port() + path;
    }

    private String whoami() {
        return url(api() + "/whoami");
    }

    @Test
    void answersWithTheTenantAndRolesOfTheToken() {
        Http.Response response = Http.get(whoami(), Tokens.of("changan.grid"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("service").asString()).isEqualTo(service());
        assertThat(body.get("tenant").asString()).isEqualTo("140404001001");
        assertThat(body.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(body.get("roles").toString()).contains("grid-worker");
    }

    @Test
    void aTenantHeaderCannotChangeWhoTheCallerIs() {
        Http.Response response = Http.get(whoami(), Tokens.of("changan.grid"), "X-Tenant-Id", "14", "X-Tenant", "14");

        assertThat(response.json().get("tenant").asString()).isEqualTo("140404001001");
    }

    @Test
    void refusesACallWithoutATokenAsProblemDetails() {
        Http.Response response = Http.get(whoami(), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void refusesATamperedToken() {
        String token = Tokens.of("changan.grid");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(Http.get(whoami(), tampered).status()).isEqualTo(401);
    }

    @Test
    void aPathNoControllerHasIsAProblemNotBootsOwnJson() {
        Http.Response slash = Http.get(url(api() + "/whoami/"), Tokens.of("changan.admin"));
        Http.Response typo = Http.get(url(api() + "/whoami/no-such-page"), Tokens.of("changan.admin"));

        for (Http.Response response : List.of(slash, typo)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("There is no such path");
        }
        assertThat(slash.json().get("instance").asString()).isEqualTo(api() + "/whoami/");
    }

    @Test
    void reportsHealthOfItsRealStores() {
        Http.Response response = Http.get(url("/actuator/health"), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().get("components").propertyNames()).containsAll(stores());
    }

    @Test
    void publishesItsOpenApiDocument() {
        Http.Response response = Http.get(url("/v3/api-docs"), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("paths").propertyNames()).contains(api() + "/whoami");
    }

    @Test
    void echoesTheRequestIdItLogsWith() {
        Http.Response response = Http.get(whoami(), Tokens.of("changan.grid"), "X-Request-Id", "test-request-0001");

        assertThat(response.header("X-Request-Id")).isEqualTo("test-request-0001");
        assertThat(response.json().get("requestId").asString()).isEqualTo("test-request-0001");
    }
}
