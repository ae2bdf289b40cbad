package org.zongzhi.search.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** The facts the measures count, derived the same way for every case (docs/measures.md). */
public final class CaseFacts {

    private static final Set<String> RESOLVED = Set.of("MEDIATED", "JUDICIALLY_CONFIRMED", "HANDLED");

    private CaseFacts() {}

    public static boolean accepted(Instant acceptedAt, String outcome) {
        return acceptedAt != null && !"NOT_ACCEPTED".equals(outcome);
    }

    public static boolean closed(Instant closedAt, String outcome) {
        return closedAt != null && outcome != null && !"NOT_ACCEPTED".equals(outcome);
    }

    public static boolean resolved(Instant closedAt, String outcome) {
        return closedAt != null && RESOLVED.contains(outcome);
    }

    /** Null when there is no deadline or the step has not happened. */
    public static Boolean onTime(Instant done, Instant due) {
        if (done == null || due == null) {
            return null;
        }
        return !done.isAfter(due);
    }

    public static Double cycleDays(Instant createdAt, Instant closedAt) {
        if (createdAt == null || closedAt == null) {
            return null;
        }
        return Duration.between(createdAt, closedAt).toMinutes() / 1440.0;
    }
}
