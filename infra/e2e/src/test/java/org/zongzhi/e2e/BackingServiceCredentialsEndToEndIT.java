package org.zongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Credentials;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.TestPlatform;

/**
 * Nobody on the host reads Redis or Elasticsearch without a password, and each service's login reaches only
 * what that service needs: the real servers the launcher started with credentials (a test instance on a
 * clean clone, as in CI; {@code PLATFORM_TEST_INSTANCE=secure} locally while the test instance runs open
 * because it started before credentials existed — then these tests are skipped, saying so).
 */
class BackingServiceCredentialsEndToEndIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private static Platform.Backing backing;

    @BeforeAll
    static void theBackingServicesRun() {
        backing = TestPlatform.backing();
    }

    // ---- Redis

    @Test
    void redisRefusesAnyoneWithoutAPassword() throws IOException {
        assumeRedisHasCredentials();
        assertThat(redis(null, "PING").getFirst()).startsWith("-NOAUTH");
        assertThat(redis(null, "GET", "gateway:rate:{address:127.0.0.1}.tokens").getFirst())
                .startsWith("-NOAUTH");
        assertThat(redis(null, "AUTH", "default", "").getFirst())
                .as("the default user is off")
                .startsWith("-WRONGPASS");
        assertThat(redis(login("gateway", "wrong"), "PING").getFirst()).startsWith("-WRONGPASS");
    }

    @Test
    void theGatewaysUserReachesItsBucketsAndTheAccessListsButNotTheCaseStreamOrTheRollups() throws IOException {
        assumeRedisHasCredentials();
        Credentials.Login gateway = redisLogin("gateway");
        String bucket = "gateway:rate:{credentials-it:" + UUID.randomUUID() + "}.tokens";
        assertThat(redis(gateway, "SET", bucket, "5", "EX", "60")).containsExactly("+OK", "+OK");
        assertThat(redis(gateway, "ZRANGE", "platform:access:suspended-centers", "0", "0"))
                .element(1)
                .asString()
                .startsWith("*");
        assertThat(redis(gateway, "XRANGE", "case-events", "-", "+", "COUNT", "1"))
                .element(1)
                .asString()
                .startsWith("-NOPERM");
        assertThat(redis(gateway, "SET", "search:rollups:stale:credentials-it", "1"))
                .element(1)
                .asString()
                .startsWith("-NOPERM");
        assertThat(redis(gateway, "HGETALL", "spring:session:sessions:x"))
                .element(1)
                .asString()
                .startsWith("-NOPERM");
        assertThat(redis(gateway, "DEL", bucket)).element(1).isEqualTo(":1");
    }

    @Test
    void searchServicesUserReadsTheCaseStreamAndItsRollupsButNoGatewayOrSessionKey() throws IOException {
        assumeRedisHasCredentials();
        Credentials.Login search = redisLogin("search-service");
        assertThat(redis(search, "XLEN", "case-events")).element(1).asString().startsWith(":");
        assertThat(redis(search, "XLEN", "case-events-dead"))
                .element(1)
                .asString()
                .startsWith(":");
        assertThat(redis(search, "ZCARD", "search:rollups:stale:case-rollups"))
                .element(1)
                .asString()
                .startsWith(":");
        for (String other : List.of(
                "gateway:rate:{address:127.0.0.1}.tokens",
                "platform:access:suspended-centers",
                "spring:session:sessions:x",
                "tenant-tree:generation",
                "case-service:lookup-failures:x")) {
            assertThat(redis(search, "TYPE", other))
                    .as(other)
                    .element(1)
                    .asString()
                    .startsWith("-NOPERM");
        }
    }

    @Test
    void noServiceMayListKeysFlushOrReconfigureRedis() throws IOException {
        assumeRedisHasCredentials();
        for (String service : List.of("gateway", "tenant-service", "case-service", "search-service", "admin-console")) {
            Credentials.Login login = redisLogin(service);
            for (List<String> command : List.of(
                    List.of("KEYS", "*"),
                    List.of("SCAN", "0"),
                    List.of("RANDOMKEY"),
                    List.of("FLUSHALL"),
                    List.of("CONFIG", "GET", "requirepass"),
                    List.of("ACL", "LIST"))) {
                assertThat(redis(login, command.toArray(String[]::new)))
                        .as(service + " " + command)
                        .element(1)
                        .asString()
                        .startsWith("-NOPERM");
            }
            assertThat(redis(login, "PING")).as(service).element(1).isEqualTo("+PONG");
        }
        // case-service writes the stream of its events but reaches no other service's keys
        Credentials.Login cases = redisLogin("case-service");
        assertThat(redis(cases, "XLEN", "case-events")).element(1).asString().startsWith(":");
        assertThat(redis(cases, "ZCARD", "search:rollups:stale:case-rollups"))
                .element(1)
                .asString()
                .startsWith("-NOPERM");
        assertThat(redis(cases, "GET", "gateway:rate:{address:127.0.0.1}.tokens"))
                .element(1)
                .asString()
                .startsWith("-NOPERM");
        assertThat(redis(cases, "GET", "tenant-tree:generation"))
                .element(1)
                .asString()
                .startsWith("-NOPERM");
        // the console reaches its sessions only
        Credentials.Login console = redisLogin("admin-console");
        assertThat(redis(console, "EXISTS", "spring:session:sessions:x"))
                .element(1)
                .isEqualTo(":0");
        assertThat(redis(console, "XLEN", "case-events")).element(1).asString().startsWith("-NOPERM");
    }

    @Test
    void theCredentialsAndRedisDataAreReadableByTheirOwnerOnly() throws IOException {
        assumeRedisHasCredentials();
        Path directory = TestPlatform.platform().instance().home().resolve("credentials");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                .isEqualTo("rwx------");
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
        // Redis's append-only file holds every key: its directory is the platform user's only
        Path redisData =
                TestPlatform.platform().instance().home().resolve("data").resolve("redis");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(redisData)))
                .isEqualTo("rwx------");
    }

    // ---- Elasticsearch

    @Test
    void elasticsearchAnswersNothingWithoutAPassword() throws Exception {
        assumeElasticsearchHasCredentials();
        assertThat(es(null, "GET", "/", null).statusCode()).isEqualTo(401);
        assertThat(es(null, "GET", "/cases/_search", null).statusCode()).isEqualTo(401);
        assertThat(es(null, "GET", "/_cluster/health", null).statusCode()).isEqualTo(401);
        assertThat(es(login("search-service", "wrong"), "GET", "/cases/_search", null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void searchServicesUserManagesItsIndicesAndNoOther() throws Exception {
        assumeElasticsearchHasCredentials();
        Credentials.Login search = esLogin("search-service");
        assertThat(es(search, "GET", "/cases/_search?ignore_unavailable=true&size=0", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(es(search, "GET", "/_cluster/health", null).statusCode()).isEqualTo(200);
        String own = "bench-cases-credentials-it-" + System.nanoTime();
        try {
            assertThat(es(search, "PUT", "/" + own, "{}").statusCode()).isEqualTo(200);
            assertThat(es(search, "PUT", "/" + own + "/_doc/1?refresh=true", "{\"title\":\"邻里纠纷\"}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(es(search, "GET", "/" + own + "/_doc/1", null).body()).contains("邻里纠纷");
        } finally {
            es(search, "DELETE", "/" + own, null);
        }
        var unrelated = es(search, "PUT", "/unrelated-credentials-it-" + System.nanoTime(), "{}");
        assertThat(unrelated.statusCode()).as(unrelated.body()).isEqualTo(403);
        assertThat(es(
                                search,
                                "PUT",
                                "/_cluster/settings",
                                "{\"persistent\":{\"cluster.routing.allocation.enable\":\"all\"}}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(es(search, "PUT", "/_ingest/pipeline/credentials-it", "{\"processors\":[]}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theMonitorReadsClusterHealthOnly() throws Exception {
        assumeElasticsearchHasCredentials();
        Credentials.Login monitor = esLogin("monitor");
        var health = es(monitor, "GET", "/_cluster/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\"");
        assertThat(es(monitor, "GET", "/cases/_search?ignore_unavailable=true", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(es(monitor, "GET", "/_cluster/state", null).statusCode()).isEqualTo(403);
        assertThat(es(monitor, "GET", "/_cat/indices", null).statusCode()).isEqualTo(403);
        assertThat(es(monitor, "PUT", "/monitor-credentials-it-" + System.nanoTime(), "{}")
                        .statusCode())
                .isEqualTo(403);
    }

    // ---- helpers

    private static void assumeRedisHasCredentials() {
        assumeTrue(
                backing.redisLogin("gateway").isPresent(),
                "this instance's Redis started before credentials existed and runs open; run with"
                        + " PLATFORM_TEST_INSTANCE=secure (or on a fresh instance) to test its ACL users");
    }

    private static void assumeElasticsearchHasCredentials() {
        assumeTrue(
                backing.elasticsearchLogin("search-service").isPresent(),
                "this instance's Elasticsearch started before credentials existed and runs open; run with"
                        + " PLATFORM_TEST_INSTANCE=secure (or on a fresh instance) to test its users");
    }

    private static Credentials.Login redisLogin(String user) {
        return backing.redisLogin(user).orElseThrow();
    }

    private static Credentials.Login esLogin(String user) {
        return backing.elasticsearchLogin(user).orElseThrow();
    }

    private static Credentials.Login login(String user, String password) {
        return new Credentials.Login(user, password);
    }

    /**
     * Sends AUTH (when a login is given) then the command on a fresh connection; returns each reply's first
     * line (so with a login: the AUTH reply, then the command's).
     */
    private static List<String> redis(Credentials.Login login, String... command) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(backing.redisHost(), backing.redisPort()), 2000);
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            int replies = 1;
            if (login != null) {
                out.write(resp("AUTH", login.username(), login.password()));
                replies++;
            }
            out.write(resp(command));
            out.flush();
            InputStream in = socket.getInputStream();
            var lines = new ArrayList<String>();
            while (lines.size() < replies) {
                lines.add(reply(in));
            }
            return lines;
        }
    }

    /** One RESP reply; an array or bulk string is read whole but reported by its first line. */
    private static String reply(InputStream in) throws IOException {
        String first = line(in);
        switch (first.charAt(0)) {
            case '$' -> {
                int length = Integer.parseInt(first.substring(1));
                if (length >= 0) {
                    in.readNBytes(length + 2);
                }
            }
            case '*' -> {
                int count = Integer.parseInt(first.substring(1));
                for (int i = 0; i < count; i++) {
                    reply(in);
                }
            }
            default -> {}
        }
        return first;
    }

    private static String line(InputStream in) throws IOException {
        var line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static byte[] resp(String... parts) {
        var command = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String part : parts) {
            command.append('$')
                    .append(part.getBytes(StandardCharsets.UTF_8).length)
                    .append("\r\n")
                    .append(part)
                    .append("\r\n");
        }
        return command.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> es(Credentials.Login login, String method, String path, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(backing.elasticsearchUrl() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (login != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((login.username() + ":" + login.password())
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
