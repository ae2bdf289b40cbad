package org.zongzhi.e2e.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.zongzhi.infra.launcher.Instance;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.Tokens;

/**
 * The fault tests' own platform: the launcher's {@code fault} instance (ports 3xxxx, data in
 * {@code .platform/fault}), never the shared test instance other test runs use. The tests start it,
 * kill its processes with {@code kill -9}, start them again through the launcher, and stop it at the end.
 */
final class FaultPlatform {

    private final Platform platform = new Platform(Instance.fault(Instance.findRoot()));
    private Platform.Backing backing;

    /** Starts everything (what already runs is reused) and waits until it answers. */
    FaultPlatform up() {
        long start = System.nanoTime();
        backing = retried(platform::ensureBacking);
        retried(() -> {
            platform.ensureServices(Platform.SERVICES);
            return null;
        });
        System.out.printf("FAULT instance up in %ds%n", (System.nanoTime() - start) / 1_000_000_000);
        return this;
    }

    void down() {
        platform.down();
    }

    String gateway() {
        return "http://localhost:" + platform.port("gateway");
    }

    String service(String name) {
        return "http://localhost:" + platform.port(name);
    }

    String elasticsearch() {
        return backing.elasticsearchUrl();
    }

    /** The headers that let a test read Elasticsearch: none when it runs open, else its admin login. */
    String[] elasticsearchHeaders() {
        return backing.elasticsearchLogin("admin")
                .map(login -> new String[] {
                    "Authorization",
                    "Basic "
                            + java.util.Base64.getEncoder()
                                    .encodeToString((login.username() + ":" + login.password())
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                })
                .orElse(new String[0]);
    }

    String caseJdbcUrl() {
        return backing.caseJdbcUrl();
    }

    String issuer() {
        return backing.issuer();
    }

    /** A real token of a demo user from this instance's Keycloak (cached until shortly before it expires). */
    String token(String username) {
        return Tokens.of(issuer(), username);
    }

    /** Whether a backing service ({@code redis} or {@code elasticsearch}) takes connections. */
    boolean answers(String name) {
        int port = switch (name) {
            case "redis" -> backing.redisPort();
            case "elasticsearch" ->
                java.net.URI.create(backing.elasticsearchUrl()).getPort();
            default -> throw new IllegalArgumentException("no probe for " + name);
        };
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }

    /** {@code kill -9} of one process (a backing service or one of ours) and its children. */
    void kill(String name) {
        OptionalLong pid = platform.pid(name);
        if (!platform.kill(name)) {
            throw new IllegalStateException(name + " of the fault instance was not running");
        }
        System.out.printf("FAULT kill -9 %s (pid %d) at %s%n", name, pid.orElse(-1), Instant.now());
    }

    /** Starts what is not running again, as the launcher does, and waits until it answers; returns seconds. */
    long restart(String name) {
        long start = System.nanoTime();
        retried(() -> {
            if (Platform.SERVICES.contains(name)) {
                platform.ensureServices(List.of(name));
            } else {
                platform.ensureBacking();
            }
            return null;
        });
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.printf("FAULT %s back after %ds (pid %d)%n", name, seconds, pid(name));
        return seconds;
    }

    /**
     * The fault instance's ports (3xxxx) lie in Linux's ephemeral range, so a port can be taken for a
     * moment by some client connection's local end when a process starts ("Port … was already in use"):
     * start again, up to three times.
     */
    private static <T> T retried(java.util.function.Supplier<T> start) {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.get();
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.out.printf(
                        "FAULT start failed (%s); trying again%n",
                        e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    long pid(String name) {
        return platform.pid(name).orElse(-1);
    }

    /** The metric as search-service's actuator reports it (any signed-in caller may read metrics). */
    tools.jackson.databind.JsonNode metric(String service, String name, String token) {
        Http.Response response = Http.get(service(service) + "/actuator/metrics/" + name, token);
        if (response.status() != 200) {
            throw new IllegalStateException(name + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }
}
