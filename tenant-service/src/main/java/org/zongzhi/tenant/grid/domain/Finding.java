package org.zongzhi.tenant.grid.domain;

import java.time.Instant;

/**
 * Something a patrol found. Open until it is resolved on the spot (with what was done) or reported as a
 * case, whose code it then records.
 */
public record Finding(
        long id,
        long patrolId,
        String gridCode,
        FindingKind kind,
        String description,
        FindingOutcome outcome,
        String resolution,
        String caseCode,
        String recordedBy,
        Instant recordedAt,
        Instant settledAt) {}
