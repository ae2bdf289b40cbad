package org.zongzhi.cases.dispute.domain;

import java.time.Instant;
import java.util.UUID;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * A supervision order (督办单): the parent of the center holding an overdue case orders it to act and
 * answer by a deadline. Issued automatically when a case turns red; both centers see it.
 */
public record SupervisionOrder(
        UUID id,
        TenantCode issuer,
        TenantCode target,
        String reason,
        Instant issuedAt,
        Instant responseDue,
        String response,
        Instant respondedAt,
        String respondedBy) {

    /** Working days the holding center has to answer a supervision order. */
    public static final int RESPONSE_WORKING_DAYS = 2;

    public boolean isOpen() {
        return respondedAt == null;
    }

    SupervisionOrder answered(String text, Instant at, String by) {
        return new SupervisionOrder(id, issuer, target, reason, issuedAt, responseDue, text, at, by);
    }
}
