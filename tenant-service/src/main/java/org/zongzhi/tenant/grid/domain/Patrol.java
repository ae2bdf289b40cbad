package org.zongzhi.tenant.grid.domain;

import java.time.Instant;
import java.util.List;

/** One patrol (巡查) of a grid by one of its members; open while {@code endedAt} is null. */
public record Patrol(
        long id,
        String gridCode,
        String center,
        String worker,
        Instant startedAt,
        Instant endedAt,
        Integer householdsVisited,
        String note,
        List<Finding> findings) {

    public boolean open() {
        return endedAt == null;
    }
}
