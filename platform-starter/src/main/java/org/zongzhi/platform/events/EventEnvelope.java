package org.zongzhi.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every event travels in, whatever its payload: enough to route, order, deduplicate and
 * trace it without reading the payload.
 *
 * @param id unique per event, for deduplication by consumers
 * @param type past-tense event name, e.g. {@code CaseOpened}
 * @param tenant the center whose data changed (its division code)
 * @param aggregateId the id of the thing that changed, e.g. a case id; events of one aggregate are ordered
 * @param version the aggregate's version after the change; consumers drop anything older than they have
 * @param occurredAt when the change was committed
 * @param requestId the request that caused it, for following one action across services
 * @param payload the event body as JSON text
 */
public record EventEnvelope(
        UUID id,
        String type,
        String tenant,
        String aggregateId,
        long version,
        Instant occurredAt,
        String requestId,
        String payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
