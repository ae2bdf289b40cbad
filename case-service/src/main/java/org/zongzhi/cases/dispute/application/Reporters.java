package org.zongzhi.cases.dispute.application;

import org.springframework.security.access.AccessDeniedException;
import org.zongzhi.cases.dispute.domain.Case;
import org.zongzhi.platform.tenancy.Caller;

/**
 * Grid workers (网格员) have no handling role: on the cases they took in themselves they may escalate and
 * add notes, nothing else, and on nobody else's case. Staff with a handling role pass unchecked.
 */
final class Reporters {

    private Reporters() {}

    static void require(Caller caller, Case c) {
        if (Roles.any(caller, Roles.HANDLE)) {
            return;
        }
        if (!Roles.isReporter(caller, c.firstResponder())) {
            throw new AccessDeniedException(
                    "A grid worker escalates and notes only the cases they took in themselves; this one was taken in by "
                            + c.firstResponder() + ".");
        }
    }
}
