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

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
