package org.zongzhi.tenant.conformance.domain;

/** How an item is checked. The last two are filled in by the platform, never by the center. */
public enum CheckKind {
    /** The center declares it and attaches evidence (a plate photo, a document). */
    DECLARATION,
    /** A number the center reports, against a threshold per level. */
    THRESHOLD,
    /** Required members that must all be present (the three zones, department tiers 常驻/轮驻/随驻). */
    SET,
    /** Computed from the center's declared profile ({@link ProfileFacts}). */
    PROFILE_FACT,
    /** Computed from the center's cases over the round's period ({@link CaseMeasures}). */
    CASE_MEASURE;

    public boolean computed() {
        return this == PROFILE_FACT || this == CASE_MEASURE;
    }
}
