package org.zongzhi.console.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How measures are shown: rates are fractions from the API, shown as percentages; nothing is "—". */
public final class Numbers {

    public static final String NONE = "—";

    private Numbers() {}

    /** 0.8567 → "85.7%", 1 → "100%", null or not a number → "—". */
    public static String percent(Object fraction) {
        if (!(fraction instanceof Number n)) {
            return NONE;
        }
        double value = n.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        return oneDecimal(value * 100) + "%";
    }

    /** A count or an average with at most one decimal; null → "—". */
    public static String number(Object value) {
        if (!(value instanceof Number n)) {
            return NONE;
        }
        if (n instanceof Integer || n instanceof Long || n instanceof Short) {
            return n.toString();
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return NONE;
        }
        return oneDecimal(d);
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
