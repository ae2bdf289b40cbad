package org.zongzhi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zongzhi.testsupport.Http;

/**
 * The real gateway started against a Redis port where nothing listens (and a stub issuer and service, so
 * nothing of the platform has to run): no rate limit fails open. The citizens' lookup, the public card and
 * calls without a token are refused with 429 beyond their limits, per gateway instance; a center's calls too.
 * The access check (suspended centers, disabled accounts) lets signed-in calls through when it never could
 * read Redis.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayWithoutRedisIT {

    private static final StubIssuerAndService STUB = new StubIssuerAndService();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void deadRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "localhost");
        registry.add("spring.data.redis.port", StubIssuerAndService::closedPort);
        registry.add("platform.security.issuer", STUB::issuer);
        registry.add("TENANT_SERVICE_URL", STUB::url);
        registry.add("CASE_SERVICE_URL", STUB::url);
        registry.add("SEARCH_SERVICE_URL", STUB::url);
        registry.add("ADMIN_CONSOLE_URL", STUB::url);
        // the platform's bursts, refilled slowly so that a busy test host cannot refill a bucket mid-test
        registry.add("platform.rate-limit.per-center-per-second", () -> "0.05");
        registry.add("platform.rate-limit.per-center-burst", () -> "5");
        registry.add("platform.rate-limit.lookup-per-second", () -> "0.05");
        registry.add("platform.rate-limit.open-per-second", () -> "0.05");
    }

    @AfterAll
    static void stopTheStub() {
        STUB.close();
    }

    private String gateway() {
        return "http://localhost:" + port;
    }

    private static List<Integer> statuses(int times, java.util.function.Supplier<Http.Response> call) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            statuses.add(call.get().status());
        }
        return statuses;
    }

    @Test
    void theCitizensLookupIsLimitedPerAddressWhileRedisIsDown() {
        List<Integer> statuses = statuses(
                20,
                () -> Http.postJson(
                        gateway() + "/api/cases/lookup",
                        null,
                        Http.json(Map.of("code", "140404001001-261127-99999-0", "secret", "ABCDEFGH"))));

        // the burst of 10 passes, the rest is refused: nothing fails open
        assertThat(statuses.subList(0, 10)).containsOnly(200);
        assertThat(statuses.subList(10, 20)).containsOnly(429);
        Http.Response refused = Http.postJson(
                gateway() + "/api/cases/lookup",
                null,
                Http.json(Map.of("code", "140404001001-261127-99999-0", "secret", "ABCDEFGH")));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.json().get("title").asString()).isEqualTo("请求过于频繁 (Too many requests)");
    }

    @Test
    void theCentersPublicCardIsLimitedInABucketOfItsOwn() {
        List<Integer> statuses = statuses(15, () -> Http.get(gateway() + "/api/tenants/140404001001/card", null));

        assertThat(statuses.subList(0, 10)).containsOnly(200);
        assertThat(statuses.subList(10, 15)).containsOnly(429);
    }

    @Test
    void open311WithoutATokenIsLimitedPerAddressInItsOwnBucket() {
        List<Integer> statuses = statuses(30, () -> Http.get(gateway() + "/open311/v2/services.json", null));

        // a burst of 20 for calls without a token other than the lookup and the card
        assertThat(statuses.subList(0, 20)).containsOnly(200);
        assertThat(statuses.subList(20, 30)).containsOnly(429);
        Http.Response refused = Http.get(gateway() + "/open311/v2/services.json", null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).startsWith("[{\"code\":429");
    }

    @Test
    void aSignedInCallPassesTheAccessCheckWhenTheGatewayNeverReadRedis() {
        // the decision (docs/architecture.md): the access check fails open for what it cannot know
        Http.Response answer =
                Http.get(gateway() + "/api/search/whoami", STUB.token("user-c", "140404001004", Instant.now()));

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void aCentersCallsAreLimitedPerInstanceToo() {
        String token = STUB.token("user-a", "140404001002", Instant.now());
        List<Integer> statuses = statuses(10, () -> Http.get(gateway() + "/api/cases/whoami", token));

        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses.subList(5, 10)).containsOnly(429);
        // another center has its own bucket
        assertThat(Http.get(gateway() + "/api/cases/whoami", STUB.token("user-b", "140404001003", Instant.now()))
                        .status())
                .isEqualTo(200);
    }
}
