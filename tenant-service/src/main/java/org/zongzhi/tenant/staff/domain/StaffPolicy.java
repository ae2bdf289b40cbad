package org.zongzhi.tenant.staff.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * Who manages a center's staff, and which roles they hand out: only the center's own admins, and only the
 * working roles of a center. Admin roles come with onboarding by the level above, never from a colleague.
 */
public final class StaffPolicy {

    /** The roles a center's admin may give: 受理员, 调解员, 网格员, 部门承办人. */
    public static final List<String> STAFF_ROLES =
            List.of("intake-clerk", "mediator", "grid-worker", "department-handler");

    public static final Set<String> ADMIN_ROLES =
            Set.of("province-admin", "city-admin", "county-admin", "center-admin");

    private StaffPolicy() {}

    /** Why the caller may not manage the center's staff, or empty when it may. */
    public static Optional<String> refusal(Caller caller, TenantCode center) {
        if (!center.equals(caller.tenant())) {
            return Optional.of("Only the admins of center " + center + " manage its staff; centers above it do not.");
        }
        if (caller.roles().stream().noneMatch(ADMIN_ROLES::contains)) {
            return Optional.of("Managing the center's staff needs an admin role of the center.");
        }
        return Optional.empty();
    }

    /** Why the role cannot be given to a new staff member, or empty when it can. */
    public static Optional<String> roleRefusal(String role) {
        if (role == null || role.isBlank()) {
            return Optional.of("role is required: one of " + String.join(", ", STAFF_ROLES) + ".");
        }
        if (STAFF_ROLES.contains(role)) {
            return Optional.empty();
        }
        if (ADMIN_ROLES.contains(role)) {
            return Optional.of("role " + role + " cannot be given here: admin accounts come with onboarding by the"
                    + " level above; give one of " + String.join(", ", STAFF_ROLES) + ".");
        }
        return Optional.of("role must be one of " + String.join(", ", STAFF_ROLES) + ", not '" + role + "'.");
    }

    /** Why the account cannot be disabled or enabled by the caller, or empty when it can. */
    public static Optional<String> changeRefusal(Caller caller, String username, List<String> roles) {
        if (username.equals(caller.username())) {
            return Optional.of("You cannot disable or enable your own account; another admin or the level above does.");
        }
        if (roles.stream().anyMatch(ADMIN_ROLES::contains)) {
            return Optional.of("Account " + username + " is an admin account; the level that onboarded the center"
                    + " manages it (suspending the center disables every account).");
        }
        return Optional.empty();
    }
}
