package org.zongzhi.cases.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.calendar.WorkingCalendar;

class DeadlineTest {

    private final WorkingCalendar china = WorkingCalendar.china();

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant();
    }

    @Test
    void turnsBlueAtHalfTimeYellowAtFourFifthsAndRedWhenDue() {
        Deadline d = Deadline.start(new TimeLimit.WorkingDays(10), beijing("2026-11-02T09:00"), china);

        assertThat(d.blueAt()).isEqualTo(beijing("2026-11-09T09:00"));
        assertThat(d.yellowAt()).isEqualTo(beijing("2026-11-12T09:00"));
        assertThat(d.dueAt()).isEqualTo(beijing("2026-11-16T09:00"));
        assertThat(d.colourAt(beijing("2026-11-09T08:59"))).isEqualTo(WarningColour.NONE);
        assertThat(d.colourAt(d.blueAt())).isEqualTo(WarningColour.BLUE);
        assertThat(d.colourAt(d.yellowAt())).isEqualTo(WarningColour.YELLOW);
        assertThat(d.colourAt(d.dueAt())).isEqualTo(WarningColour.RED);
    }

    @Test
    void aWeekendDoesNotUseUpAWorkingDayLimit() {
        Deadline d = Deadline.start(new TimeLimit.WorkingDays(1), beijing("2026-11-27T16:00"), china);

        assertThat(d.colourAt(beijing("2026-11-29T23:00"))).isEqualTo(WarningColour.NONE);
        assertThat(d.blueAt()).isEqualTo(beijing("2026-11-30T04:00"));
        assertThat(d.dueAt()).isEqualTo(beijing("2026-11-30T16:00"));
    }

    @Test
    void hourLimitsRunDayAndNight() {
        Deadline d = Deadline.start(new TimeLimit.Hours(4), beijing("2026-11-28T22:00"), china);

        assertThat(d.blueAt()).isEqualTo(beijing("2026-11-29T00:00"));
        assertThat(d.dueAt()).isEqualTo(beijing("2026-11-29T02:00"));
    }

    @Test
    void knowsWhenItsColourChangesNext() {
        Deadline d = Deadline.start(new TimeLimit.Hours(10), beijing("2026-11-02T08:00"), china);

        assertThat(d.nextChangeAfter(d.startedAt())).contains(d.blueAt());
        assertThat(d.nextChangeAfter(d.blueAt())).contains(d.yellowAt());
        assertThat(d.nextChangeAfter(d.yellowAt())).contains(d.dueAt());
        assertThat(d.nextChangeAfter(d.dueAt())).isEmpty();
    }
}
