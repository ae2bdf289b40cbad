package org.zongzhi.tenant.conformance.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.zongzhi.platform.tenancy.TenantCode.Level;

/**
 * The standard as it applies below a city or county: the province's version plus the tailorings of the
 * centers above, applied top down. Also the rule that a tailoring only ever adds or tightens.
 */
public final class EffectiveStandard {

    /** The origin of items that are the province's own. */
    public static final String PROVINCE = "province";

    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Map<String, List<String>> tightenedBy = new LinkedHashMap<>();

    private EffectiveStandard(StandardDocument base) {
        for (Item item : base.items()) {
            items.put(item.code(), item);
            origins.put(item.code(), PROVINCE);
        }
    }

    /**
     * The standard after {@code chain}, the tailorings of the centers above (top first). Tailorings were
     * checked when they were saved; one that would loosen anyway is skipped rather than trusted.
     */
    public static EffectiveStandard of(StandardDocument base, List<Tailoring> chain) {
        var effective = new EffectiveStandard(base);
        for (Tailoring tailoring : chain) {
            if (effective.problems(base, tailoring).isEmpty()) {
                effective.apply(tailoring);
            }
        }
        return effective;
    }

    /** Every item that applies at {@code level}, with its rule there. */
    public List<AppliedItem> at(Level level) {
        var applied = new ArrayList<AppliedItem>();
        items.forEach((code, item) -> {
            if (item.appliesAt(level)) {
                applied.add(new AppliedItem(
                        item,
                        item.ruleAt(level),
                        origins.get(code),
                        tightenedBy.getOrDefault(code + "@" + level, List.of())));
            }
        });
        return applied;
    }

    /**
     * Why {@code proposed} cannot be saved on top of this standard, each reason naming the item and level;
     * empty when it only adds items below its owner and tightens what is in force.
     */
    public List<String> problems(StandardDocument base, Tailoring proposed) {
        var problems = new ArrayList<String>();
        Level ownerLevel = proposed.owner().level();
        if (ownerLevel != Level.CITY && ownerLevel != Level.COUNTY) {
            problems.add("only a city or a county tailors the standard for its subtree, not a " + ownerLevel);
            return problems;
        }
        var added = new LinkedHashSet<String>();
        for (Item item : proposed.additions()) {
            problems.addAll(item.problems(base.dimensionCodes()));
            if (items.containsKey(item.code())) {
                problems.add("item " + item.code() + " already exists (from " + origins.get(item.code())
                        + "); a tailoring adds items with new codes and tightens existing ones");
            } else if (item.code() != null && !added.add(item.code())) {
                problems.add("item " + item.code() + " is added twice");
            }
            item.levels().keySet().stream()
                    .filter(level -> level.ordinal() <= ownerLevel.ordinal())
                    .forEach(level -> problems.add("item " + item.code() + ": " + proposed.owner()
                            + " tailors only for the levels below it, not for " + level));
        }
        for (Tailoring.Tightening t : proposed.tightenings()) {
            String name = "tightening of " + t.item() + " at " + t.level();
            Item item = t.item() == null ? null : items.get(t.item());
            if (item == null) {
                problems.add(name + ": there is no such item in force"
                        + (added.contains(t.item())
                                ? " (it is one of this tailoring's additions; set its rule there)"
                                : ""));
                continue;
            }
            if (t.level() == null || t.level().ordinal() <= ownerLevel.ordinal()) {
                problems.add(name + ": " + proposed.owner() + " tailors only for the levels below it");
                continue;
            }
            LevelRule rule = item.ruleAt(t.level());
            if (rule == null) {
                problems.add(name + ": the item does not apply at " + t.level()
                        + "; a tailoring cannot widen where an item applies, add a local item instead");
                continue;
            }
            if (t.threshold() == null && t.members().isEmpty()) {
                problems.add(name + ": it changes nothing; give a stricter threshold or more required members");
            }
            if (t.threshold() != null) {
                if (!item.numeric() || rule.threshold() == null) {
                    problems.add(name + ": the item is not checked against a number");
                } else if (!item.comparison().tightensOrKeeps(t.threshold(), rule.threshold())) {
                    problems.add(name + ": a tailoring may only tighten; the threshold in force is "
                            + item.comparison().symbol() + " "
                            + rule.threshold().stripTrailingZeros().toPlainString()
                            + unit(item) + " (set by " + setter(item.code(), t.level()) + ") and "
                            + t.threshold().stripTrailingZeros().toPlainString() + " would loosen it");
                }
            }
            if (!t.members().isEmpty() && !item.membership()) {
                problems.add(name + ": the item is not checked against required members");
            }
        }
        return problems;
    }

    private String setter(String code, Level level) {
        List<String> by = tightenedBy.getOrDefault(code + "@" + level, List.of());
        return by.isEmpty() ? origins.get(code) : by.getLast();
    }

    private static String unit(Item item) {
        return item.unit() == null ? "" : " " + item.unit();
    }

    private void apply(Tailoring tailoring) {
        String owner = tailoring.owner().value();
        for (Item item : tailoring.additions()) {
            items.put(item.code(), item);
            origins.put(item.code(), owner);
        }
        for (Tailoring.Tightening t : tailoring.tightenings()) {
            Item item = items.get(t.item());
            LevelRule rule = item.ruleAt(t.level());
            var members = new LinkedHashSet<>(rule.members());
            members.addAll(t.members());
            var levels = new EnumMap<Level, LevelRule>(Level.class);
            levels.putAll(item.levels());
            levels.put(
                    t.level(),
                    new LevelRule(t.threshold() != null ? t.threshold() : rule.threshold(), List.copyOf(members)));
            items.put(item.code(), item.withLevels(levels));
            var by = new ArrayList<>(tightenedBy.getOrDefault(t.item() + "@" + t.level(), List.of()));
            by.add(owner);
            tightenedBy.put(t.item() + "@" + t.level(), List.copyOf(by));
        }
    }
}
