package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void instantsAreShownInChinaStandardTime() {
        assertThat(Times.minute("2026-11-27T10:43:12.858Z")).isEqualTo("2026-11-27 18:43");
        assertThat(Times.day("2026-11-27T17:00:00Z")).isEqualTo("2026-11-28");
        assertThat(Times.minute(null)).isEqualTo("—");
        assertThat(Times.minute("not a time")).isEqualTo("not a time");
    }

    @Test
    void remainingAndOverdue() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(Times.remaining("2026-11-27T14:43:00Z", now)).isEqualTo("剩余 4 小时 43 分");
        assertThat(Times.remaining("2026-11-27T10:05:00Z", now)).isEqualTo("剩余 5 分");
        assertThat(Times.remaining("2026-11-25T08:00:00Z", now)).isEqualTo("已超时 2 天 2 小时");
        assertThat(Times.remaining(null, now)).isEqualTo("—");
    }

    @Test
    void limits() {
        assertThat(Times.limit("H:4")).isEqualTo("4 小时");
        assertThat(Times.limit("D:3")).isEqualTo("3 个工作日");
        assertThat(Times.limit(null)).isEqualTo("—");
    }
}
