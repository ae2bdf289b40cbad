package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks centers by their final scorecards (share of points, then points, then code) with shared ranks for
 * ties (1, 2, 2, 4), and computes 达标率: the share of centers whose grade counts as passing.
 */
public final class Ranking {

    private Ranking() {}

    public record Result(
            String center, BigDecimal percent, BigDecimal awarded, BigDecimal points, String grade, boolean passing) {}

    public record Ranked(int rank, Result result) {}

    /** @param rate passing ÷ centers × 100 (two decimals), null when there are no centers */
    public record Rate(long centers, long passing, BigDecimal rate) {}

    public static List<Ranked> rank(List<Result> results) {
        var sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((Result r) -> r.percent() == null ? BigDecimal.ZERO : r.percent())
                .reversed()
                .thenComparing(Comparator.comparing(Result::awarded).reversed())
                .thenComparing(Result::center));
        var ranked = new ArrayList<Ranked>();
        for (int i = 0; i < sorted.size(); i++) {
            Result r = sorted.get(i);
            int rank = i + 1;
            if (i > 0) {
                Result previous = sorted.get(i - 1);
                if (same(previous.percent(), r.percent()) && previous.awarded().compareTo(r.awarded()) == 0) {
                    rank = ranked.get(i - 1).rank();
                }
            }
            ranked.add(new Ranked(rank, r));
        }
        return ranked;
    }

    public static Rate rate(List<Result> results) {
        long passing = results.stream().filter(Result::passing).count();
        return new Rate(
                results.size(),
                passing,
                results.isEmpty()
                        ? null
                        : BigDecimal.valueOf(passing * 100)
                                .divide(BigDecimal.valueOf(results.size()), 2, RoundingMode.HALF_UP));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
