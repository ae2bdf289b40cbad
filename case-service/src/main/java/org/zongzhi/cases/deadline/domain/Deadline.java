package org.zongzhi.cases.deadline.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.calendar.WorkingCalendar;

/**
 * The clock of one step: when it started, when it turns blue (half of the limit used), yellow (four fifths
 * used) and red (the limit passed). Fractions are of working time for limits in working days, so a weekend
 * does not turn a case blue.
 */
public record Deadline(TimeLimit limit, Instant startedAt, Instant blueAt, Instant yellowAt, Instant dueAt) {

    public static final double BLUE_FRACTION = 0.5;
    public static final double YELLOW_FRACTION = 0.8;

    public Deadline {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(startedAt, "startedAt");
        if (blueAt.isBefore(startedAt) || yellowAt.isBefore(blueAt) || dueAt.isBefore(yellowAt)) {
            throw new IllegalArgumentException("a deadline's thresholds must follow each other");
        }
    }

    public static Deadline start(TimeLimit limit, Instant start, WorkingCalendar calendar) {
        return new Deadline(
                limit,
                start,
                limit.after(start, BLUE_FRACTION, calendar),
                limit.after(start, YELLOW_FRACTION, calendar),
                limit.after(start, 1.0, calendar));
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

    /** When the colour changes next after {@code now}; empty once red. */
    public Optional<Instant> nextChangeAfter(Instant now) {
        return switch (colourAt(now)) {
            case NONE -> Optional.of(blueAt);
            case BLUE -> Optional.of(yellowAt);
            case YELLOW -> Optional.of(dueAt);
            case RED -> Optional.empty();
        };
    }
}
