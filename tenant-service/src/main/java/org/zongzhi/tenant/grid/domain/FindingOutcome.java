package org.zongzhi.tenant.grid.domain;

/** How a finding was settled: on the spot by the worker, or reported as a case (its code recorded). */
public enum FindingOutcome {
    RESOLVED_ON_SPOT("当场化解"),
    REPORTED("已上报为案件");

    private final String label;

    FindingOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
