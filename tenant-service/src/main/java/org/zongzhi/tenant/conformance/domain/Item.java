package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zongzhi.platform.tenancy.TenantCode.Level;

/**
 * One requirement of the standard.
 *
 * @param code stable across versions (a scorecard of v1 and one of v2 compare item by item through it)
 * @param dimension the code of the {@link Dimension} it is scored under
 * @param points the most it earns
 * @param comparison for numbers: which side of the threshold meets it (AT_LEAST when absent)
 * @param fact for computed items: the {@link ProfileFacts} or {@link CaseMeasures} key it is computed from
 * @param unit shown after numbers, e.g. ㎡ or %
 * @param deduction optional 每缺一项扣 x 分; without it the item is all or nothing
 * @param veto 一票否决: failing it makes the grade the lowest, whatever the points
 * @param levels the levels it applies to, with the threshold or members at each
 * @param source where the requirement comes from, or why it is a proposal
 */
public record Item(
        String code,
        String title,
        String dimension,
        CheckKind kind,
        BigDecimal points,
        Comparison comparison,
        String fact,
        String unit,
        Deduction deduction,
        Boolean veto,
        Map<Level, LevelRule> levels,
        String source) {

    public Item {
        comparison = comparison == null ? Comparison.AT_LEAST : comparison;
        veto = Boolean.TRUE.equals(veto);
        levels = levels == null || levels.isEmpty() ? Map.of() : new EnumMap<>(levels);
    }

    public boolean appliesAt(Level level) {
        return levels.containsKey(level);
    }

    public LevelRule ruleAt(Level level) {
        return levels.get(level);
    }

    /** The same item with other level rules (a tailoring's tightening). */
    public Item withLevels(Map<Level, LevelRule> newLevels) {
        return new Item(
                code, title, dimension, kind, points, comparison, fact, unit, deduction, veto, newLevels, source);
    }

    /** Whether the item is checked against a number (its rules carry thresholds). */
    public boolean numeric() {
        return switch (kind) {
            case THRESHOLD, CASE_MEASURE -> true;
            case PROFILE_FACT -> ProfileFacts.isNumeric(fact);
            default -> false;
        };
    }

    /** Whether the item is checked against required members. */
    public boolean membership() {
        return kind == CheckKind.SET || (kind == CheckKind.PROFILE_FACT && ProfileFacts.isSet(fact));
    }

    /** Everything wrong with the item, each naming it; empty when it is valid. */
    public List<String> problems(Set<String> dimensions) {
        String name = "item " + (code == null || code.isBlank() ? "(without code)" : code);
        var problems = new ArrayList<String>();
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            problems.add(name + ": code must be 1–40 letters, digits, '.', '_' or '-'");
        }
        if (title == null || title.isBlank()) {
            problems.add(name + ": title is required");
        }
        if (dimension == null || !dimensions.contains(dimension)) {
            problems.add(
                    name + ": dimension '" + dimension + "' is not one of the standard's dimensions " + dimensions);
        }
        if (kind == null) {
            problems.add(name + ": kind is required (DECLARATION, THRESHOLD, SET, PROFILE_FACT or CASE_MEASURE)");
            return problems;
        }
        if (points == null || points.signum() <= 0) {
            problems.add(name + ": points must be more than 0");
        }
        if (deduction != null
                && (deduction.perMissing() == null || deduction.perMissing().signum() <= 0)) {
            problems.add(name + ": deduction.perMissing must be more than 0");
        }
        if (kind == CheckKind.PROFILE_FACT && !ProfileFacts.isKnown(fact)) {
            problems.add(name + ": fact '" + fact + "' is not a profile fact; known: " + ProfileFacts.KEYS.keySet());
        }
        if (kind == CheckKind.CASE_MEASURE && !CaseMeasures.isKnown(fact)) {
            problems.add(name + ": fact '" + fact + "' is not a case measure; known: " + CaseMeasures.KEYS.keySet());
        }
        if (levels.isEmpty()) {
            problems.add(
                    name + ": it applies at no level; give a rule for at least one of CITY, COUNTY, TOWNSHIP, VILLAGE");
        }
        levels.forEach((level, rule) -> {
            if (level == Level.PROVINCE) {
                problems.add(name + ": the province is not assessed against the standard; remove PROVINCE");
            } else if (rule == null) {
                problems.add(name + " at " + level + ": the rule is empty");
            } else if (numeric() && rule.threshold() == null) {
                problems.add(name + " at " + level + ": a threshold is required");
            } else if (membership() && rule.members().isEmpty()) {
                problems.add(name + " at " + level + ": the required members are missing");
            }
        });
        return problems;
    }
}
