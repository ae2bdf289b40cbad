package org.zongzhi.tenant.profile.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One revision of a center's profile; the center is Hibernate's tenant of the row. */
@Entity
@Table(name = "center_profile")
public class ProfileRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "center_path", nullable = false, columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    private String centerPath;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String document;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by_center", updatable = false)
    private String changedByCenter;

    protected ProfileRevision() {}

    public ProfileRevision(
            int revision,
            String centerPath,
            String document,
            String changedBy,
            String changedByCenter,
            Instant changedAt) {
        this.revision = revision;
        this.centerPath = centerPath;
        this.document = document;
        this.changedBy = changedBy;
        this.changedByCenter = changedByCenter;
        this.changedAt = changedAt;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public int revision() {
        return revision;
    }

    public String document() {
        return document;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The center whose admin wrote the revision: the center itself, or the level above drafting it. */
    public String changedByCenter() {
        return changedByCenter == null ? tenantId : changedByCenter;
    }

    /** Only for tests that prove a foreign tenant's row cannot be changed. */
    public void overwriteDocument(String document) {
        this.document = document;
    }
}
