package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A value for an item: a yes/no declaration, a number, or the members present. Given by the center for the
 * items it self-assesses, by the platform for computed ones.
 */
public record Answer(Boolean met, BigDecimal number, List<String> members) {

    public Answer {
        members = members == null ? null : Elements.of("members", members);
    }

    public static Answer flag(boolean met) {
        return new Answer(met, null, null);
    }

    public static Answer number(BigDecimal number) {
        return new Answer(null, number, null);
    }

    public static Answer number(double number) {
        return number(BigDecimal.valueOf(number));
    }

    public static Answer members(List<String> members) {
        return new Answer(null, null, members);
    }

    public boolean blank() {
        return met == null && number == null && members == null;
    }
}
