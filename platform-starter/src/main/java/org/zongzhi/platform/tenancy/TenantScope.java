package org.zongzhi.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work done on behalf of someone other than the signed-in caller's own center: a higher center acting on
 * a center of its subtree, or a system job (seeding, scans) that belongs to no center. Everything else
 * runs as the caller's own center, taken from the token.
 */
public final class TenantScope {

    private record Scope(TenantCode acting, String systemReason) {}

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private TenantScope() {}

    /** Runs work whose data belongs to {@code target}, which must be the caller's center or below it. */
    public static <T> T actingFor(Caller caller, TenantCode target, Supplier<T> work) {
        if (!target.isWithin(caller.tenant())) {
            throw new IllegalStateException(caller.tenant() + " may not act for " + target + ": not in its subtree");
        }
        return within(new Scope(target, null), work);
    }

    /** Runs a job that belongs to no center; rows of every center are visible to it. */
    public static <T> T asSystem(String reason, Supplier<T> work) {
        return within(new Scope(null, reason), work);
    }

    public static Optional<TenantCode> acting() {
        Scope scope = CURRENT.get();
        return scope == null ? Optional.empty() : Optional.ofNullable(scope.acting());
    }

    public static boolean isSystem() {
        Scope scope = CURRENT.get();
        return scope != null && scope.systemReason() != null;
    }

    private static <T> T within(Scope scope, Supplier<T> work) {
        Scope previous = CURRENT.get();
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
