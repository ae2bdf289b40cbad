package org.zongzhi.tenant.tree.domain;

import java.time.Instant;
import java.util.Collection;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * What the platform's edge must refuse before access tokens run out (they live up to 5 minutes): tokens of
 * a suspended center's staff while it is suspended, and tokens issued to an account up to the moment it was
 * disabled. The gateway reads these within seconds; Keycloak refuses the same accounts new tokens and
 * refreshes. A failure to tell the edge never undoes the change itself: it is retried.
 */
public interface AccessRevocations {

    /** Every token whose {@code tenant} is the center is refused until {@link #centerReactivated}. */
    void centerSuspended(TenantCode center, Instant at);

    void centerReactivated(TenantCode center);

    /**
     * Every token of these accounts (Keycloak user ids, the tokens' {@code sub}) issued at or before {@code at}
     * is refused; an account enabled again signs in anew and its new tokens pass.
     */
    void accountsDisabled(Collection<String> accountIds, Instant at);
}
