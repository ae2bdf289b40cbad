package org.zongzhi.infra.launcher;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./platform up | down | status | backing} for the {@code dev} instance, or with {@code --test}
 * for the instance the tests use.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        String command =
                arguments.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("help");
        Instance instance = Instance.named(
                arguments.contains("--test")
                        ? "test"
                        : arguments.contains("--fault") ? "fault" : arguments.contains("--secure") ? "secure" : "dev",
                Instance.findRoot());
        var platform = new Platform(instance);
        try {
            switch (command) {
                case "up" -> up(platform);
                case "backing" -> {
                    long start = System.nanoTime();
                    platform.ensureBacking();
                    System.out.printf("backing services of '%s' ready in %ds%n", instance.name(), seconds(start));
                }
                case "down" -> platform.down();
                case "import-divisions" -> {
                    String file = arguments.stream()
                            .filter(a -> !a.startsWith("--"))
                            .skip(1)
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "usage: ./platform import-divisions <file.csv[.gz]> [--test]"));
                    long start = System.nanoTime();
                    platform.importDivisions(java.nio.file.Path.of(Env.get("PLATFORM_CALLER_DIR", "."))
                            .resolve(file));
                    System.out.printf("imported %s in %ds%n", file, seconds(start));
                }
                case "status" ->
                    platform.status().forEach((name, state) -> System.out.printf("%-16s %s%n", name, state));
                default -> {
                    System.out.println(
                            "usage: ./platform up|down|status|backing|logs <service>|import-divisions <file> [--test]");
                    System.exit(command.equals("help") ? 0 : 2);
                }
            }
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("✗ " + e.getMessage());
            System.err.println("  logs: " + instance.logs());
            System.exit(1);
        }
    }

    private static void up(Platform platform) {
        long start = System.nanoTime();
        System.out.println("Starting the backing services (PostgreSQL, Redis, Elasticsearch, Keycloak)…");
        Platform.Backing backing = platform.ensureBacking();
        System.out.println("Starting the platform's services…");
        platform.ensureServices(Platform.SERVICES);
        String gateway = "http://localhost:" + platform.port("gateway");
        int demo = DemoCases.takeIn(gateway, backing.issuer());
        if (demo > 0) {
            System.out.println("Took in " + demo + " demo cases through the gateway (the seed article's disputes).");
        }
        System.out.printf(
                """

                The platform is up (%ds). Logs: %s

                  Console   %s/
                  Gateway   %s/api/…   (e.g. %s/api/tenants/whoami with a bearer token)
                  Keycloak  %s/admin/   (admin / admin, demo only)

                Demo accounts (password Demo#2026, demo only; see infra/keycloak/README.md):
                  province.admin   山西省 14              province-admin
                  changzhi.admin   长治市 1404            city-admin
                  shangdang.admin  上党区 140404          county-admin
                  handian.admin    韩店街道 140404001     center-admin
                  changan.grid     长安社区 140404001001  grid-worker
                  yongji.admin     永济市 140881          county-admin

                ./platform status · ./platform logs <service> · ./platform down
                """, seconds(start), platform.instance().logs(), gateway, gateway, gateway, backing.keycloakUrl());
    }

    private static long seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
    }
}
