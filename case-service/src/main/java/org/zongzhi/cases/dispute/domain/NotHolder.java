package org.zongzhi.cases.dispute.domain;

import org.zongzhi.platform.tenancy.TenantCode;

/**
 * Only the center holding a case acts on it; the centers above it read it. Thrown when another center
 * tries to act.
 */
public final class NotHolder extends RuntimeException {

    private final TenantCode holder;

    NotHolder(CaseCode code, TenantCode holder, TenantCode caller) {
        super("Case " + code.display() + " is held by center " + holder + "; " + caller
                + " can read it but only the holding center can act on it (escalate or refer it there first).");
        this.holder = holder;
    }

    public TenantCode holder() {
        return holder;
    }
}
