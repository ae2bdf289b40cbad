package org.zongzhi.search.cases.domain;

import java.util.Arrays;

/**
 * The additive counts behind {@link Measures}: what a daily roll-up stores, and what roll-ups and cases
 * counted directly add up to. Every measure follows from these sums (an average from its sum and count), so
 * a figure made from roll-ups is the figure made from the cases themselves.
 */
public final class Tally {

    /** Each count, with the name it has in a roll-up document. */
    public enum Count {
        FOUND("found"),
        ACCEPTED("accepted"),
        ACCEPTED_ON_TIME("acceptedOnTime"),
        RESOLVED("resolved"),
        CLOSED("closed"),
        CLOSED_ON_TIME("closedOnTime"),
        FOLLOWED_UP("followedUp"),
        RATED("rated"),
        SATISFIED("satisfied"),
        CYCLE_DAYS_SUM("cycleDaysSum"),
        CYCLE_DAYS_COUNT("cycleDaysCount"),
        OPEN("open"),
        OPEN_BLUE("openBlue"),
        OPEN_YELLOW("openYellow"),
        OPEN_RED("openRed"),
        SUPERVISION_ORDERS("supervisionOrders"),
        SUPERVISION_OPEN("supervisionOpen"),
        SUPERVISION_ANSWERED_LATE("supervisionAnsweredLate");

        private final String field;

        Count(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final double[] values = new double[Count.values().length];

    public Tally add(Count count, double value) {
        values[count.ordinal()] += value;
        return this;
    }

    public Tally add(Tally other) {
        for (int i = 0; i < values.length; i++) {
            values[i] += other.values[i];
        }
        return this;
    }

    public double get(Count count) {
        return values[count.ordinal()];
    }

    private long whole(Count count) {
        return Math.round(values[count.ordinal()]);
    }

    public long found() {
        return whole(Count.FOUND);
    }

    /**
     * @param supervisionOverdue cases with an unanswered order past its due time now: it changes with the
     *     clock, not with the cases, so it is counted when asked, never rolled up
     */
    public Measures measures(long supervisionOverdue) {
        long cycles = whole(Count.CYCLE_DAYS_COUNT);
        return Measures.of(new Measures.Counts(
                whole(Count.FOUND),
                whole(Count.ACCEPTED),
                whole(Count.ACCEPTED_ON_TIME),
                whole(Count.RESOLVED),
                whole(Count.CLOSED),
                whole(Count.CLOSED_ON_TIME),
                whole(Count.FOLLOWED_UP),
                whole(Count.RATED),
                whole(Count.SATISFIED),
                cycles == 0 ? null : get(Count.CYCLE_DAYS_SUM) / cycles,
                new Measures.Workload(
                        whole(Count.OPEN),
                        whole(Count.OPEN_BLUE),
                        whole(Count.OPEN_YELLOW),
                        whole(Count.OPEN_RED),
                        whole(Count.SUPERVISION_ORDERS),
                        whole(Count.SUPERVISION_OPEN),
                        supervisionOverdue,
                        whole(Count.SUPERVISION_ANSWERED_LATE))));
    }

    public Measures.Basic basic() {
        return Measures.basic(whole(Count.FOUND), whole(Count.RESOLVED), whole(Count.CLOSED));
    }

    @Override
    public String toString() {
        return "Tally" + Arrays.toString(values);
    }
}
