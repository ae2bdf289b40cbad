package org.zongzhi.search.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zongzhi.platform.tenancy.TenantCode;

class RollupKeyTest {

    @Test
    void aVillagesCaseCountsInItsCountysRollupOfItsDayInChina() {
        // 00:30 on 1 June in China is still 31 May in UTC
        RollupKey key = RollupKey.of("140404001001", Instant.parse("2026-05-31T16:30:00Z"));

        assertThat(key.center()).isEqualTo("140404");
        assertThat(key.day()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(key.start()).isEqualTo(Instant.parse("2026-05-31T16:00:00Z"));
        assertThat(RollupKey.parse(key.id())).isEqualTo(key);
    }

    @Test
    void aCityOrTheProvinceThatTookACaseInKeepsItsOwnRollup() {
        assertThat(RollupKey.of("1404", Instant.parse("2026-06-01T02:00:00Z")).center())
                .isEqualTo("1404");
        assertThat(RollupKey.of("14", Instant.parse("2026-06-01T02:00:00Z")).center())
                .isEqualTo("14");
        assertThatThrownBy(() -> new RollupKey("140404001", LocalDate.of(2026, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyRollupsWithinASubtreeBelongToIt() {
        RollupKey county = new RollupKey("140404", LocalDate.of(2026, 6, 1));

        assertThat(county.within(TenantCode.of("1404"))).isTrue();
        assertThat(county.within(TenantCode.of("140404"))).isTrue();
        assertThat(county.within(TenantCode.of("140404001"))).isFalse();
        assertThat(county.within(TenantCode.of("1401"))).isFalse();
    }

    @Test
    void periodsOfWholeChineseDaysAreWhatRollupsCanAnswer() {
        assertThat(RollupKey.isDayBoundary(Instant.parse("2026-05-31T16:00:00Z")))
                .isTrue();
        assertThat(RollupKey.isDayBoundary(null)).isTrue();
        assertThat(RollupKey.isDayBoundary(Instant.parse("2026-06-01T00:00:00Z")))
                .isFalse();
    }
}
