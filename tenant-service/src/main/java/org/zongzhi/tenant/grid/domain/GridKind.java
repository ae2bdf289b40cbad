package org.zongzhi.tenant.grid.domain;

/** 综合网格 covers a part of the village's households; 专属网格 a park, market, school or enterprise. */
public enum GridKind {
    COMPREHENSIVE("综合网格"),
    DEDICATED("专属网格");

    private final String label;

    GridKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
