package org.zongzhi.tenant.grid.domain;

/** What a patrol found. */
public enum FindingKind {
    DISPUTE("矛盾纠纷"),
    SAFETY_HAZARD("安全隐患"),
    PUBLIC_REQUEST("群众诉求"),
    OTHER("其他");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
