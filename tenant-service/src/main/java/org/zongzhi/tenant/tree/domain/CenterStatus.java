package org.zongzhi.tenant.tree.domain;

/** Where a center stands on the platform. */
public enum CenterStatus {
    /** A division that exists in the tree but does not work on the platform yet. */
    PLANNED,
    /** Onboarded: has its name plate (挂牌), its admin, and signs in. */
    OPERATING,
    /** Taken off the platform for a while by the level that onboarded it. */
    SUSPENDED
}
