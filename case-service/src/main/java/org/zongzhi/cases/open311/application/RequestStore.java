package org.zongzhi.cases.open311.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.zongzhi.cases.dispute.domain.CaseStatus;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.platform.tenancy.TenantCode;

/** The cases that came in through Open311, with what GeoReport shows of them. */
public interface RequestStore {

    /** Records that a case came in through a key; recording it again changes nothing. */
    void record(Recorded request);

    /** The requests of one center and channel that match the query, newest first, at most {@code limit}. */
    List<PublicRequest> find(TenantCode center, Channel channel, Query query, int limit);

    record Recorded(
            UUID caseId,
            String code,
            TenantCode center,
            Channel channel,
            UUID keyId,
            String serviceCode,
            Double lat,
            Double lon,
            String address,
            String mediaUrl,
            Instant requestedAt) {}

    /**
     * Either codes (then nothing else counts, as the spec says) or a time window with optional service
     * codes and open/closed.
     */
    record Query(List<String> codes, Set<String> serviceCodes, Instant start, Instant end, Set<Boolean> open) {}

    /** What GeoReport returns of a request: nothing of its parties, notes or staff. */
    record PublicRequest(
            String code,
            CaseStatus status,
            String serviceCode,
            String description,
            String agency,
            Instant requestedAt,
            Instant updatedAt,
            Double lat,
            Double lon,
            String address,
            String mediaUrl) {}
}
