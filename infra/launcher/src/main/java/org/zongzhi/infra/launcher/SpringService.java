package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the platform's own Spring Boot services, run from the jar its module built. */
final class SpringService implements Component {

    private final String name;
    private final Path jar;
    private final Path runningCopy;
    private final int port;
    private final Map<String, String> env;

    SpringService(Instance instance, String module, int port, Map<String, String> env) {
        this(instance, module, module, port, env);
    }

    /** A second process of a module under another name (e.g. a gateway in front of one service under test). */
    SpringService(Instance instance, String name, String module, int port, Map<String, String> env) {
        this.name = name;
        this.jar = instance.root().resolve(module).resolve("target").resolve(module + ".jar");
        this.runningCopy = instance.home().resolve("jars").resolve(name + ".jar");
        this.port = port;
        this.env = env;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String address() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    Map<String, String> environment() {
        return env;
    }

    /**
     * Starts a copy of the module's jar, not the jar itself: a rebuild of the module while the service runs
     * (another build in the same checkout) would otherwise change the classes under the running process.
     */
    @Override
    public void start(Processes processes) {
        try {
            requireJar();
            Files.createDirectories(runningCopy.getParent());
            Path partial = runningCopy.resolveSibling(runningCopy.getFileName() + ".partial");
            Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, runningCopy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            processes.spawn(
                    name, command(runningCopy, "--server.port=" + port), env, Files.createDirectories(jar.getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the service's jar once in the foreground with the given arguments (a command such as an import). */
    int runOnce(List<String> arguments) {
        requireJar();
        var command = command(jar, arguments.toArray(String[]::new));
        var builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void requireJar() {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the platform first (./platform up builds it)");
        }
    }

    private List<String> command(Path jar, String... arguments) {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx" + Env.get("PLATFORM_SERVICE_HEAP", "384m"),
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** True when the jar changed after the running process started, so it runs old code. */
    @Override
    public boolean outdated(ProcessHandle process) {
        try {
            var started = process.info().startInstant();
            return started.isPresent()
                    && Files.exists(jar)
                    && Files.getLastModifiedTime(jar).toInstant().isAfter(started.get());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean healthy() {
        return Probes.httpStatus(address() + "/actuator/health") == 200;
    }
}
