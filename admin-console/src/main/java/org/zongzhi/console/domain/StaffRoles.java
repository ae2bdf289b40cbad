package org.zongzhi.console.domain;

import java.util.Collection;
import java.util.Set;

/**
 * What the console offers to whom. The API decides and enforces; these sets only keep the console from
 * offering a form the API would refuse (they follow case-service's {@code Roles}).
 */
public final class StaffRoles {

    public static final Set<String> INTAKE = Set.of(
            "province-admin", "city-admin", "county-admin", "center-admin", "intake-clerk", "grid-worker", "mediator");

    public static final Set<String> REVEAL =
            Set.of("county-admin", "center-admin", "intake-clerk", "mediator", "department-handler");

    public static final Set<String> ADMIN = Set.of("province-admin", "city-admin", "county-admin", "center-admin");

    private static final Set<String> SHOWN = Set.of(
            "province-admin",
            "city-admin",
            "county-admin",
            "center-admin",
            "intake-clerk",
            "mediator",
            "department-handler",
            "grid-worker",
            "auditor");

    private StaffRoles() {}

    public static boolean any(Collection<String> roles, Set<String> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }

    /** The platform's own roles among a token's realm roles (Keycloak's defaults left out). */
    public static boolean isPlatformRole(String role) {
        return SHOWN.contains(role);
    }

    /** A role's Chinese name. */
    public static String label(String role) {
        return switch (role) {
            case "province-admin" -> "省级管理员";
            case "city-admin" -> "市级管理员";
            case "county-admin" -> "县级管理员";
            case "center-admin" -> "中心管理员";
            case "intake-clerk" -> "受理员";
            case "mediator" -> "调解员";
            case "department-handler" -> "部门承办人";
            case "grid-worker" -> "网格员";
            case "auditor" -> "审计员";
            default -> role;
        };
    }
}
