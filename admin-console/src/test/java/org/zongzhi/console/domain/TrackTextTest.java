package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackTextTest {

    @Test
    void theGatewaysLimitSaysWhenToTryAgain() {
        assertThat(TrackText.of(429, "rate-limited", null, 3)).isEqualTo("查询太频繁了，请 3 秒后再试。");
        assertThat(TrackText.of(429, "rate-limited", null, null)).isEqualTo("查询太频繁了，请 1 秒后再试。");
    }

    @Test
    void aLockedCodeIsNotTheSameAsGoingTooFast() {
        assertThat(TrackText.of(429, "too-many-attempts", null, null)).contains("一小时后再试");
    }

    @Test
    void aWrongSecretAndAnUnknownCodeReadTheSame() {
        assertThat(TrackText.of(404, "not-found", null, null)).isEqualTo(TrackText.NOT_FOUND);
        assertThat(TrackText.of(400, "invalid-request", "secret", null)).isEqualTo(TrackText.BAD_SECRET);
        assertThat(TrackText.of(503, "unavailable", null, null)).isEqualTo(TrackText.UNAVAILABLE);
    }
}
