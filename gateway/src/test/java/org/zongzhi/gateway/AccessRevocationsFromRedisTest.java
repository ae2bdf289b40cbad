package org.zongzhi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.zongzhi.gateway.domain.AccessRevocations;

/** When Redis cannot be read, the gateway keeps enforcing what it last knew (decision: fail open for changes since). */
class AccessRevocationsFromRedisTest {

    @Test
    void aReloadThatCannotReachRedisKeepsTheLastCopyInForce() {
        var factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("localhost", StubIssuerAndService.closedPort()),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofSeconds(1))
                        .build());
        factory.afterPropertiesSet();
        try {
            var revocations = new AccessRevocations();
            revocations.replace(new AccessRevocations.Snapshot(
                    Set.of("140404001001"),
                    Map.of("user-disabled", Instant.now().getEpochSecond()),
                    Instant.now()));
            var loader = new AccessRevocationsFromRedis(
                    new ReactiveStringRedisTemplate(factory),
                    revocations,
                    Duration.ofSeconds(2),
                    Duration.ofMinutes(10),
                    Duration.ofSeconds(1));

            loader.load().block(Duration.ofSeconds(5));

            assertThat(revocations.refusal("140404001001", "someone", Instant.now()))
                    .contains(AccessRevocations.Refusal.CENTER_SUSPENDED);
            assertThat(revocations.refusal(
                            "140404001002", "user-disabled", Instant.now().minusSeconds(5)))
                    .contains(AccessRevocations.Refusal.ACCOUNT_DISABLED);
            assertThat(revocations.refusal("140404001002", "someone-else", Instant.now()))
                    .isEmpty();
        } finally {
            factory.destroy();
        }
    }
}
