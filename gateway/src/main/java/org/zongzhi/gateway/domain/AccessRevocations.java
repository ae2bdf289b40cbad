package org.zongzhi.gateway.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whose access tokens the gateway refuses although they are signed and unexpired: those of a suspended
 * center's staff (the token's {@code tenant} is suspended; only that center — suspending a center takes off
 * its own accounts, not those of the centers below it), and those an account was issued up to the second
 * it was disabled (the token's {@code sub} and {@code iat}). tenant-service writes both to Redis; this is the
 * gateway's copy in memory, replaced whole by each reload, so a decision never waits for Redis. If Redis
 * cannot be read the last copy stays in force (see {@code AccessRevocationsFromRedis}).
 */
public final class AccessRevocations {

    public enum Refusal {
        CENTER_SUSPENDED,
        ACCOUNT_DISABLED
    }

    /**
     * One reading of Redis: suspended center codes, and per account id the epoch second up to which its
     * tokens are refused.
     */
    public record Snapshot(Set<String> suspendedCenters, Map<String, Long> accountCutoffs, Instant loadedAt) {

        public static final Snapshot NONE = new Snapshot(Set.of(), Map.of(), null);

        public Snapshot {
            suspendedCenters = Set.copyOf(suspendedCenters);
            accountCutoffs = Map.copyOf(accountCutoffs);
        }
    }

    private volatile Snapshot current = Snapshot.NONE;

    /**
     * Why a token of {@code subject} at {@code tenant} issued at {@code issuedAt} is refused, or empty when it
     * is not. A token without an issue time is refused when its account has a cutoff (it cannot show it came
     * after). A token issued in the very second an account was disabled is refused too: signing in again a
     * second later works.
     */
    public Optional<Refusal> refusal(String tenant, String subject, Instant issuedAt) {
        Snapshot snapshot = current;
        if (tenant != null && snapshot.suspendedCenters().contains(tenant)) {
            return Optional.of(Refusal.CENTER_SUSPENDED);
        }
        Long cutoff = subject == null ? null : snapshot.accountCutoffs().get(subject);
        if (cutoff != null && (issuedAt == null || issuedAt.getEpochSecond() <= cutoff)) {
            return Optional.of(Refusal.ACCOUNT_DISABLED);
        }
        return Optional.empty();
    }

    public void replace(Snapshot snapshot) {
        current = snapshot;
    }

    public Snapshot current() {
        return current;
    }
}
