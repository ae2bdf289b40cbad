package org.zongzhi.cases.dispute.application;

import org.zongzhi.platform.tenancy.TenantCode;

/**
 * The centers of the tree as tenant-service knows them, asked as the caller (their token): whether a
 * center exists and is operating, i.e. onboarded with staff who can take a case over.
 */
public interface CenterDirectory {

    CenterState state(TenantCode center);

    enum CenterState {
        OPERATING,
        /** A division not onboarded yet: nobody there could accept the case. */
        PLANNED,
        SUSPENDED,
        /** No such center, or none the caller may see. */
        UNKNOWN
    }
}
