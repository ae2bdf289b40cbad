package org.zongzhi.cases.dispute.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Table(name = "case_follow_up")
@Immutable
class FollowUpRecord {

    @Id
    UUID id;

    String kind;
    String satisfaction;
    String note;
    Instant at;
    String byUser;
    String center;

    protected FollowUpRecord() {}
}
