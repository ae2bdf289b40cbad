package org.zongzhi.cases.dispute.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A supervision order; inserted by the warning scan (SQL), answered through the case. */
@Entity
@Table(name = "case_supervision")
class SupervisionRecord {

    @Id
    UUID id;

    @Column(updatable = false)
    String issuer;

    @Column(updatable = false)
    String target;

    @Column(updatable = false)
    String reason;

    @Column(updatable = false)
    Instant issuedAt;

    @Column(updatable = false)
    Instant responseDue;

    String response;
    Instant respondedAt;
    String respondedBy;

    protected SupervisionRecord() {}
}
