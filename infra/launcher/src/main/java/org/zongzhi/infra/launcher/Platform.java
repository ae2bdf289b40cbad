package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The local platform of one instance: what to start, in which order, with which settings, and how to
 * wait for it. The command line ({@link Launcher}) and the tests (through test-support) both use it, so
 * tests run against exactly what users run.
 */
public final class Platform {

    /** The platform's own services, in start order; the gateway last since it fronts the others. */
    public static final List<String> SERVICES =
            List.of("tenant-service", "case-service", "search-service", "admin-console", "gateway");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(Env.getInt("PLATFORM_START_TIMEOUT", 420));

    private final Instance instance;
    private final Processes processes;
    private final Postgres postgres;
    private final Redis redis;
    private final Elasticsearch elasticsearch;
    private final Keycloak keycloak;

    public Platform(Instance instance) {
        this.instance = instance;
        this.processes = new Processes(instance);
        Properties versions = versions();
        var artifacts = new Artifacts(instance);
        this.postgres = new Postgres(instance, versions.getProperty("postgres.version"));
        this.redis = new Redis(instance, versions.getProperty("redis.binary"));
        this.elasticsearch = new Elasticsearch(instance, artifacts, versions.getProperty("elasticsearch.version"));
        this.keycloak = new Keycloak(instance, artifacts, versions.getProperty("keycloak.version"));
    }

    public Instance instance() {
        return instance;
    }

    /** Where the backing services answer; what services and tests are configured with. */
    public record Backing(
            String tenantJdbcUrl,
            String caseJdbcUrl,
            String databaseUser,
            String databasePassword,
            String redisHost,
            int redisPort,
            String elasticsearchUrl,
            String keycloakUrl,
            String issuer,
            Credentials redisCredentials,
            Credentials elasticsearchCredentials) {

        /**
         * The Redis login of a service (by its {@code spring.application.name}); empty when this instance's
         * Redis runs without credentials.
         */
        public java.util.Optional<Credentials.Login> redisLogin(String service) {
            return redisCredentials.login(service);
        }

        /** The Elasticsearch login of a user (search-service, monitor, admin); empty when ES runs open. */
        public java.util.Optional<Credentials.Login> elasticsearchLogin(String user) {
            return elasticsearchCredentials.login(user);
        }
    }

    public Backing backing() {
        return new Backing(
                postgres.jdbcUrl("tenant"),
                postgres.jdbcUrl("case"),
                Postgres.APP_USER,
                Postgres.APP_PASSWORD,
                redis.host(),
                redis.port(),
                elasticsearch.address(),
                keycloak.address(),
                keycloak.issuer(),
                redis.credentials(),
                elasticsearch.credentials());
    }

    /**
     * Starts PostgreSQL, Redis, Elasticsearch and Keycloak unless they already run, and waits until they
     * answer. Safe to call from several processes at once: one starts them, the others wait.
     */
    public Backing ensureBacking() {
        return locked(() -> {
            startAndWait(List.of(postgres, redis, elasticsearch, keycloak));
            return backing();
        });
    }

    /** Starts the given services of ours (those not already running) and waits for their health. */
    public void ensureServices(List<String> names) {
        locked(() -> {
            startAndWait(names.stream().map(this::service).toList());
            return null;
        });
    }

    /**
     * Starts a gateway of its own in front of services running elsewhere (a service under test on a random
     * port), so tests go through the same edge users do. Returns its base URL; stop it with
     * {@link #stopServices}.
     */
    public String startGateway(String name, int port, Map<String, String> serviceUrls) {
        Map<String, String> env = new HashMap<>(service("gateway").environment());
        env.putAll(serviceUrls);
        var gateway = new SpringService(instance, name, "gateway", port, env);
        locked(() -> {
            startAndWait(List.of(gateway));
            return null;
        });
        return gateway.address();
    }

    public void up() {
        ensureBacking();
        ensureServices(SERVICES);
    }

