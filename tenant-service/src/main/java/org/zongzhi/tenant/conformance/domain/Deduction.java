package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;

/**
 * 每缺一项扣 x 分，扣完为止: each missing member (or each missing unit of a threshold) takes {@code perMissing}
 * points off, never below zero. Without a deduction an item is all or nothing.
 */
public record Deduction(BigDecimal perMissing) {

    public static Deduction of(double perMissing) {
        return new Deduction(BigDecimal.valueOf(perMissing));
    }
}
