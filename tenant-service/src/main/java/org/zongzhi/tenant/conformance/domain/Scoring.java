package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.zongzhi.tenant.conformance.domain.Scorecard.DimensionScore;
import org.zongzhi.tenant.conformance.domain.Scorecard.ItemScore;

/**
 * Scores an assessment. Per item: the value (the center's, or the platform's for computed items) against
 * the rule at the center's level; a missed requirement loses all points, or {@link Deduction#perMissing()}
 * per missing member or unit (扣完为止); a FAIL verdict of the inspector loses all points whatever the
 * value; a failed veto item forces the lowest grade. Every lost point carries its reason.
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {}

    public static Scorecard score(StandardDocument standard, List<AppliedItem> items, Map<String, Entry> entries) {
        var scores = new ArrayList<ItemScore>();
        for (AppliedItem applied : items) {
            scores.add(scoreItem(applied, entries.getOrDefault(applied.code(), Entry.empty(applied.code()))));
        }
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal awarded = BigDecimal.ZERO;
        boolean vetoed = false;
        var byDimension = new LinkedHashMap<String, BigDecimal[]>();
        standard.dimensions()
                .forEach(d -> byDimension.put(d.code(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}));
        for (ItemScore score : scores) {
            vetoed |= score.vetoTriggered();
            if (!score.counted()) {
                continue;
            }
            points = points.add(score.points());
            awarded = awarded.add(score.awarded());
            BigDecimal[] sums = byDimension.computeIfAbsent(
                    score.dimension(), d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(score.points());
            sums[1] = sums[1].add(score.awarded());
        }
        var dimensions = new ArrayList<DimensionScore>();
        byDimension.forEach((code, sums) -> {
            var dimension = standard.dimension(code);
            dimensions.add(new DimensionScore(
                    code,
                    dimension.map(Dimension::name).orElse(code),
                    dimension.map(Dimension::group).orElse(null),
                    sums[0],
                    sums[1],
                    percent(sums[1], sums[0])));
        });
        BigDecimal percent = percent(awarded, points);
        GradeBand band = vetoed ? standard.lowestBand() : band(standard, percent == null ? BigDecimal.ZERO : percent);
        return new Scorecard(
                points,
                awarded,
                points.subtract(awarded),
                percent,
                band.grade(),
                band.passing() && !vetoed,
                vetoed,
                dimensions,
                scores);
    }

    static GradeBand band(StandardDocument standard, BigDecimal percent) {
        for (GradeBand band : standard.bands()) {
            if (percent.compareTo(band.minPercent()) >= 0) {
                return band;
            }
        }
        return standard.lowestBand();
    }

    private static BigDecimal percent(BigDecimal awarded, BigDecimal points) {
        if (points.signum() == 0) {
            return null;
        }
        return awarded.multiply(HUNDRED).divide(points, 2, RoundingMode.HALF_UP);
    }

    static ItemScore scoreItem(AppliedItem applied, Entry entry) {
        Item item = applied.item();
        LevelRule rule = applied.rule();
        var reasons = new ArrayList<String>();
        Answer value;
        if (item.kind().computed()) {
            Computed computed = entry.computed();
            if (computed == null) {
                reasons.add("not computed yet: the platform fills it in at the round's cutoff");
                value = null;
            } else if (!computed.available()) {
                reasons.add("not available: " + computed.reason() + "; left out of the points");
                return new ItemScore(
                        item.code(),
                        item.title(),
                        item.dimension(),
                        item.kind(),
                        item.points(),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        false,
                        false,
                        false,
                        null,
                        reasons);
            } else {
                value = computed.value();
                if (value == null && computed.reason() != null) {
                    reasons.add(computed.reason());
                }
            }
        } else {
            value = entry.self();
        }
        BigDecimal awarded;
        boolean met;
        if (value == null || value.blank()) {
            if (!item.kind().computed()) {
                reasons.add("not answered");
            }
            met = false;
            awarded = BigDecimal.ZERO;
        } else {
            Shortfall shortfall = shortfall(item, rule, value, entry);
            met = shortfall.units() == 0;
            reasons.addAll(shortfall.reasons());
            if (met) {
                awarded = item.points();
            } else if (item.deduction() != null) {
                BigDecimal off = item.deduction().perMissing().multiply(BigDecimal.valueOf(shortfall.units()));
                awarded = item.points().subtract(off).max(BigDecimal.ZERO);
                reasons.add("每缺一项扣 " + plain(item.deduction().perMissing()) + " 分: " + shortfall.units() + " missing, "
                        + plain(item.points().subtract(awarded)) + " off (扣完为止)");
            } else {
                awarded = BigDecimal.ZERO;
            }
        }
        if (entry.verdict() == Verdict.FAIL) {
            awarded = BigDecimal.ZERO;
            reasons.add("inspection failed it: "
                    + (entry.verdictReason() == null ? "no reason given" : entry.verdictReason()));
        }
        boolean failed = !met || entry.verdict() == Verdict.FAIL;
        boolean vetoTriggered = item.veto() && failed;
        if (vetoTriggered) {
            reasons.add("一票否决: failing this item makes the grade the lowest");
        }
        return new ItemScore(
                item.code(),
                item.title(),
                item.dimension(),
                item.kind(),
                item.points(),
                awarded,
                item.points().subtract(awarded),
                true,
                met,
                vetoTriggered,
                value,
                reasons);
    }

    private record Shortfall(int units, List<String> reasons) {}

    private static Shortfall shortfall(Item item, LevelRule rule, Answer value, Entry entry) {
        if (!rule.members().isEmpty()) {
            var missing = new LinkedHashSet<>(rule.members());
            if (value.members() != null) {
                value.members().forEach(missing::remove);
            }
            return missing.isEmpty()
                    ? new Shortfall(0, List.of())
                    : new Shortfall(missing.size(), List.of("missing: " + String.join(", ", missing)));
        }
        if (rule.threshold() != null) {
            if (value.number() == null) {
                return new Shortfall(
                        1,
                        List.of("no number given; required " + item.comparison().symbol() + " "
                                + plain(rule.threshold()) + unit(item)));
            }
            if (item.comparison().meets(value.number(), rule.threshold())) {
                return new Shortfall(0, List.of());
            }
            BigDecimal gap = item.comparison().shortfall(value.number(), rule.threshold());
            int units = Math.max(1, gap.setScale(0, RoundingMode.CEILING).intValueExact());
            return new Shortfall(
                    units,
                    List.of(plain(value.number()) + unit(item) + " does not meet "
                            + item.comparison().symbol() + " " + plain(rule.threshold()) + unit(item)));
        }
        if (!Boolean.TRUE.equals(value.met())) {
            return new Shortfall(1, List.of("declared as not met"));
        }
        if (item.kind() == CheckKind.DECLARATION && entry.evidence().isEmpty()) {
            return new Shortfall(1, List.of("declared without evidence; attach a file, a case or a profile revision"));
        }
        return new Shortfall(0, List.of());
    }

    private static String unit(Item item) {
        return item.unit() == null ? "" : " " + item.unit();
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
