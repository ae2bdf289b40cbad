package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an item applies at one level: its threshold (for numbers) or its required members (for sets). An
 * item applies at a level exactly when it has a rule for it.
 */
public record LevelRule(BigDecimal threshold, List<String> members) {

    public LevelRule {
        members = Elements.of("members", members);
    }

    public static LevelRule applies() {
        return new LevelRule(null, List.of());
    }

    public static LevelRule atThreshold(double threshold) {
        return new LevelRule(BigDecimal.valueOf(threshold), List.of());
    }

    public static LevelRule ofMembers(String... members) {
        return new LevelRule(null, List.of(members));
    }
}
