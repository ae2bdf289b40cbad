package org.zongzhi.tenant.tree.domain;

import java.time.Instant;

/** Something that happened to a center (onboarded, suspended, reactivated), with who did it and when. */
public record CenterEvent(String type, String detail, String actor, String actorCenter, Instant occurredAt) {}
