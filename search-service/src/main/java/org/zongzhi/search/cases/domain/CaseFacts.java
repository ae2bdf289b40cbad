package org.zongzhi.search.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

    /**
     * The follow-up visit that counts for a closed case: the latest one made at or after its (last) closing.
     * A visit made before the case was reopened and closed again is about an earlier outcome, and a case
     * that is not closed has none that counts (回访率 = closed cases with a follow-up ÷ closed cases).
     */
    public static <T> T countedFollowUp(
            boolean closed, Instant closedAt, List<T> followUps, java.util.function.Function<T, Instant> at) {
        if (!closed || closedAt == null || followUps == null) {
            return null;
        }
        return followUps.stream()
                .filter(f -> at.apply(f) != null && !at.apply(f).isBefore(closedAt))
                .max(Comparator.comparing(at))
                .orElse(null);
    }

    /** Sums up a case's supervision orders, each given as (issued, response due, responded at). */
    public static CaseDocument.Supervision supervision(List<Instant[]> orders) {
        if (orders == null || orders.isEmpty()) {
            return null;
        }
        int open = 0;
        int late = 0;
        Instant earliestDue = null;
        for (Instant[] order : orders) {
            Instant due = order[1];
            Instant responded = order[2];
            if (responded == null) {
                open++;
                if (due != null && (earliestDue == null || due.isBefore(earliestDue))) {
                    earliestDue = due;
                }
            } else if (due != null && responded.isAfter(due)) {
                late++;
            }
        }
        return new CaseDocument.Supervision(
                (int) orders.stream().filter(Objects::nonNull).count(), open, late, earliestDue);
    }

    public static Double cycleDays(Instant createdAt, Instant closedAt) {
        if (createdAt == null || closedAt == null) {
            return null;
        }
        return Duration.between(createdAt, closedAt).toMinutes() / 1440.0;
    }
}
