package org.zongzhi.tenant.tree.domain;

import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * What of the tree a center may read: itself, everything below it, and the chain above it (a village
 * knows its township, county, city and province). Never a sibling or a cousin. The database enforces the
 * same rule with row-level security; this one decides before any store, including the cache, is asked.
 */
public final class TreeVisibility {

    private TreeVisibility() {}

    public static boolean canSee(Caller caller, TenantCode center) {
        return center.isWithin(caller.tenant()) || caller.tenant().isWithin(center);
    }

    /** A center's own data (its profile, its history) is readable by the center and those above it. */
    public static boolean canSeeOwnData(Caller caller, TenantCode center) {
        return center.isWithin(caller.tenant());
    }
}
