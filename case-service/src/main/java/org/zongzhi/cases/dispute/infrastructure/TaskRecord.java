package org.zongzhi.cases.dispute.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "case_task")
class TaskRecord {

    @Id
    UUID id;

    String kind;
    String department;
    String mediator;
    String note;
    Instant assignedAt;
    String assignedBy;
    Instant acceptedAt;
    String acceptedBy;
    String part;
    Instant partRecordedAt;
    String partRecordedBy;

    protected TaskRecord() {}
}
