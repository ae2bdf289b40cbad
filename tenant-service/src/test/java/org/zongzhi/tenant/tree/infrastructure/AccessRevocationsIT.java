package org.zongzhi.tenant.tree.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;

/**
 * What tenant-service tells the gateways, in the test instance's real Redis: a suspension puts the center and
 * its accounts' cutoffs there, a reactivation takes the center out; the reconciliation puts back a lost entry,
 * takes out one the database does not know as suspended, and prunes cutoffs no token can meet any more.
 */
@PlatformIntegrationTest
class AccessRevocationsIT {

    private static final String COUNTY = "140404";

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RedisAccessRevocations revocations;

    @Test
    void aSuspensionReachesRedisAndTheReconciliationHealsWhatWasLost() {
        String village = plannedVillage();
        String admin = "adm-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        assertThat(post(
                                village + "/onboarding",
                                Map.of(
                                        "displayName", village + " 综治中心",
                                        "address", "测试地址",
                                        "openedOn", "2026-01-01",
                                        "adminUsername", admin,
                                        "adminFullName", "测试管理员"))
                        .status())
                .isEqualTo(201);
        String adminId = KeycloakAdmin.findUser(admin).id();
        try {
            long before = Instant.now().getEpochSecond();
            assertThat(post(village + "/suspension", Map.of("reason", "整改")).status())
                    .isEqualTo(200);

            assertThat(redis.opsForZSet().score(RedisAccessRevocations.CENTERS, village))
                    .isNotNull();
            assertThat(redis.opsForZSet().score(RedisAccessRevocations.ACCOUNTS, adminId))
                    .isNotNull()
                    .isGreaterThanOrEqualTo((double) before);

            // a write lost (Redis flushed, down at that moment): the next reconciliation puts it back
            redis.opsForZSet().remove(RedisAccessRevocations.CENTERS, village);
            revocations.reconcile();
            assertThat(redis.opsForZSet().score(RedisAccessRevocations.CENTERS, village))
                    .isNotNull();

            assertThat(post(village + "/reactivation", Map.of("reason", "整改完成")).status())
                    .isEqualTo(200);
            assertThat(redis.opsForZSet().score(RedisAccessRevocations.CENTERS, village))
                    .isNull();
            assertThat(redis.opsForZSet().score(RedisAccessRevocations.ACCOUNTS, adminId))
                    .as("tokens from before the suspension stay refused")
                    .isNotNull();

            // an entry the database does not know as suspended goes; a cutoff older than any token goes too
            redis.opsForZSet().add(RedisAccessRevocations.CENTERS, "149999999999", before);
            redis.opsForZSet().add(RedisAccessRevocations.ACCOUNTS, "no-such-account-" + admin, before - 3600);
            revocations.reconcile();
            assertThat(redis.opsForZSet().score(RedisAccessRevocations.CENTERS, "149999999999"))
                    .isNull();
            assertThat(redis.opsForZSet().score(RedisAccessRevocations.ACCOUNTS, "no-such-account-" + admin))
                    .isNull();
            assertThat(redis.opsForZSet().score(RedisAccessRevocations.ACCOUNTS, adminId))
                    .isNotNull();
        } finally {
            KeycloakAdmin.deleteUser(adminId);
        }
    }

    /** A planned village of the county outside the demo chain (韩店街道 140404001), which other tests use. */
    private String plannedVillage() {
        Http.Response planned =
                Http.get(url(COUNTY + "/subtree?level=village&status=planned&size=200"), Tokens.of("shangdang.admin"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        for (var item : planned.json().get("items")) {
            String code = item.get("code").asString();
            if (!code.startsWith("140404001")) {
                return code;
            }
        }
        throw new AssertionError("no planned village in " + COUNTY + " outside the demo chain");
    }

    private Http.Response post(String path, Map<String, String> body) {
        return Http.postJson(url(path), Tokens.of("shangdang.admin"), Http.json(body));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/api/tenants/" + path;
    }
}
