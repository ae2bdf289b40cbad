package org.zongzhi.infra.launcher;

import java.util.List;
import java.util.Map;

/** Redis: the server already answering at the configured address, or the binary shipped in embedded-redis. */
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
        var data = instance.data("redis");
        processes.spawn(
                name(),
                List.of(
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
                        "no"),
                Map.of(),
                data);
    }

    @Override
    public boolean healthy() {
        return Probes.redisPing(host, port);
    }
}
