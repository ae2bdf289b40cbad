package org.zongzhi.tenant.grid.domain;

import java.time.Instant;

/** 十户联户: a group of a grid's households and its 联户长. */
public record HouseholdGroup(
        long id, String gridCode, String leaderName, int households, String createdBy, Instant createdAt) {}
