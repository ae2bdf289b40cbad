package org.zongzhi.cases.open311.application;

import org.zongzhi.cases.open311.domain.ApiKey;

/** Calls per key and minute, shared by every replica. */
public interface KeyRateLimit {

    /** Counts this call; 0 when it is within the key's limit, else the seconds until the next minute. */
    long retryAfter(ApiKey key);
}
