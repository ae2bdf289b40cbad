package org.zongzhi.cases.dispute.domain;

/** Where a case came in (一窗进): every channel is accepted without distinction. */
public enum Channel {
    WALK_IN("群众来访"),
    GRID_REPORT("网格巡查"),
    HOTLINE_12345("12345热线"),
    APP("APP/小程序"),
    DEPARTMENT_TRANSFER("部门转办"),
    TOWNSHIP_REPORT("镇街上报"),
    PETITION("信访");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
