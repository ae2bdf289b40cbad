package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;

/** Which side of a threshold meets it: at least (area, windows, rates) or at most (overdue cases). */
public enum Comparison {
    AT_LEAST("≥"),
    AT_MOST("≤");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean meets(BigDecimal value, BigDecimal threshold) {
        int order = value.compareTo(threshold);
        return this == AT_LEAST ? order >= 0 : order <= 0;
    }

    /** True when {@code candidate} asks at least as much as {@code inForce}: a tightening, never a loosening. */
    public boolean tightensOrKeeps(BigDecimal candidate, BigDecimal inForce) {
        return meets(candidate, inForce);
    }

    /** How far {@code value} misses {@code threshold}, zero when it meets it. */
    public BigDecimal shortfall(BigDecimal value, BigDecimal threshold) {
        BigDecimal gap = this == AT_LEAST ? threshold.subtract(value) : value.subtract(threshold);
        return gap.signum() > 0 ? gap : BigDecimal.ZERO;
    }
}
