package org.zongzhi.tenant.grid.domain;

/** What a 专属网格 covers. */
public enum GridCovers {
    PARK("园区"),
    MARKET("市场"),
    SCHOOL("学校"),
    ENTERPRISE("企业"),
    OTHER("其他");

    private final String label;

    GridCovers(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
