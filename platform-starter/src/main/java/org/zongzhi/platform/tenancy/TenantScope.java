package org.zongzhi.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work done on behalf of someone other than the signed-in caller's own center: a higher center acting on
 * a center of its subtree, a system job (seeding, scans) that belongs to no center, or a center's work
 * under a credential the service verified itself instead of a token (an Open311 API key). Everything else
 * runs as the caller's own center, taken from the token.
 */
public final class TenantScope {

    private record Scope(TenantCode acting, String systemReason, Caller caller) {}

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private TenantScope() {}

    /** Runs work whose data belongs to {@code target}, which must be the caller's center or below it. */
    public static <T> T actingFor(Caller caller, TenantCode target, Supplier<T> work) {
        if (!target.isWithin(caller.tenant())) {
            throw new IllegalStateException(caller.tenant() + " may not act for " + target + ": not in its subtree");
        }
        return within(new Scope(target, null, caller().orElse(null)), work);
    }

    /** Runs a job that belongs to no center; rows of every center are visible to it. */
    public static <T> T asSystem(String reason, Supplier<T> work) {
        return within(new Scope(null, reason, null), work);
    }

    /**
     * Runs work as {@code caller} when the request carries no platform token: the service has verified
     * another credential (an Open311 API key of the caller's center) and acts as that center, under the
     * same row-level security as a signed-in user of it.
     */
    public static <T> T asCenter(Caller caller, Supplier<T> work) {
        return within(new Scope(null, null, java.util.Objects.requireNonNull(caller, "caller")), work);
    }

    /** The caller set by {@link #asCenter}, if the current work runs under one. */
    public static Optional<Caller> caller() {
        Scope scope = CURRENT.get();
        return scope == null ? Optional.empty() : Optional.ofNullable(scope.caller());
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
