package org.zongzhi.cases.deadline.domain;

import java.time.Duration;
import java.time.Instant;
import org.zongzhi.platform.calendar.WorkingCalendar;

/** How long a step may take: working days on the calendar, or clock hours for urgent matters. */
public sealed interface TimeLimit {

    /** The moment when {@code fraction} of this limit has passed after {@code start}. */
    Instant after(Instant start, double fraction, WorkingCalendar calendar);

    /** A limit counted in working days, skipping weekends and public holidays. */
    record WorkingDays(int days) implements TimeLimit {
        public WorkingDays {
            if (days < 1) {
                throw new IllegalArgumentException("a limit in working days needs at least one day");
            }
        }

        @Override
        public Instant after(Instant start, double fraction, WorkingCalendar calendar) {
            return calendar.plusWorkingTime(start, Duration.ofMillis(Math.round(days * 86_400_000L * fraction)));
        }

        @Override
        public String toString() {
            return days + " 个工作日";
        }
    }

    /** A limit in clock hours, counted day and night, for hazards and urgent risks. */
    record Hours(int hours) implements TimeLimit {
        public Hours {
            if (hours < 1) {
                throw new IllegalArgumentException("a limit in hours needs at least one hour");
            }
        }

        @Override
        public Instant after(Instant start, double fraction, WorkingCalendar calendar) {
            return start.plusMillis(Math.round(hours * 3_600_000L * fraction));
        }

        @Override
        public String toString() {
            return hours + " 小时";
        }
    }
}
