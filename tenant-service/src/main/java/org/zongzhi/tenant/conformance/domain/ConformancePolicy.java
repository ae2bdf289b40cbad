package org.zongzhi.tenant.conformance.domain;

import java.util.Set;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;

/**
 * Who may do what with the standard and the assessments. A center outside the caller's reach is "not
 * found" (the caller must not learn it exists); one within reach but not the caller's to act on is refused.
 */
public final class ConformancePolicy {

    public static final Set<String> ADMIN_ROLES =
            Set.of("province-admin", "city-admin", "county-admin", "center-admin");

    private ConformancePolicy() {}

    public static boolean isAdminOf(Caller caller, TenantCode center) {
        return caller.tenant().equals(center) && caller.roles().stream().anyMatch(ADMIN_ROLES::contains);
    }

    /** The province's admins author and publish the standard. */
    public static void requireAuthor(Caller caller) {
        if (caller.tenant().level() != Level.PROVINCE || !caller.hasRole("province-admin")) {
            throw Refusal.forbidden("Only the province's admins author and publish the standard; a city or county"
                    + " tailors a published version for its subtree instead.");
        }
    }

    /** A city's or county's own admins tailor for it. */
    public static void requireTailor(Caller caller, TenantCode owner) {
        if (!isAdminOf(caller, owner) || !(caller.hasRole("city-admin") || caller.hasRole("county-admin"))) {
            throw Refusal.forbidden(
                    "Only the admins of " + owner + " itself (city-admin or county-admin) tailor its" + " standard.");
        }
    }

    /** A province, city or county admin opens rounds for its own subtree. */
    public static void requireRoundOwner(Caller caller) {
        if (caller.tenant().level().ordinal() > Level.COUNTY.ordinal()
                || caller.roles().stream()
                        .noneMatch(r ->
                                r.equals("province-admin") || r.equals("city-admin") || r.equals("county-admin"))) {
            throw Refusal.forbidden(
                    "Rounds are opened by the admins of a province, city or county center for" + " their own subtree.");
        }
    }

    /** The center itself fills in its assessment. */
    public static void requireSelfAssessor(Caller caller, TenantCode center) {
        if (!isAdminOf(caller, center)) {
            throw Refusal.forbidden("Only the admins of " + center + " itself fill in and submit its assessment;"
                    + " the centers above it inspect it.");
        }
    }

    /** The parent center inspects; nobody else (not the center itself, not a center higher up). */
    public static void requireInspector(Caller caller, TenantCode center) {
        TenantCode parent = center.ancestors().getLast();
        if (!isAdminOf(caller, parent)) {
            throw Refusal.forbidden(
                    "Only the admins of " + parent + ", the parent of " + center + ", inspect its assessment.");
        }
    }
}
