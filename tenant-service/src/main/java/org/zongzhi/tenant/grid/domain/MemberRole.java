package org.zongzhi.tenant.grid.domain;

/** The people of a grid. */
public enum MemberRole {
    GRID_HEAD("网格长"),
    FULL_TIME("专职网格员"),
    PART_TIME("兼职网格员"),
    INSTRUCTOR("网格指导员");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
