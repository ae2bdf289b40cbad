package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipFile;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Elasticsearch from the integ-test distribution on Maven Central (its version is the one of the Java
 * client Spring Boot manages), with our analysis plugin (smartcn, cjk) installed from this reactor. Each
 * instance has its own configuration, data and logs; the distribution is shared.
 *
 * <p>One it starts for the first time runs with security on (HTTP without TLS, bound to loopback only) and
 * the file realm's users of {@link #fileRealm}: search-service's, limited to its indices, a {@code monitor}
 * that reads cluster health and nothing else, and an {@code admin} (superuser) for operators. The native
 * realm and API keys need the {@code .security} index, which this distribution cannot create (its mapping
 * needs analysis-common's {@code pattern_capture}); docs/architecture.md says what a deployment does instead.
 */
final class Elasticsearch implements Component {

    private final Instance instance;
    private final Artifacts artifacts;
    private final String version;
    private final int port;

    Elasticsearch(Instance instance, Artifacts artifacts, String version) {
        this.instance = instance;
        this.artifacts = artifacts;
        this.version = version;
        this.port = Env.getInt("PLATFORM_ES_PORT", instance.port(9200));
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public String address() {
        return "http://localhost:" + port;
    }

    @Override
    public void start(Processes processes) {
        Path base = instance.unprivilegedHome();
        Path home = artifacts.unpackedZip(
                "org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + version + ":zip",
                base.resolve("cache").resolve("elasticsearch-" + version));
        installAnalysisPlugin(home);
        Path own = Instance.mkdirs(base.resolve(instance.name()).resolve("data").resolve("elasticsearch"));
        Path config = own.resolve("config");
        boolean fresh = !Files.exists(config.resolve("elasticsearch.yml"));
        if (fresh) {
            copyTree(home.resolve("config"), config);
            writeHeap(config);
        }
        Credentials credentials = Credentials.decide(instance, name(), fresh, Credentials.ELASTICSEARCH_USERS);
        if (credentials.enabled()) {
            fileRealm(config, credentials);
        }
        Path data = Instance.mkdirs(own.resolve("data"));
        Path logs = Instance.mkdirs(own.resolve("logs"));
        Unprivileged.own(own);
        if (credentials.enabled()) {
            // its indices: readable by the user it runs as only
            Credentials.ownerOnly(own);
        }
        processes.spawn(
                name(),
                Unprivileged.wrap(List.of(
                        home.resolve("bin/elasticsearch").toString(),
                        "-Ecluster.name=zongzhi-" + instance.name(),
                        "-Enode.name=local",
                        "-Ediscovery.type=single-node",
                        "-Enetwork.host=127.0.0.1",
                        "-Ehttp.port=" + port,
                        "-Etransport.port=" + (port + 100),
                        "-Expack.security.enabled=" + credentials.enabled(),
                        "-Expack.security.http.ssl.enabled=false",
                        "-Expack.security.transport.ssl.enabled=false",
                        "-Expack.security.authc.realms.file.local.order=0",
                        "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                        "-Epath.data=" + data,
                        "-Epath.logs=" + logs)),
                Map.of("ES_JAVA_HOME", System.getProperty("java.home"), "ES_PATH_CONF", config.toString()),
                home);
    }

    /**
     * search-service manages, reads and writes its indices (the benchmarks' too) and reads cluster health
     * and stats (its health check); the monitor reads cluster health and nothing else.
     */
    static final String ROLES = """
            # Written by the launcher (Elasticsearch.java) at every start; edits are lost.
            search_service:
              cluster: [monitor]
              indices:
                - names: [cases, "cases-*", case-rollups, export-audit, "bench-cases-*", "bench-export-*"]
                  privileges: [all]
            platform_monitor:
              cluster: ["cluster:monitor/health"]
            """;

    /** The roles of a running Elasticsearch brought up to date with this code's (it reloads the file itself). */
    @Override
    public void afterStart() {
        Path roles =
                instance.unprivilegedHome().resolve(instance.name()).resolve("data/elasticsearch/config/roles.yml");
        try {
            if (!credentials().enabled()
                    || !Files.exists(roles)
                    || Files.readString(roles).equals(ROLES)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Credentials.writePrivate(roles, out -> out.write(ROLES));
        Unprivileged.own(roles);
    }

    /** The file realm's roles, users (bcrypt hashes) and their roles, written at every start from the logins. */
    static void fileRealm(Path config, Credentials credentials) {
        Credentials.writePrivate(config.resolve("roles.yml"), out -> out.write(ROLES));
        var users = new StringBuilder();
        for (String user : Credentials.ELASTICSEARCH_USERS) {
            String password = credentials
                    .login(user)
                    .orElseThrow(() -> new IllegalStateException("no Elasticsearch password for " + user))
                    .password();
            users.append(user)
                    .append(':')
                    .append(BCrypt.hashpw(password, BCrypt.gensalt(10)))
                    .append('\n');
        }
        Credentials.writePrivate(config.resolve("users"), out -> out.write(users.toString()));
        Credentials.writePrivate(config.resolve("users_roles"), out -> out.write("""
                search_service:search-service
                platform_monitor:monitor
                superuser:admin
                """));
    }

    /** This instance's Elasticsearch logins; none when it runs without credentials (it started so before). */
    Credentials credentials() {
        return Credentials.read(instance, name());
    }

    private static void writeHeap(Path config) {
        try {
            Path options = Files.createDirectories(config.resolve("jvm.options.d"));
            Files.writeString(
                    options.resolve("platform-heap.options"),
                    "-Xms" + Env.get("PLATFORM_ES_HEAP", "512m") + "\n-Xmx" + Env.get("PLATFORM_ES_HEAP", "512m")
                            + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs (or replaces, when it was rebuilt) the platform's analysis plugin. */
    private void installAnalysisPlugin(Path home) {
        Path zip = analysisPluginZip();
        String digest = Artifacts.sha256(zip);
        Path marker = home.resolve(".platform-analysis.sha256");
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(digest)) {
                return;
            }
            String pluginName = pluginName(zip);
            Map<String, String> env = Map.of("ES_JAVA_HOME", System.getProperty("java.home"));
            if (Files.exists(home.resolve("plugins").resolve(pluginName))) {
                Processes.runToCompletion(
                        List.of(home.resolve("bin/elasticsearch-plugin").toString(), "remove", pluginName), home, env);
            }
            System.out.println("  installing the analysis plugin " + pluginName + " into Elasticsearch…");
            Processes.runToCompletion(
                    List.of(
                            home.resolve("bin/elasticsearch-plugin").toString(),
                            "install",
                            "--batch",
                            zip.toUri().toString()),
                    home,
                    env);
            Files.writeString(marker, digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path analysisPluginZip() {
        Path target = instance.root().resolve("infra/es-analysis-plugin/target");
        Path found = findZip(target);
        if (found == null) {
            System.out.println("  building the analysis plugin…");
            Processes.runToCompletion(
                    List.of(
                            instance.root().resolve("mvnw").toString(),
                            "-q",
                            "-B",
                            "-DskipTests",
                            "-pl",
                            "infra/es-analysis-plugin",
                            "-am",
                            "package"),
                    instance.root(),
                    null);
            found = findZip(target);
        }
        if (found == null) {
            throw new IllegalStateException("no plugin zip in " + target + " after building it");
        }
        return found;
    }

    private static Path findZip(Path target) {
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(target, "*.zip")) {
            for (Path zip : zips) {
                return zip;
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pluginName(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (String descriptor : List.of("plugin-descriptor.properties", "stable-plugin-descriptor.properties")) {
                var entry = file.getEntry(descriptor);
                if (entry != null) {
                    try (InputStream in = file.getInputStream(entry)) {
                        var properties = new Properties();
                        properties.load(in);
                        return properties.getProperty("name");
                    }
                }
            }
        }
        throw new IllegalStateException(zip + " has no plugin descriptor");
    }

    private static void copyTree(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean healthy() {
        String body = Probes.httpBody(
                address() + "/_cluster/health", credentials().login("monitor").orElse(null));
        return body.contains("\"status\":\"green\"") || body.contains("\"status\":\"yellow\"");
    }
}
