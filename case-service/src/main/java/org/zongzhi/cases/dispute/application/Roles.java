package org.zongzhi.cases.dispute.application;

import java.util.Set;
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

    private Roles() {}

    public static boolean any(Caller caller, Set<String> roles) {
        return caller.roles().stream().anyMatch(roles::contains);
    }
}
