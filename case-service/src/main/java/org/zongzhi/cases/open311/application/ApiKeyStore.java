package org.zongzhi.cases.open311.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zongzhi.cases.open311.domain.ApiKey;
import org.zongzhi.platform.tenancy.TenantCode;

/** Where keys are kept: as their hash, under row-level security (a center sees its own keys only). */
public interface ApiKeyStore {

    void add(ApiKey key, String hash);

    /** The center's keys, newest first. */
    List<ApiKey> ofCenter(TenantCode center);

    /** Revokes the key if the acting center owns it (a second revocation keeps the first one's time). */
    Optional<ApiKey> revoke(UUID id, String by, Instant at);

    /** The key with this prefix and its hash, whichever center it is of (a system lookup). */
    Optional<Stored> byPrefix(String prefix);

    /** Counts a call of the key and when it was (a system update). */
    void used(UUID id, Instant at);

    record Stored(ApiKey key, String hash) {}
}
