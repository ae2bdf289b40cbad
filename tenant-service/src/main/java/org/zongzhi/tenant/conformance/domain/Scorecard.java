package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A center's result against the standard: points per item with what was lost and why, subtotals per
 * dimension, the share of the applicable points, and the grade.
 *
 * @param points the applicable points (items whose value is not available are left out, and say so)
 * @param percent awarded ÷ points × 100, two decimals
 * @param passing whether the grade counts as up to standard (达标)
 * @param vetoed whether a 一票否决 item failed, forcing the lowest grade
 */
public record Scorecard(
        BigDecimal points,
        BigDecimal awarded,
        BigDecimal lost,
        BigDecimal percent,
        String grade,
        boolean passing,
        boolean vetoed,
        List<DimensionScore> dimensions,
        List<ItemScore> items) {

    /**
     * @param counted false when the value is not available: the item is left out of the points
     * @param met whether the item's requirement is met (before the inspector's verdict)
     */
    public record ItemScore(
            String item,
            String title,
            String dimension,
            CheckKind kind,
            BigDecimal points,
            BigDecimal awarded,
            BigDecimal lost,
            boolean counted,
            boolean met,
            boolean vetoTriggered,
            Answer value,
            List<String> reasons) {}

    public record DimensionScore(
            String dimension, String name, String group, BigDecimal points, BigDecimal awarded, BigDecimal percent) {}
}
