package org.zongzhi.tenant.conformance.domain;

import java.time.Duration;
import java.time.Instant;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.calendar.WorkingCalendar;

/**
 * The clock of a rectification task (整改) due in working days: blue when half of the working time is used,
 * yellow at four fifths, red once due — the fractions case deadlines use. A red, still open task gets a
 * supervision order (督办) from the inspector's center.
 */
public record RectificationClock(int workingDays, Instant startedAt, Instant blueAt, Instant yellowAt, Instant dueAt) {

    public static final int MAX_WORKING_DAYS = 120;

    public static RectificationClock start(Instant start, int workingDays, WorkingCalendar calendar) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw Refusal.invalid("workingDays must be between 1 and " + MAX_WORKING_DAYS + ", not " + workingDays);
        }
        Duration total = Duration.ofDays(workingDays);
        return new RectificationClock(
                workingDays,
                start,
                calendar.plusWorkingTime(start, total.multipliedBy(5).dividedBy(10)),
                calendar.plusWorkingTime(start, total.multipliedBy(8).dividedBy(10)),
                calendar.plusWorkingTime(start, total));
    }

    public WarningColour colourAt(Instant now) {
        if (!now.isBefore(dueAt)) {
            return WarningColour.RED;
        }
        if (!now.isBefore(yellowAt)) {
            return WarningColour.YELLOW;
        }
        if (!now.isBefore(blueAt)) {
            return WarningColour.BLUE;
        }
        return WarningColour.NONE;
    }
}
