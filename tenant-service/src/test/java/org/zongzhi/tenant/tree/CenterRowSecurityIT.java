package org.zongzhi.tenant.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.testsupport.PlatformIntegrationTest;

/**
 * The second wall: PostgreSQL row-level security under the code. These queries deliberately forget every
 * tenant filter; what they see and change is still limited to what the caller's center may.
 */
@PlatformIntegrationTest
class CenterRowSecurityIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private <T> T as(String tenant, Supplier<T> work) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "RS256")
                .subject("rls-test")
                .claim("preferred_username", "rls-test")
                .claim("tenant", tenant)
                .claim("realm_access", Map.of("roles", List.of("center-admin")))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        return transactions.execute(tx -> work.get());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void aQueryWithoutATenantFilterSeesOnlyTheVillagesChain() {
        List<String> visible =
                as("140404001001", () -> jdbc.queryForList("select code from center order by code", String.class));

        assertThat(visible).containsExactly("14", "1404", "140404", "140404001", "140404001001");
    }

    @Test
    void aTownshipSeesItsVillagesButNotTheNeighbouringTownship() {
        long ownVillages = as("140404001", () -> count("select count(*) from center where code like '140404001%'"));
        long neighbours = as("140404001", () -> count("select count(*) from center where parent_code = '140404101'"));

        assertThat(ownVillages).isGreaterThan(1);
        assertThat(neighbours).isZero();
    }

    @Test
    void withoutACallerNothingIsVisible() {
        Long inTransaction = transactions.execute(tx -> count("select count(*) from center"));
        assertThat(inTransaction).isZero();
        assertThat(count("select count(*) from center")).isZero();
    }

    @Test
    void aSystemJobSeesTheWholeTree() {
        long all = TenantScope.asSystem("test", () -> transactions.execute(tx -> count("select count(*) from center")));

        assertThat(all).isGreaterThanOrEqualTo(23_380);
    }

    @Test
    void aCenterCannotChangeASiblingAParentOrItselfWhateverItsSqlSays() {
        int sibling = as("140404001001", () -> jdbc.update("update center set name = 'x' where code = '140404001002'"));
        int parent = as("140404001", () -> jdbc.update("update center set status = 'SUSPENDED' where code = '140404'"));
        int itself =
                as("140404001", () -> jdbc.update("update center set status = 'SUSPENDED' where code = '140404001'"));
        int deleted = as("14", () -> jdbc.update("delete from center where code = '140404001002'"));

        assertThat(List.of(sibling, parent, itself, deleted)).containsOnly(0);
        assertThat(as(
                        "140404001002",
                        () -> jdbc.queryForObject("select name from center where code = '140404001002'", String.class)))
                .isEqualTo("府后街社区居委会");
    }

    @Test
    void aCenterCannotInsertIntoTheTree() {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> as(
                "140404",
                () -> jdbc.update("insert into center (code, name, level, parent_code, path)"
                        + " values ('140404999', 'x', 'TOWNSHIP', '140404', '14.1404.140404.140404999')")));

        assertThat(refused).rootCause().hasMessageContaining("row-level security");
    }
}
