package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

/**
 * One local platform: the {@code dev} instance the README's first command runs, the {@code test}
 * instance the test command provisions, or the {@code fault} instance the fault tests kill parts of. Each has its own data, logs and ports, so tests never touch the
 * demo data and both can run at once; the extracted distributions are shared.
 *
 * @param name dev, test or fault
 * @param root the repository's root directory
 * @param portOffset added to every default port (0 for dev, 20000 for test, 30000 for fault, 40000 for secure)
 */
public record Instance(String name, Path root, int portOffset) {

    public static Instance dev(Path root) {
        return new Instance("dev", root, 0);
    }

    public static Instance test(Path root) {
        return new Instance("test", root, 20000);
    }

    /** The instance the fault tests start, kill parts of and stop themselves, so nobody else's tests see it. */
    public static Instance fault(Path root) {
        return new Instance("fault", root, 30000);
    }

    /**
     * A spare instance for trying the platform as CI does on a clean clone (backing services with
     * credentials from their first start) while the test instance keeps running; tests select it with
     * {@code PLATFORM_TEST_INSTANCE=secure}.
     */
    public static Instance secure(Path root) {
        return new Instance("secure", root, 40000);
    }

    public static Instance named(String name, Path root) {
        return switch (name) {
            case "test" -> test(root);
            case "fault" -> fault(root);
            case "secure" -> secure(root);
            default -> dev(root);
        };
    }

    /** Finds the repository root from the working directory: the nearest directory holding {@code mvnw}. */
    public static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("infra"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Run this inside the platform repository (no mvnw found above "
                + Path.of("").toAbsolutePath() + ")");
    }

    public int port(int defaultPort) {
        return defaultPort + portOffset;
    }

    public Path home() {
        return root.resolve(".platform").resolve(name);
    }

    public Path cache() {
        return root.resolve(".platform").resolve("cache");
    }

    public Path logs() {
        return mkdirs(home().resolve("logs"));
    }

    public Path log(String component) {
        return logs().resolve(component + ".log");
    }

    public Path run() {
        return mkdirs(home().resolve("run"));
    }

    public Path data(String component) {
        return mkdirs(home().resolve("data").resolve(component));
    }

    /**
     * Where processes that must not run as root (PostgreSQL, Elasticsearch) keep their files. Under the
     * repository when an unprivileged user can reach it, otherwise under /var/tmp (a checkout in /root
     * is not reachable by {@code nobody}).
     */
    public Path unprivilegedHome() {
        if (!Unprivileged.needed() || reachableByOthers(root)) {
            return root.resolve(".platform");
        }
        return Path.of(
                "/var/tmp",
                "zongzhi-platform-" + Integer.toHexString(root.toString().hashCode()));
    }

    private static boolean reachableByOthers(Path dir) {
        try {
            for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
