package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Test
    void presetsEndTodayInChinaTime() {
        assertThat(Period.of("today", null, null, WEDNESDAY)).isEqualTo(new Period("today", WEDNESDAY, WEDNESDAY));
        assertThat(Period.of("week", null, null, WEDNESDAY).from()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Period.of("month", null, null, WEDNESDAY).from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Period.of("year", null, null, WEDNESDAY).from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.of(null, null, null, WEDNESDAY).kind()).isEqualTo("month");
        assertThat(Period.of("weather", null, null, WEDNESDAY).kind()).isEqualTo("month");
    }

    @Test
    void eachPeriodIsComparedWithTheSameStretchBefore() {
        assertThat(Period.of("week", null, null, WEDNESDAY).previous())
                .isEqualTo(new Period("week", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25)));
        assertThat(Period.of("month", null, null, LocalDate.of(2026, 3, 31)).previous())
                .as("31 March against February up to its last day")
                .isEqualTo(new Period("month", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(Period.of("year", null, null, WEDNESDAY).previous().to()).isEqualTo(LocalDate.of(2025, 12, 2));
        Period custom = Period.of("custom", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10), WEDNESDAY);
        assertThat(custom.days()).isEqualTo(10);
        assertThat(custom.previous())
                .isEqualTo(new Period("custom", LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 31)));
        assertThat(custom.previousLabel()).isEqualTo("较前 10 天");
    }

    @Test
    void aCustomPeriodTypedBackwardsIsTurnedRound() {
        Period p = Period.of("custom", LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 1), WEDNESDAY);

        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void theTrendStepGrowsWithThePeriod() {
        assertThat(Period.of("month", null, null, WEDNESDAY).trendStep()).isEqualTo("day");
        assertThat(Period.of("custom", WEDNESDAY.minusDays(90), WEDNESDAY, WEDNESDAY)
                        .trendStep())
                .isEqualTo("week");
        assertThat(Period.of("year", null, null, WEDNESDAY).trendStep()).isEqualTo("month");
    }
}
