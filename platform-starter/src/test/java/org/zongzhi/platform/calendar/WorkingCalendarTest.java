package org.zongzhi.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar china = WorkingCalendar.china();

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant();
    }

    @Test
    void holdsTheAnnouncedYearsAndTheStatutoryDaysOfTheNext() {
        assertThat(china.yearsWithData()).containsExactly(2025, 2026, 2027);
    }

    @Test
    void theSpringFestivalIsOffAndItsMakeUpSaturdaysAreWorked() {
        assertThat(china.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        assertThat(china.isWorkingDay(LocalDate.of(2026, 2, 14)))
                .as("Saturday worked (调休)")
                .isTrue();
        for (LocalDate day = LocalDate.of(2026, 2, 15);
                !day.isAfter(LocalDate.of(2026, 2, 23));
                day = day.plusDays(1)) {
            assertThat(china.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(china.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
        assertThat(china.isWorkingDay(LocalDate.of(2026, 2, 28)))
                .as("Saturday worked (调休)")
                .isTrue();
    }

    @Test
    void ordinaryWeekendsAreOffAndWeekdaysWorked() {
        assertThat(china.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(china.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(china.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(china.isWorkingDay(LocalDate.of(2028, 3, 6)))
                .as("beyond the data: weekdays")
                .isTrue();
    }

    @Test
    void aWorkingDayFromFridayMorningEndsOnMondayMorning() {
        assertThat(china.plusWorkingDays(beijing("2026-11-27T10:00"), 1)).isEqualTo(beijing("2026-11-30T10:00"));
    }

    @Test
    void timeLimitsStepOverTheNationalDayHolidays() {
        assertThat(china.plusWorkingDays(beijing("2026-09-30T09:00"), 1)).isEqualTo(beijing("2026-10-08T09:00"));
        assertThat(china.plusWorkingDays(beijing("2026-09-30T09:00"), 3))
                .as("8 Oct, 9 Oct and the make-up Saturday 10 Oct")
                .isEqualTo(beijing("2026-10-10T09:00"));
    }

    @Test
    void countingStartsAtMidnightOfTheNextWorkingDayWhenACaseComesInOnAHoliday() {
        assertThat(china.plusWorkingDays(beijing("2026-10-03T15:30"), 1)).isEqualTo(beijing("2026-10-09T00:00"));
    }

    @Test
    void refusesContradictoryData() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingCalendar.parse(
                        List.of("2026-01-04,workday,x", "2026-01-01..2026-01-04,holiday,y"), WorkingCalendar.CHINA))
                .withMessageContaining("2026-01-04");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingCalendar.parse(List.of("2026-01-04,rest"), WorkingCalendar.CHINA));
    }
}
