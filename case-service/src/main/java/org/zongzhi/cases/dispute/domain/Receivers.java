package org.zongzhi.cases.dispute.domain;

import java.util.Optional;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * Which centers can take a case over: they exist and work on the platform (onboarded, not suspended).
 * A referral to any other one would wait in transfer forever.
 */
public interface Receivers {

    /** Why {@code center} cannot receive a case, or empty when it can. */
    Optional<String> refusal(TenantCode center);
}
