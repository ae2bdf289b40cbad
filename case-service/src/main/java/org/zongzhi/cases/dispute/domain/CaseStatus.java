package org.zongzhi.cases.dispute.domain;

/**
 * Where a case stands in the closed loop (闭环): report → file → assign → investigate and act → feed back →
 * close → archive, plus waiting for another center to take it over.
 */
public enum CaseStatus {
    REPORTED("已上报", true),
    FILED("已立案", true),
    ASSIGNED("已指派", true),
    INVESTIGATING("调查落实中", true),
    FED_BACK("已反馈", true),
    TRANSFERRING("待接收", true),
    CLOSED("已办结", false),
    ARCHIVED("已归档", false);

    private final String label;
    private final boolean open;

    CaseStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    /** Open cases run a clock and get warnings; closed and archived ones do not. */
    public boolean isOpen() {
        return open;
    }
}
