package org.zongzhi.cases.dispute.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One line of a case's timeline. Its tenant is the center that acted; the table is append-only. */
@Entity
@Table(name = "case_timeline")
@Immutable
class TimelineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline")
    @SequenceGenerator(name = "timeline", sequenceName = "case_timeline_id_seq", allocationSize = 1)
    Long id;

    UUID caseId;
    Instant at;
    String actor;

    @TenantId
    String actorCenter;

    String action;
    String summary;
    String fromStatus;
    String toStatus;

    protected TimelineRecord() {}
}