    /** Stops what this instance started, services first (also extra ones such as test gateways); data stays. */
    public void down() {
        for (String extra : processes.startedNames()) {
            if (!SERVICES.contains(extra)
                    && !List.of("keycloak", "elasticsearch", "redis", "postgres")
                            .contains(extra)) {
                if (processes.stop(extra, "TERM", Duration.ofSeconds(20))) {
                    System.out.println("stopped " + extra);
                }
            }
        }
        var order = new ArrayList<Component>();
        SERVICES.reversed().forEach(name -> order.add(service(name)));
        order.addAll(List.of(keycloak, elasticsearch, redis, postgres));
        for (Component component : order) {
            if (processes.stop(component.name(), component.stopSignal(), Duration.ofSeconds(30))) {
                System.out.println("stopped " + component.name());
            }
        }
    }

    public void stopServices(List<String> names) {
        for (String name : names) {
            processes.stop(name, "TERM", Duration.ofSeconds(20));
        }
    }

    /**
     * Kills a process of this instance with {@code kill -9} (it and its descendants, no grace), as a crash
     * would: a backing service ({@code postgres}, {@code redis}, {@code elasticsearch}, {@code keycloak}) or
     * one of {@link #SERVICES}. {@link #ensureBacking} or {@link #ensureServices} starts it again. For the
     * fault tests; returns false when it was not running.
     */
    public boolean kill(String name) {
        if (!SERVICES.contains(name)
                && !List.of("keycloak", "elasticsearch", "redis", "postgres").contains(name)) {
            throw new IllegalArgumentException("no process named " + name);
        }
        return locked(() -> processes.stop(name, "KILL", Duration.ofSeconds(10)));
    }

    /** The pid of a process this instance started and that still runs. */
    public java.util.OptionalLong pid(String name) {
        return processes
                .running(name)
                .map(p -> java.util.OptionalLong.of(p.pid()))
                .orElse(java.util.OptionalLong.empty());
    }

