package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Redis: the server already answering at the configured address, or the binary shipped in embedded-redis.
 * One it starts for the first time gets an ACL file ({@link #acl}): the default user off, a user a service
 * limited to that service's keys, channels and commands, a {@code monitor} user for the health probe and an
 * {@code admin} for operators, with the passwords of {@link Credentials}.
 */
final class Redis implements Component {

    private final Instance instance;
    private final String binary;
    private final String host;
    private final int port;
    private boolean external;

    Redis(Instance instance, String binary) {
        this.instance = instance;
        this.binary = binary;
        this.host = Env.get("PLATFORM_REDIS_HOST", "localhost");
        this.port = Env.getInt("PLATFORM_REDIS_PORT", instance.port(6379));
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public String address() {
        return "redis://" + host + ":" + port;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    @Override
    public boolean external() {
        return external;
    }

    @Override
    public void start(Processes processes) {
        if (processes.running(name()).isEmpty() && Probes.tcp(host, port)) {
            external = true;
            return;
        }
        var server = Artifacts.executableResource(
                "/" + binary, instance.cache().resolve("redis").resolve(binary));
        boolean fresh =
                !Files.exists(instance.home().resolve("data").resolve("redis")) || isEmpty(instance.data("redis"));
        var data = instance.data("redis");
        Credentials credentials = Credentials.decide(instance, name(), fresh, Credentials.REDIS_USERS);
        var command = new ArrayList<>(List.of(
                server.toString(),
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--dir",
                data.toString(),
                "--appendonly",
                "yes",
                "--daemonize",
                "no"));
        if (credentials.enabled()) {
            Path acl = Credentials.directory(instance).resolve("redis.acl");
            Credentials.writePrivate(acl, out -> out.write(acl(credentials)));
            command.addAll(List.of("--aclfile", acl.toString()));
            // the append-only file holds every key: readable by the platform's user only, like the passwords
            Credentials.ownerOnly(data);
        }
        processes.spawn(name(), command, Map.of(), data);
    }

    /**
     * The users, in Redis 6.2's ACL language (the embedded binary's version). Each service reaches only its
     * own key patterns and channels; what could enumerate or reach other keys ({@code KEYS}, {@code SCAN},
     * {@code RANDOMKEY}, {@code SORT … GET}, {@code MIGRATE}) and server administration are refused to all of
     * them. Redis 6.2 cannot make a pattern read-only (Redis 7 selectors, {@code %R~}, can): the gateway,
     * which only reads {@code platform:access:*}, could also write it.
     */
    static String acl(Credentials credentials) {
        String services = " -@all +@connection +@read +@write +@transaction";
        String refused = " -@dangerous -@admin -scan -randomkey +info";
        var lines = new StringBuilder("user default off resetkeys resetchannels -@all\n");
        lines.append(user(credentials, "admin", "~* &* +@all"));
        lines.append(user(credentials, "monitor", "resetkeys resetchannels -@all +ping +info"));
        lines.append(user(
                credentials,
                "gateway",
                "resetkeys ~gateway:rate:* ~platform:access:* resetchannels &platform:access:changed" + services
                        + " +@scripting +@pubsub" + refused));
        lines.append(user(
                credentials,
                "tenant-service",
                "resetkeys ~tenant-tree:* ~platform:access:* resetchannels &platform:access:changed" + services
                        + " +@pubsub" + refused));
        lines.append(user(
                credentials,
                "case-service",
                // the outbox relay's stream (and the streams of its own tests name case-events-…), the lookup and
                // Open311 counters, and the suspended centers (an Open311 key of a suspended center is refused)
                "resetkeys ~case-events ~case-events-* ~case-service:* ~platform:access:* resetchannels" + services
                        + refused));
        lines.append(user(
                credentials,
                "search-service",
                // the indexer's consumer group on the stream, its dead letters (case-events-dead; the streams of
                // its own tests are case-events-…), the roll-ups' stale marks
                "resetkeys ~case-events ~case-events-* ~search:rollups:* resetchannels" + services + " +@scripting"
                        + refused));
        lines.append(user(
                credentials,
                "admin-console",
                // Spring Session's sessions (RedisSessionRepository: one hash a session)
                "resetkeys ~spring:session:* resetchannels" + services + refused));
        return lines.toString();
    }

    private static String user(Credentials credentials, String name, String rules) {
        String password = credentials
                .login(name)
                .orElseThrow(() -> new IllegalStateException("no Redis password for " + name))
                .password();
        return "user " + name + " on #" + sha256(password) + " " + rules + "\n";
    }

    private static String sha256(String password) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings the users of a Redis that was already running up to date with this code's {@link #acl} (a new
     * key pattern), by rewriting its ACL file and {@code ACL LOAD} as the admin.
     */
    @Override
    public void afterStart() {
        Credentials credentials = credentials();
        Path acl = Credentials.directory(instance).resolve("redis.acl");
        if (!credentials.enabled() || !Files.exists(acl)) {
            return;
        }
        try {
            if (Files.readString(acl).equals(acl(credentials))) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Credentials.writePrivate(acl, out -> out.write(acl(credentials)));
        String reply =
                Probes.redisCommand(host, port, credentials.login("admin").orElseThrow(), "ACL", "LOAD");
        if (!reply.equals("+OK")) {
            throw new IllegalStateException("Redis did not load its new users from " + acl + ": " + reply);
        }
    }

    /** This instance's Redis logins; none when it runs without credentials (started so before, or external). */
    Credentials credentials() {
        return external ? Credentials.none() : Credentials.read(instance, name());
    }

    @Override
    public boolean healthy() {
        return Probes.redisPing(host, port, credentials().login("monitor").orElse(null));
    }
}
