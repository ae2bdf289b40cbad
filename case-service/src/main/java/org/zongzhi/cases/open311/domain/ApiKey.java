package org.zongzhi.cases.open311.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * An Open311 API key of one center and one channel (the 12345 hotline's system, the 平安山西 App…): what it
 * submits comes in as that channel at that center, at most {@code perMinute} requests a minute. Only its
 * hash is stored; {@code prefix} finds it.
 *
 * @param requests how many calls it made so far
 */
public record ApiKey(
        UUID id,
        TenantCode center,
        Channel channel,
        String label,
        String prefix,
        int perMinute,
        Instant createdAt,
        String createdBy,
        Instant revokedAt,
        Instant lastUsedAt,
        long requests) {

    /** The channels whose systems are outside the platform and may be given a key. */
    public static final Set<Channel> CHANNELS =
            Set.of(Channel.HOTLINE_12345, Channel.APP, Channel.DEPARTMENT_TRANSFER, Channel.PETITION);

    public static final int DEFAULT_PER_MINUTE = 60;
    public static final int MAX_PER_MINUTE = 6000;

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(center, "center");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(prefix, "prefix");
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /**
     * Who the platform sees when this key submits: no person, but the key itself at its center (its
     * prefix names it in the case's timeline), without any staff role.
     */
    public Caller asCaller() {
        return new Caller("open311-key:" + id, "open311:" + prefix, center, Set.of());
    }

    /** Checks a channel and a rate before a key is made. */
    public static void checkNew(Channel channel, String label, int perMinute) {
        if (channel == null || !CHANNELS.contains(channel)) {
            throw new IllegalArgumentException(
                    "channel: a key is for one outside channel: HOTLINE_12345, APP, DEPARTMENT_TRANSFER or PETITION");
        }
        if (label == null || label.isBlank() || label.strip().length() > 60) {
            throw new IllegalArgumentException(
                    "label: name the system the key is for (1-60 characters), e.g. 12345热线平台");
        }
        if (perMinute < 1 || perMinute > MAX_PER_MINUTE) {
            throw new IllegalArgumentException("perMinute: requests a minute between 1 and " + MAX_PER_MINUTE
                    + " (default " + DEFAULT_PER_MINUTE + ")");
        }
    }
}
