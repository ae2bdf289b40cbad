package org.zongzhi.cases.dispute.application;

import java.util.Set;
import org.zongzhi.cases.dispute.domain.CaseAction;
import org.zongzhi.platform.tenancy.Caller;

/** Which realm roles may do what with cases. The web layer enforces the same lists per endpoint. */
public final class Roles {

    /** Move cases through the loop and across levels. */
    public static final Set<String> HANDLE = Set.of(
            "province-admin",
            "city-admin",
            "county-admin",
            "center-admin",
            "intake-clerk",
            "mediator",
            "department-handler");

    /**
     * See a party's full national ID number and phone, for the center holding the case: the people who
     * contact parties. Administrators above and auditors see masked data only.
     */
    public static final Set<String> REVEAL =
            Set.of("county-admin", "center-admin", "intake-clerk", "mediator", "department-handler");

    /** Grid workers (网格员) report from the field; on what they took in they may also do these. */
    public static final String GRID_WORKER = "grid-worker";

    public static final Set<CaseAction> REPORTER_ACTIONS = Set.of(CaseAction.ESCALATE, CaseAction.ADD_NOTE);

    private Roles() {}

    /** A grid worker without a handling role, who took this case in: may escalate it and add notes. */
    public static boolean isReporter(Caller caller, String firstResponder) {
        return caller.hasRole(GRID_WORKER)
                && !any(caller, HANDLE)
                && caller.username().equals(firstResponder);
    }

    public static boolean any(Caller caller, Set<String> roles) {
        return caller.roles().stream().anyMatch(roles::contains);
    }
}
