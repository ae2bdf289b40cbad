package org.zongzhi.tenant.grid.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * Who does what with grids. A village's grids are read by the village and the centers above it (nobody
 * beside it); they are drawn, ended and staffed by the village's own admins; a patrol is made by one of the
 * grid's members, on their own phone, as themselves.
 */
public final class GridPolicy {

    public static final Set<String> ADMIN_ROLES =
            Set.of("province-admin", "city-admin", "county-admin", "center-admin");

    private GridPolicy() {}

    /** The village's own data is readable by it and every center above it. */
    public static boolean canRead(Caller caller, TenantCode center) {
        return center.isWithin(caller.tenant());
    }

    /** Why the caller may not draw, end or staff the village's grids, or empty when it may. */
    public static Optional<String> managementRefusal(Caller caller, TenantCode village) {
        if (!village.equals(caller.tenant())) {
            return Optional.of("Only the admins of center " + village
                    + " manage its grids; the centers above it see them read-only.");
        }
        if (caller.roles().stream().noneMatch(ADMIN_ROLES::contains)) {
            return Optional.of("Managing the center's grids needs an admin role of the center.");
        }
        if (village.level() != TenantCode.Level.VILLAGE) {
            return Optional.of("Grids lie below a village or community center; " + village + " is a "
                    + village.level().name().toLowerCase() + ".");
        }
        return Optional.empty();
    }

    /** Why the caller may not patrol the grid, or empty when it may: a member of the grid, of its village. */
    public static Optional<String> patrolRefusal(Caller caller, Grid grid, Collection<GridMember> members) {
        if (!grid.center().equals(caller.tenant())) {
            return Optional.of("Only the members of grid " + grid.code() + " patrol it; the centers above it"
                    + " read the patrol logs.");
        }
        if (members.stream().noneMatch(m -> m.username().equals(caller.username()))) {
            return Optional.of(
                    "You are not a member of grid " + grid.code() + "; the center's admin assigns you to it first.");
        }
        return Optional.empty();
    }
}
