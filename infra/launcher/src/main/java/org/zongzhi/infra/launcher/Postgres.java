package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL 17 from the zonky binaries on Maven Central, or the server already answering at the
 * configured address. Either way the services get their own databases and a login role that is neither
 * superuser nor allowed to bypass row-level security, so RLS actually applies to them.
 */
final class Postgres implements Component {

    static final String APP_USER = "zongzhi";
    static final String APP_PASSWORD = "zongzhi";
    static final List<String> DATABASES = List.of("tenant", "case");

    private final Instance instance;
    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final String version;
    private boolean external;

    Postgres(Instance instance, String version) {
        this.instance = instance;
        this.version = version;
        this.host = Env.get("PLATFORM_PG_HOST", "localhost");
        this.port = Env.getInt("PLATFORM_PG_PORT", instance.port(5432));
        this.adminUser = Env.get("PLATFORM_PG_ADMIN_USER", "platform");
        this.adminPassword = Env.get("PLATFORM_PG_ADMIN_PASSWORD", "platform");
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public String address() {
        return "jdbc:postgresql://" + host + ":" + port + "/{" + String.join(",", DATABASES) + "}";
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
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
        Path base = instance.unprivilegedHome();
        Path dist = base.resolve("cache").resolve("postgres-" + version);
        if (!Files.exists(dist.resolve("bin/postgres"))) {
            System.out.println("  unpacking PostgreSQL " + version + "…");
            Artifacts.untarXzResource("/postgres-linux-x86_64.txz", dist);
        }
        Path data =
                Instance.mkdirs(base.resolve(instance.name()).resolve("data").resolve("postgres"));
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(dist, data);
        }
        processes.spawn(
                name(),
                Unprivileged.wrap(List.of(
                        dist.resolve("bin/postgres").toString(),
                        "-D",
                        data.toString(),
                        "-p",
                        Integer.toString(port),
                        "-c",
                        "listen_addresses=127.0.0.1",
                        "-c",
                        "unix_socket_directories=",
                        "-c",
                        "max_connections=300",
                        "-c",
                        "shared_buffers=128MB")),
                Map.of("LC_ALL", "C"),
                dist);
    }

    private void initdb(Path dist, Path data) {
        System.out.println("  creating the PostgreSQL cluster in " + data + "…");
        try {
            Path pwfile = data.resolveSibling("initdb.pw");
            Files.writeString(pwfile, adminPassword);
            Unprivileged.own(data, pwfile);
            Processes.runToCompletion(
                    Unprivileged.wrap(List.of(
                            dist.resolve("bin/initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            adminUser,
                            "--pwfile=" + pwfile,
                            "-A",
                            "scram-sha-256",
                            "-E",
                            "UTF8",
                            "--locale=C")),
                    dist,
                    Map.of("LC_ALL", "C"));
            Files.delete(pwfile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean healthy() {
        if (!Probes.tcp(host, port)) {
            return false;
        }
        try (Connection c = admin("postgres")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void afterStart() {
        try (Connection c = admin("postgres")) {
            var role = c.prepareStatement("select 1 from pg_roles where rolname = ?");
            role.setString(1, APP_USER);
            if (!role.executeQuery().next()) {
                c.createStatement()
                        .execute("create role " + APP_USER + " login nosuperuser nobypassrls password '" + APP_PASSWORD
                                + "'");
            }
            for (String database : DATABASES) {
                var exists = c.prepareStatement("select 1 from pg_database where datname = ?");
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    c.createStatement().execute("create database \"" + database + "\" owner " + APP_USER);
                    System.out.println("  created database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + host + ":" + port + " refused the admin login '" + adminUser
                            + "' (set PLATFORM_PG_ADMIN_USER / PLATFORM_PG_ADMIN_PASSWORD): " + e.getMessage(),
                    e);
        }
    }

    private Connection admin(String database) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }

    @Override
    public String stopSignal() {
        return "INT";
    }
}
