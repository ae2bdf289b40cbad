package org.zongzhi.cases.dispute.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * An event waiting in the outbox, in the platform's envelope. Its tenant is the center whose action
 * changed the case; only the relay (a system job) reads and marks it.
 */
@Entity
@Table(name = "case_outbox")
@Immutable
class OutboxRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox")
    @SequenceGenerator(name = "outbox", sequenceName = "case_outbox_seq_seq", allocationSize = 1)
    Long seq;

    @Column(name = "id")
    UUID eventId;

    String type;

    @TenantId
    String tenant;

    UUID aggregateId;
    long version;
    Instant occurredAt;
    String requestId;

    @ColumnTransformer(write = "?::jsonb")
    String payload;

    protected OutboxRecord() {}
}