    /**
     * Imports a division file into the center tree (e.g. all of China for scale tests) by running the
     * tenant service once in command mode against this instance's database.
     */
    public void importDivisions(java.nio.file.Path file) {
        if (!java.nio.file.Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        ensureBacking();
        int exit = service("tenant-service")
                .runOnce(List.of(
                        "--spring.main.web-application-type=none",
                        "--platform.import-divisions=" + file.toAbsolutePath()));
        if (exit != 0) {
            throw new IllegalStateException("the import failed (exit code " + exit + "); see the output above");
        }
    }

    public Map<String, String> status() {
        var result = new LinkedHashMap<String, String>();
        var all = new ArrayList<Component>(List.of(postgres, redis, elasticsearch, keycloak));
        SERVICES.forEach(name -> all.add(service(name)));
        for (Component component : all) {
            var pid = processes.running(component.name());
            String state;
            if (pid.isPresent()) {
                state = (component.healthy() ? "up" : "starting/unhealthy") + " (pid "
                        + pid.get().pid() + ")";
            } else if (component.healthy()) {
                state = "up (not started by this launcher)";
            } else {
                state = "stopped";
            }
            result.put(component.name(), String.format("%-20s %s", state, component.address()));
        }
        return result;
    }

    public int port(String service) {
        return service(service).port();
    }

    SpringService service(String name) {
        Backing backing = backing();
        Map<String, String> env = new HashMap<>();
        env.put("PLATFORM_SECURITY_ISSUER", backing.issuer());
        env.put("SPRING_DATA_REDIS_HOST", backing.redisHost());
        env.put("SPRING_DATA_REDIS_PORT", Integer.toString(backing.redisPort()));
        // each service its own Redis user (Redis.acl); none when this instance's Redis runs without credentials
        backing.redisLogin(name).ifPresent(login -> {
            env.put("SPRING_DATA_REDIS_USERNAME", login.username());
            env.put("SPRING_DATA_REDIS_PASSWORD", login.password());
        });
        int port = switch (name) {
            case "gateway" -> 8080;
            case "tenant-service" -> 8081;
            case "case-service" -> 8082;
            case "search-service" -> 8083;
            case "admin-console" -> 8084;
            default -> throw new IllegalArgumentException("no service named " + name + "; known: " + SERVICES);
        };
        if (!name.equals("gateway")) {
            // Only the gateway is reachable from outside this machine.
            env.put("SERVER_ADDRESS", "127.0.0.1");
        }
        switch (name) {
            case "tenant-service" -> {
                database(env, backing.tenantJdbcUrl(), backing);
                // the case measures of a conformance round come from this instance's search-service
                env.put("SEARCH_SERVICE_URL", "http://localhost:" + instance.port(8083));
                if (instance.name().equals("dev")) {
                    // The centers of the realm's demo accounts work on the platform from the start.
                    env.put(
                            "PLATFORM_DEMO_OPERATING_CENTERS",
                            "14,1404,140404,140404001,140404001001,140404001002,140881");
                }
            }
            case "case-service" -> database(env, backing.caseJdbcUrl(), backing);
            case "search-service" -> {
                env.put("SPRING_ELASTICSEARCH_URIS", backing.elasticsearchUrl());
                backing.elasticsearchLogin("search-service").ifPresent(login -> {
                    env.put("SPRING_ELASTICSEARCH_USERNAME", login.username());
                    env.put("SPRING_ELASTICSEARCH_PASSWORD", login.password());
                });
                // One indexer per instance under a fixed name: after a crash the new process re-reads what the
                // old one had read but not acknowledged at once, instead of claiming it a minute later.
                env.put("PLATFORM_INDEXER_CONSUMER", "search-service-" + instance.name());
                env.put("CASE_SERVICE_URL", "http://localhost:" + instance.port(8082));
            }
            case "admin-console" -> env.put("PLATFORM_GATEWAY_URL", "http://localhost:" + instance.port(8080));
            case "gateway" -> {
                env.put("TENANT_SERVICE_URL", "http://localhost:" + instance.port(8081));
                env.put("CASE_SERVICE_URL", "http://localhost:" + instance.port(8082));
                env.put("SEARCH_SERVICE_URL", "http://localhost:" + instance.port(8083));
                env.put("ADMIN_CONSOLE_URL", "http://localhost:" + instance.port(8084));
            }
            default -> {}
        }
        return new SpringService(instance, name, instance.port(port), env);
    }

    private static void database(Map<String, String> env, String url, Backing backing) {
        env.put("SPRING_DATASOURCE_URL", url);
        env.put("SPRING_DATASOURCE_USERNAME", backing.databaseUser());
        env.put("SPRING_DATASOURCE_PASSWORD", backing.databasePassword());
    }

    private void startAndWait(List<? extends Component> components) {
        var waiting = new ArrayList<Component>();
        for (Component component : components) {
            var running = processes.running(component.name());
            if (running.isPresent() && component.outdated(running.get())) {
                System.out.println("  " + component.name() + " changed since it started: restarting it");
                processes.stop(component.name(), component.stopSignal(), Duration.ofSeconds(20));
                running = java.util.Optional.empty();
            }
            if (running.isPresent()) {
                if (component.healthy()) {
                    continue;
                }
            } else {
                component.start(processes);
            }
            waiting.add(component);
        }
        new Waiter(processes, START_TIMEOUT).await(waiting);
        for (Component component : components) {
            component.afterStart();
        }
    }

    private interface Work<T> {
        T run();
    }

    private static final Object IN_PROCESS = new Object();

    private <T> T locked(Work<T> work) {
        synchronized (IN_PROCESS) {
            try (FileChannel channel = FileChannel.open(
                            instance.run().resolve("launcher.lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
                    var lock = channel.lock()) {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Properties versions() {
        try (InputStream in = Platform.class.getResourceAsStream("/launcher.properties")) {
            var properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
