package org.zongzhi.tenant.grid.domain;

import java.time.Instant;

/** A platform account of the village's center, assigned to a grid in one role. */
public record GridMember(
        long id,
        String gridCode,
        String username,
        String fullName,
        MemberRole role,
        String assignedBy,
        Instant assignedAt) {}
