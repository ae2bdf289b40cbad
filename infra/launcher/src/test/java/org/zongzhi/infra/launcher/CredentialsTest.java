package org.zongzhi.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a backing service gets logins, where they are kept, and what Redis's ACL file makes of them. */
class CredentialsTest {

    @TempDir
    Path root;

    private Instance instance() {
        return new Instance("secure", root, 40000);
    }

    @Test
    void aFirstStartMakesRandomLoginsReadableByTheOwnerOnly() throws IOException {
        Credentials made = Credentials.decide(instance(), "redis", true, Credentials.REDIS_USERS);

        assertThat(made.enabled()).isTrue();
        var passwords = new HashSet<String>();
        for (String user : Credentials.REDIS_USERS) {
            String password = made.login(user).orElseThrow().password();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            passwords.add(password);
        }
        assertThat(passwords).as("a password a user").hasSize(Credentials.REDIS_USERS.size());
        Path file = Credentials.file(instance(), "redis");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void laterStartsKeepTheLoginsTheServicesAlreadyHave() {
        Credentials first = Credentials.decide(instance(), "elasticsearch", true, Credentials.ELASTICSEARCH_USERS);
        Credentials again = Credentials.decide(instance(), "elasticsearch", false, Credentials.ELASTICSEARCH_USERS);

        assertThat(again.login("search-service")).isEqualTo(first.login("search-service"));
        assertThat(Credentials.read(instance(), "elasticsearch").login("monitor"))
                .isEqualTo(first.login("monitor"));
    }

    @Test
    void aServiceThatRanOpenBeforeStaysOpen() {
        Credentials none = Credentials.decide(instance(), "redis", false, Credentials.REDIS_USERS);

        assertThat(none.enabled()).isFalse();
        assertThat(none.login("gateway")).isEmpty();
        assertThat(Files.exists(Credentials.file(instance(), "redis"))).isFalse();
        assertThat(Credentials.read(instance(), "redis").enabled()).isFalse();
    }

    @Test
    void redisTurnsTheDefaultUserOffAndKeepsEachServiceToItsKeys() {
        Credentials made = Credentials.decide(instance(), "redis", true, Credentials.REDIS_USERS);
        List<String> lines = Redis.acl(made).lines().toList();

        assertThat(lines.getFirst()).isEqualTo("user default off resetkeys resetchannels -@all");
        String password = made.login("gateway").orElseThrow().password();
        assertThat(lines).as("only hashes in the file").noneMatch(line -> line.contains(password));
        assertThat(line(lines, "gateway"))
                .contains("~gateway:rate:* ~platform:access:*", "&platform:access:changed", "-@dangerous", "-scan")
                .doesNotContain("~case-events", "~search:rollups", "~spring:session");
        assertThat(line(lines, "search-service"))
                .contains("~case-events ~case-events-* ~search:rollups:*")
                .doesNotContain("~gateway", "&");
        assertThat(line(lines, "admin-console")).contains("~spring:session:*").doesNotContain("~case-events");
        assertThat(line(lines, "monitor")).endsWith("-@all +ping +info");
    }

    private static String line(List<String> lines, String user) {
        return lines.stream()
                .filter(l -> l.startsWith("user " + user + " "))
                .findFirst()
                .orElseThrow();
    }
}
