package org.zongzhi.cases.dispute.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.zongzhi.cases.dispute.domain.CitizenSecret;
import org.zongzhi.platform.tenancy.TenantCode;

/** The idempotency keys of intake, per center: the same key creates one case, however often it is sent. */
public interface IntakeKeys {

    /**
     * Claims the key for a new intake; when it was claimed before (and committed), returns what it led to.
     * A concurrent claim of the same key waits for the first one to commit or roll back.
     */
    Optional<Claimed> claim(TenantCode center, String key, String fingerprint, Instant at);

    void complete(TenantCode center, String key, UUID caseId, CitizenSecret secret);

    record Claimed(String fingerprint, UUID caseId, CitizenSecret secret) {}
}
