package org.zongzhi.tenant.tree.domain;

import java.util.Optional;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;

/**
 * Who may bring a center onto the platform, suspend it or reactivate it: the province anyone below it, a
 * city admin the counties of its city, a county admin the townships and villages of its county. Always
 * strictly inside the caller's own subtree.
 */
public final class OnboardingPolicy {

    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String CITY_ADMIN = "city-admin";
    public static final String COUNTY_ADMIN = "county-admin";

    private OnboardingPolicy() {}

    /** Why the caller may not manage the center, or empty when it may. */
    public static Optional<String> refusal(Caller caller, TenantCode center) {
        if (center.equals(caller.tenant())) {
            return Optional.of("A center cannot onboard, suspend or reactivate itself; the level above does.");
        }
        if (!center.isWithin(caller.tenant())) {
            return Optional.of("Center " + center + " is outside your part of the tree (" + caller.tenant() + ").");
        }
        Level level = center.level();
        if (caller.hasRole(PROVINCE_ADMIN) && caller.tenant().level() == Level.PROVINCE) {
            return Optional.empty();
        }
        if (caller.hasRole(CITY_ADMIN) && caller.tenant().level() == Level.CITY) {
            return level == Level.COUNTY
                    ? Optional.empty()
                    : Optional.of("A city admin manages the counties of its city; " + center + " is a "
                            + level.name().toLowerCase() + ", which its county admin manages.");
        }
        if (caller.hasRole(COUNTY_ADMIN) && caller.tenant().level() == Level.COUNTY) {
            return level == Level.TOWNSHIP || level == Level.VILLAGE
                    ? Optional.empty()
                    : Optional.of("A county admin manages townships and villages only.");
        }
        return Optional.of("Only a province, city or county admin may onboard, suspend or reactivate centers.");
    }

    /** The role of the first admin account of a center at that level. */
    public static String adminRoleFor(Level level) {
        return switch (level) {
            case PROVINCE -> PROVINCE_ADMIN;
            case CITY -> CITY_ADMIN;
            case COUNTY -> COUNTY_ADMIN;
            case TOWNSHIP, VILLAGE -> "center-admin";
        };
    }
}
