package org.zongzhi.cases.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.events.EventEnvelope;
import org.zongzhi.platform.tenancy.TenantScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes outbox events to the Redis stream, oldest first. A round claims a batch of unpublished events
 * with {@code FOR UPDATE SKIP LOCKED} and keeps only those with no earlier unpublished event of the same
 * case outside the batch (that one is being published by another replica, or failed): so events of one
 * case reach the stream in order. Each is added with XADD, and marked published in the same transaction
 * only after Redis accepted it; a crash in between publishes it again (at least once: consumers drop
 * what they have by event id or case version).
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** The stream entry's one field. */
    public static final String ENVELOPE = org.zongzhi.platform.events.CaseEventStream.FIELD;

    private static final String CLAIM = """
            with claimed as (
                select seq from case_outbox where published_at is null order by seq limit :batch
                   for update skip locked
            )
            select o.seq, o.id, o.type, o.tenant, o.aggregate_id, o.version, o.occurred_at, o.request_id,
                   o.payload::text as payload
              from case_outbox o join claimed using (seq)
             where not exists (select 1 from case_outbox earlier
                                where earlier.aggregate_id = o.aggregate_id and earlier.published_at is null
                                  and earlier.seq < o.seq and earlier.seq not in (select seq from claimed))
             order by o.seq
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StringRedisTemplate redis;
    private final RelayProperties properties;
    private final JsonMapper json;

    OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            StringRedisTemplate redis,
            RelayProperties properties,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.redis = redis;
        this.properties = properties;
        this.json = json;
    }

    private record Pending(long seq, EventEnvelope envelope) {}

    /** Relays until the outbox holds nothing publishable; returns how many events were published. */
    public int relayAll() {
        int total = 0;
        int published;
        do {
            published = TenantScope.asSystem("outbox relay", () -> transactions.execute(tx -> round()));
            total += published;
        } while (published == properties.batch());
        return total;
    }

    private int round() {
        List<Pending> pending = jdbc.sql(CLAIM)
                .param("batch", properties.batch())
                .query((rs, n) -> new Pending(
                        rs.getLong("seq"),
                        new EventEnvelope(
                                rs.getObject("id", UUID.class),
                                rs.getString("type"),
                                rs.getString("tenant"),
                                rs.getString("aggregate_id"),
                                rs.getLong("version"),
                                rs.getObject("occurred_at", OffsetDateTime.class)
                                        .toInstant(),
                                rs.getString("request_id"),
                                rs.getString("payload"))))
                .list();
        List<Long> published = new ArrayList<>();
        XAddOptions trim = XAddOptions.maxlen(properties.maxLength()).approximateTrimming(true);
        for (Pending p : pending) {
            try {
                redis.opsForStream()
                        .add(StreamRecords.newRecord().in(properties.stream()).ofMap(fields(p.envelope())), trim);
            } catch (RuntimeException e) {
                log.warn(
                        "Redis refused event {} of case {}; it stays in the outbox: {}",
                        p.envelope().id(),
                        p.envelope().aggregateId(),
                        e.getMessage());
                break;
            }
            published.add(p.seq());
        }
        if (!published.isEmpty()) {
            jdbc.sql("update case_outbox set published_at = :now where seq in (:seqs)")
                    .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .param("seqs", published)
                    .update();
        }
        return published.size();
    }

    /** One stream field, {@code envelope}: the envelope as JSON (see the case-service README). */
    private Map<String, String> fields(EventEnvelope envelope) {
        return Map.of(ENVELOPE, json.writeValueAsString(envelope));
    }

    /** Drops published events older than the retention; unpublished ones are never dropped. */
    public int purgePublished() {
        return TenantScope.asSystem(
                "outbox purge",
                () -> transactions.execute(tx -> jdbc.sql("delete from case_outbox where published_at < :before")
                        .param("before", OffsetDateTime.now(ZoneOffset.UTC).minus(properties.retention()))
                        .update()));
    }
}
