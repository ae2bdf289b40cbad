package org.zongzhi.cases.dispute.domain;

/** Risk grades (风险等级): major risk goes up the hierarchy and to the command desk at once. */
public enum RiskLevel {
    GENERAL("一般"),
    SERIOUS("较大"),
    MAJOR("重大");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    RiskLevel atLeast(RiskLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
