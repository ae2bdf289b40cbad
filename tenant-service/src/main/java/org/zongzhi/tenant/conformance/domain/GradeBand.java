package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;

/**
 * A grade the standard awards from a share of the points, e.g. 优秀 from 90 %.
 *
 * @param minPercent the lowest share of the applicable points (0–100) that earns this grade
 * @param passing whether this grade counts as up to standard (达标) in the 达标率
 */
public record GradeBand(String grade, BigDecimal minPercent, Boolean passing) {

    public GradeBand {
        passing = Boolean.TRUE.equals(passing);
    }

    public static GradeBand of(String grade, double minPercent, boolean passing) {
        return new GradeBand(grade, BigDecimal.valueOf(minPercent), passing);
    }
}
