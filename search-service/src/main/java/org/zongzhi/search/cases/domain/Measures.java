package org.zongzhi.search.cases.domain;

/**
 * The numbers the province watches, computed the same way for a village and for the province (see
 * docs/measures.md for each definition). A rate whose denominator is zero is null: "no cases" is not 0%.
 */
public record Measures(
        long found,
        long accepted,
        long resolved,
        long closed,
        Double resolutionRate,
        Double onTimeClosureRate,
        Double timelyAcceptanceRate,
        Double closureRate,
        Double followUpRate,
        Double satisfactionRate,
        Double averageCycleDays,
        long open,
        long openBlue,
        long openYellow,
        long openRed,
        long supervisionOrders,
        long supervisionOpen,
        long supervisionOverdue,
        long supervisionAnsweredLate) {

    /** The counts a set of cases yields, from which every measure follows. */
    public record Counts(
            long found,
            long accepted,
            long acceptedOnTime,
            long resolved,
            long closed,
            long closedOnTime,
            long followedUp,
            long rated,
            long satisfied,
            Double averageCycleDays,
            Workload workload) {}

    /**
     * What is still on the table among the same cases: open cases by warning colour, and supervision orders
     * (督办) issued, unanswered, overdue now (cases with an unanswered order past its due time) and answered late.
     */
    public record Workload(
            long open,
            long openBlue,
            long openYellow,
            long openRed,
            long supervisionOrders,
            long supervisionOpen,
            long supervisionOverdue,
            long supervisionAnsweredLate) {

        public static final Workload NONE = new Workload(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The figures a breakdown's chart needs: cases found, resolved, closed, and 化解率. */
    public record Basic(long found, long resolved, long closed, Double resolutionRate) {}

    public static Basic basic(long found, long resolved, long closed) {
        return new Basic(found, resolved, closed, rate(resolved, found));
    }

    public static Measures of(Counts c) {
        return new Measures(
                c.found(),
                c.accepted(),
                c.resolved(),
                c.closed(),
                rate(c.resolved(), c.found()),
                rate(c.closedOnTime(), c.closed()),
                rate(c.acceptedOnTime(), c.accepted()),
                rate(c.closed(), c.accepted()),
                rate(c.followedUp(), c.closed()),
                rate(c.satisfied(), c.rated()),
                c.closed() == 0 || c.averageCycleDays() == null ? null : round(c.averageCycleDays()),
                c.workload().open(),
                c.workload().openBlue(),
                c.workload().openYellow(),
                c.workload().openRed(),
                c.workload().supervisionOrders(),
                c.workload().supervisionOpen(),
                c.workload().supervisionOverdue(),
                c.workload().supervisionAnsweredLate());
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
