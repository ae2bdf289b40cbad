package org.zongzhi.platform.tenancy;

import java.util.Set;

/**
 * Who is calling: taken from the verified access token only, never from a header or a parameter.
 *
 * @param subject the identity provider's stable user id
 * @param username the login name, for logs and timelines
 * @param tenant the center the user belongs to
 * @param roles the platform roles the user holds (province-admin, intake-clerk, …)
 */
public record Caller(String subject, String username, TenantCode tenant, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Every staff role except the grid worker's: they handle cases, so they read the internal notes. */
    public static final Set<String> INTERNAL_NOTE_READERS = Set.of(
            "province-admin",
            "city-admin",
            "county-admin",
            "center-admin",
            "intake-clerk",
            "mediator",
            "department-handler",
            "auditor");

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * Whether the caller reads a case's internal notes (内部备注): the staff who handle and oversee cases do;
     * a grid worker, who reports from the street and follows what they reported, sees the public notes only.
     */
    public boolean readsInternalNotes() {
        return roles.stream().anyMatch(INTERNAL_NOTE_READERS::contains);
    }
}
