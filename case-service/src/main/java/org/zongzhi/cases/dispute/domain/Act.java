package org.zongzhi.cases.dispute.domain;

import java.time.Instant;
import java.util.Objects;
import org.zongzhi.platform.tenancy.Caller;

/**
 * Someone doing something to a case at a moment, under the time limits in force.
 *
 * @param by the signed-in caller; their center is the one acting
 * @param at when, truncated to milliseconds
 * @param limits the time limits that start each step's clock
 */
public record Act(Caller by, Instant at, TimeLimits limits) {

    public Act {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(limits, "limits");
    }
}
