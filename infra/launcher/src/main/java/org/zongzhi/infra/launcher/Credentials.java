package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The logins of one instance's Redis and Elasticsearch: random passwords made when the backing service
 * first starts, kept in {@code .platform/<instance>/credentials/<redis|elasticsearch>.properties} (directory
 * 0700, files 0600, so only the user who runs the platform reads them). The launcher passes each service its
 * own login through the environment, test-support hands the same to every in-process Spring context.
 *
 * <p>No file, no credentials: a backing service that first started before credentials existed keeps
 * running open, exactly as before (see {@link #decide}).
 */
public final class Credentials {

    /** A user and its password. */
    public record Login(String username, String password) {

        @Override
        public String toString() {
            return username + ":***";
        }
    }

    /** Redis's users: one a service, the launcher's health probe, and an operator's. */
    static final List<String> REDIS_USERS =
            List.of("gateway", "tenant-service", "case-service", "search-service", "admin-console", "monitor", "admin");

    /** Elasticsearch's users: search-service (the only service that talks to it), the health probe, an operator. */
    static final List<String> ELASTICSEARCH_USERS = List.of("search-service", "monitor", "admin");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> passwords;

    private Credentials(Map<String, String> passwords) {
        this.passwords = passwords;
    }

    static Credentials none() {
        return new Credentials(Map.of());
    }

    public Optional<Login> login(String username) {
        return Optional.ofNullable(passwords.get(username)).map(p -> new Login(username, p));
    }

    public boolean enabled() {
        return !passwords.isEmpty();
    }

    static Path directory(Instance instance) {
        return instance.home().resolve("credentials");
    }

    static Path file(Instance instance, String backing) {
        return directory(instance).resolve(backing + ".properties");
    }

    /** What is on disk for this backing service; none when it runs without credentials. */
    static Credentials read(Instance instance, String backing) {
        Path file = file(instance, backing);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var passwords = new LinkedHashMap<String, String>();
        properties.stringPropertyNames().forEach(name -> passwords.put(name, properties.getProperty(name)));
        return new Credentials(Map.copyOf(passwords));
    }

    /**
     * Whether a backing service about to be started by the launcher gets credentials: yes when it has them
     * already, when it starts for the first time ({@code fresh}: no data yet), or when
     * {@code PLATFORM_CREDENTIALS=generate} asks for them on an existing instance. A service that ran open
     * before stays open, so what already talks to it without a password keeps working.
     */
    static Credentials decide(Instance instance, String backing, boolean fresh, List<String> users) {
        Path file = file(instance, backing);
        if (Files.isRegularFile(file) || fresh || "generate".equals(Env.get("PLATFORM_CREDENTIALS", ""))) {
            return readOrCreate(instance, backing, users);
        }
        System.out.println("  " + backing + " of '" + instance.name() + "' ran without credentials before:"
                + " it stays open (PLATFORM_CREDENTIALS=generate at its next start gives it credentials)");
        return none();
    }

    private static Credentials readOrCreate(Instance instance, String backing, List<String> users) {
        Credentials existing = read(instance, backing);
        var passwords = new TreeMap<>(existing.passwords);
        boolean added = false;
        for (String user : users) {
            if (!passwords.containsKey(user)) {
                passwords.put(user, randomPassword());
                added = true;
            }
        }
        if (added) {
            var properties = new Properties();
            properties.putAll(passwords);
            writePrivate(
                    file(instance, backing),
                    out -> properties.store(
                            out,
                            "Generated by the launcher for " + backing + " of the '" + instance.name()
                                    + "' instance; keep private"));
        }
        return new Credentials(Map.copyOf(passwords));
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A directory only its owner may enter (a backing service's data, once it has credentials). */
    static void ownerOnly(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Writing {
        void to(java.io.Writer out) throws IOException;
    }

    /** Writes a file only its owner can read (in a directory only its owner can enter), atomically. */
    static void writePrivate(Path file, Writing writing) {
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Path temp = Files.createTempFile(
                    dir,
                    file.getFileName().toString(),
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (var out = Files.newBufferedWriter(temp)) {
                writing.to(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
