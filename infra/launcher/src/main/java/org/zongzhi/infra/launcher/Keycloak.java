package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from {@code keycloak-quarkus-dist} on Maven Central, one copy per instance (it keeps its
 * database inside its home). The platform realm is imported from {@code infra/keycloak}; when that file
 * changes, the realm is re-imported over the old one before the next start.
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

    private static Map<String, String> environment() {
        var env = new HashMap<String, String>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx" + Env.get("PLATFORM_KEYCLOAK_HEAP", "512m"));
        // Demo-only bootstrap administrator for the local Keycloak console (see infra/keycloak/README.md).
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return env;
    }

    /** The realm file changed since Keycloak started: it must re-import it. */
    @Override
    public boolean outdated(ProcessHandle running) {
        Path marker = instance.home().resolve("keycloak/data/.realm.sha256");
        try {
            return Files.exists(marker)
                    && !Files.readString(marker)
                            .equals(Artifacts.sha256(instance.root().resolve("infra/keycloak/zongzhi-realm.json")));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean healthy() {
        return Probes.httpStatus(issuer() + "/.well-known/openid-configuration") == 200;
    }
}
