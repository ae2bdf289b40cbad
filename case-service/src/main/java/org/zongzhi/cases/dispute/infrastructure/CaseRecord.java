package org.zongzhi.cases.dispute.infrastructure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A case row. Its tenant is the center holding the case: Hibernate finds it for change only for that
 * center and refuses to update it for another. The holder and the custody trail change only through
 * {@link JpaCaseRepository}'s hand-over statement, which row-level security checks.
 */
@Entity
@Table(name = "cases")
class CaseRecord {

    @Id
    UUID id;

    @Column(updatable = false)
    String code;

    @Column(updatable = false)
    String origin;

    @TenantId
    @Column(updatable = false)
    String holder;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(updatable = false, columnDefinition = "varchar(12)[]")
    String[] custody;

    @Column(updatable = false)
    String channel;

    String category;

    @Column(updatable = false)
    String title;

    @Column(updatable = false)
    String description;

    @Column(updatable = false)
    String place;

    @Column(updatable = false)
    String gridCode;

    int groupSize;
    boolean violenceRisk;
    boolean vulnerableParties;
    boolean sensitivePeriod;
    String riskLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] riskReasons;

    String status;

    @Column(updatable = false)
    String firstResponder;

    String responsible;
    String transferKind;
    String transferFrom;
    String transferTo;
    String transferReason;
    Instant transferAt;
    String transferBy;
    String transferStatusBefore;
    String outcomeKind;

    @ColumnTransformer(write = "?::jsonb")
    String outcome;

    String stepLimit;
    Instant stepStartedAt;
    Instant blueAt;
    Instant yellowAt;
    Instant dueAt;
    String warning;
    Instant nextWarningAt;

    @Column(updatable = false)
    String secretHash;

    @ColumnTransformer(write = "?::jsonb")
    String snapshot;

    @Column(updatable = false)
    Instant createdAt;

    Instant filedAt;

    @Column(updatable = false)
    Instant fileDueAt;

    Instant closeDueAt;

    Instant updatedAt;
    Instant closedAt;
    Instant archivedAt;
    long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("position")
    List<PartyRecord> parties = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("assignedAt")
    List<TaskRecord> tasks = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("at")
    List<FollowUpRecord> followUps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("id")
    List<NoteRecord> notes = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("issuedAt")
    List<SupervisionRecord> supervisions = new ArrayList<>();

    protected CaseRecord() {}
}
