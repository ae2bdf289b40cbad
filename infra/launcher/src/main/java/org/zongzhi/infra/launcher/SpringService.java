package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the platform's own Spring Boot services, run from the jar its module built. */
final class SpringService implements Component {

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> env;

    SpringService(Instance instance, String module, int port, Map<String, String> env) {
        this.name = module;
        this.jar = instance.root().resolve(module).resolve("target").resolve(module + ".jar");
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

    @Override
    public void start(Processes processes) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the platform first (./platform up builds it)");
        }
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx" + Env.get("PLATFORM_SERVICE_HEAP", "384m"),
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString(),
                "--server.port=" + port));
        try {
            processes.spawn(name, command, env, Files.createDirectories(jar.getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean healthy() {
        return Probes.httpStatus(address() + "/actuator/health") == 200;
    }
}
