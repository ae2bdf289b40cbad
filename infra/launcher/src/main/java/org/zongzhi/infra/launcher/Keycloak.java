package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak from {@code keycloak-quarkus-dist} on Maven Central, one copy per instance (it keeps its
 * database inside its home). The platform realm is imported from {@code infra/keycloak}; when that file
 * changes, the realm is re-imported over the old one before the next start. The platform's themes
 * ({@code infra/keycloak/themes}) are copied into Keycloak's {@code themes/} at every start, and a
 * running Keycloak whose copy differs from them is restarted.
 */
final class Keycloak implements Component {

    static final String REALM = "zongzhi";

    private final Instance instance;
    private final Artifacts artifacts;
    private final String version;
    private final int port;

    Keycloak(Instance instance, Artifacts artifacts, String version) {
        this.instance = instance;
        this.artifacts = artifacts;
        this.version = version;
        this.port = Env.getInt("PLATFORM_KEYCLOAK_PORT", instance.port(8180));
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public String address() {
        return "http://localhost:" + port;
    }

    String issuer() {
        return address() + "/realms/" + REALM;
    }

    @Override
    public void start(Processes processes) {
        Path home = artifacts.unpackedZip(
                "org.keycloak:keycloak-quarkus-dist:" + version + ":zip",
                instance.home().resolve("keycloak"));
        copyThemes(home);
        Path realm = instance.root().resolve("infra/keycloak/zongzhi-realm.json");
        Path imports = Instance.mkdirs(home.resolve("data/import"));
        Path marker = home.resolve("data/.realm.sha256");
        String digest = Artifacts.sha256(realm);
        boolean databaseExists = Files.isDirectory(home.resolve("data/h2"));
        try {
            Files.copy(realm, imports.resolve("zongzhi-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            if (databaseExists
                    && Files.exists(marker)
                    && !Files.readString(marker).equals(digest)) {
                System.out.println("  the realm file changed: re-importing it into Keycloak…");
                Processes.runToCompletion(
                        List.of(
                                home.resolve("bin/kc.sh").toString(),
                                "import",
                                "--file",
                                imports.resolve("zongzhi-realm.json").toString(),
                                "--override",
                                "true"),
                        home,
                        environment());
            }
            Files.writeString(marker, digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        processes.spawn(
                name(),
                List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--import-realm",
                        "--http-port=" + port,
                        "--http-management-port=" + (port + 1),
                        "--hostname=" + address(),
                        "--health-enabled=true"),
                environment(),
                home);
    }

    private Path themes() {
        return instance.root().resolve("infra/keycloak/themes");
    }

    /** Replaces each of our themes in Keycloak's home with the checkout's, so removed files go too. */
    private void copyThemes(Path home) {
        try (Stream<Path> ours = Files.list(themes())) {
            for (Path theme : ours.filter(Files::isDirectory).toList()) {
                Path target = home.resolve("themes").resolve(theme.getFileName().toString());
                Artifacts.deleteTree(target);
                try (Stream<Path> files = Files.walk(theme)) {
                    for (Path file : files.toList()) {
                        Path copy = target.resolve(theme.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One digest over every file of our themes (path and content), to notice a changed theme. */
    private static String digest(Path themes) {
        try (Stream<Path> files = Files.walk(themes)) {
            var all = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(themes.relativize(file))
                        .append('=')
                        .append(Artifacts.sha256(file))
                        .append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> environment() {
        var env = new HashMap<String, String>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx" + Env.get("PLATFORM_KEYCLOAK_HEAP", "512m"));
        // Demo-only bootstrap administrator for the local Keycloak console (see infra/keycloak/README.md).
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return env;
    }

    /** The realm file changed since Keycloak started (it must re-import it), or one of our themes did. */
    @Override
    public boolean outdated(ProcessHandle running) {
        Path home = instance.home().resolve("keycloak");
        Path marker = home.resolve("data/.realm.sha256");
        try {
            boolean realmChanged = Files.exists(marker)
                    && !Files.readString(marker)
                            .equals(Artifacts.sha256(instance.root().resolve("infra/keycloak/zongzhi-realm.json")));
            return realmChanged || themesChanged(home);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean themesChanged(Path home) {
        try (Stream<Path> ours = Files.list(themes())) {
            for (Path theme : ours.filter(Files::isDirectory).toList()) {
                Path copy = home.resolve("themes").resolve(theme.getFileName().toString());
                if (!Files.isDirectory(copy) || !digest(theme).equals(digest(copy))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean healthy() {
        return Probes.httpStatus(issuer() + "/.well-known/openid-configuration") == 200;
    }
}
