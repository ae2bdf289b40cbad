package org.zongzhi.platform.security;

/**
 * Where tenant-service publishes whose access is withdrawn before their tokens expire, for the gateway and
 * for case-service's API keys (Open311) to read: one contract, every side. See docs/architecture.md.
 */
public final class AccessRevocationKeys {

    /** A sorted set of the division codes of suspended centers, scored by the epoch second of suspension. */
    public static final String SUSPENDED_CENTERS = "platform:access:suspended-centers";

    /** A hash of account id to the epoch second up to which its tokens are refused. */
    public static final String REVOKED_ACCOUNTS = "platform:access:revoked-accounts";

    /** Announced on whenever either changes. */
    public static final String CHANGED = "platform:access:changed";

    private AccessRevocationKeys() {}
}
