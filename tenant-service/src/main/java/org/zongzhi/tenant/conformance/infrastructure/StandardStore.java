package org.zongzhi.tenant.conformance.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.conformance.domain.StandardDocument;
import org.zongzhi.tenant.conformance.domain.StandardVersion;
import org.zongzhi.tenant.conformance.domain.Tailoring;
import org.zongzhi.tenant.conformance.domain.VersionStatus;
import tools.jackson.databind.json.JsonMapper;

/** Versions of the standard and the tailorings of cities and counties, in PostgreSQL (under RLS). */
@Repository
public class StandardStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    StandardStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A version with who made it what it is and when. */
    public record Stored(
            StandardVersion version,
            String createdBy,
            Instant createdAt,
            String publishedBy,
            Instant publishedAt,
            String retiredBy,
            Instant retiredAt) {}

    /** A tailoring as stored, with its revision. */
    public record StoredTailoring(
            int version, Tailoring tailoring, int revision, String changedBy, Instant changedAt) {}

    public List<Stored> all() {
        return jdbc.query("select * from standard_version order by number desc", this::stored);
    }

    public Optional<Stored> find(int number) {
        return jdbc.query("select * from standard_version where number = ?", this::stored, number).stream()
                .findFirst();
    }

    public Optional<Stored> findForUpdate(int number) {
        return jdbc.query("select * from standard_version where number = ? for update", this::stored, number).stream()
                .findFirst();
    }

    public boolean isEmpty() {
        return jdbc.queryForObject("select count(*) from standard_version", Long.class) == 0;
    }

    /** The next free number; holds a transaction lock so that two drafts never get the same one. */
    public int nextNumber() {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('standard_version'))::text", String.class);
        return jdbc.queryForObject("select coalesce(max(number), 0) + 1 from standard_version", Integer.class);
    }

    public void insert(StandardVersion version, String by) {
        jdbc.update(
                "insert into standard_version (number, status, effective_from, document, created_by)"
                        + " values (?, ?, ?, cast(? as jsonb), ?)",
                version.number(),
                version.status().name(),
                version.effectiveFrom(),
                json.writeValueAsString(version.document()),
                by);
    }

    public void update(StandardVersion version, String by) {
        String sql = switch (version.status()) {
            case DRAFT -> "update standard_version set document = cast(? as jsonb) where number = ?";
            case PUBLISHED ->
                "update standard_version set status = 'PUBLISHED', effective_from = ?, published_by = ?,"
                        + " published_at = now() where number = ?";
            case RETIRED ->
                "update standard_version set status = 'RETIRED', retired_by = ?, retired_at = now()"
                        + " where number = ?";
        };
        switch (version.status()) {
            case DRAFT -> jdbc.update(sql, json.writeValueAsString(version.document()), version.number());
            case PUBLISHED -> jdbc.update(sql, version.effectiveFrom(), by, version.number());
            case RETIRED -> jdbc.update(sql, by, version.number());
        }
    }

    public Optional<StoredTailoring> tailoring(int version, TenantCode owner) {
        return jdbc
                .query(
                        "select * from standard_tailoring where version_number = ? and owner_code = ?",
                        this::mapTailoring,
                        version,
                        owner.value())
                .stream()
                .findFirst();
    }

    /** The tailorings of a version by the given owners that exist, top first. */
    public List<Tailoring> chain(int version, List<TenantCode> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return jdbc
                .query(
                        "select * from standard_tailoring where version_number = ? and owner_code = any (?)"
                                + " order by length(owner_code)",
                        this::mapTailoring,
                        version,
                        owners.stream().map(TenantCode::value).toArray(String[]::new))
                .stream()
                .map(StoredTailoring::tailoring)
                .toList();
    }

    /** Every tailoring of a version the caller can read (its chain above and its subtree). */
    public List<StoredTailoring> tailorings(int version) {
        return jdbc.query(
                "select * from standard_tailoring where version_number = ? order by owner_code",
                this::mapTailoring,
                version);
    }

    public StoredTailoring saveTailoring(int version, Tailoring tailoring, String by) {
        String document = json.writeValueAsString(tailoring);
        int updated = jdbc.update(
                "update standard_tailoring set document = cast(? as jsonb), revision = revision + 1, changed_by = ?,"
                        + " changed_at = now() where version_number = ? and owner_code = ?",
                document,
                by,
                version,
                tailoring.owner().value());
        if (updated == 0) {
            jdbc.update(
                    "insert into standard_tailoring (version_number, owner_code, owner_path, document, changed_by)"
                            + " values (?, ?, cast(? as ltree), cast(? as jsonb), ?)",
                    version,
                    tailoring.owner().value(),
                    tailoring.owner().path(),
                    document,
                    by);
        }
        return tailoring(version, tailoring.owner()).orElseThrow();
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        Object from = rs.getObject("effective_from", LocalDate.class);
        return new Stored(
                new StandardVersion(
                        rs.getInt("number"),
                        VersionStatus.valueOf(rs.getString("status")),
                        (LocalDate) from,
                        json.readValue(rs.getString("document"), StandardDocument.class)),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("published_by"),
                instant(rs.getTimestamp("published_at")),
                rs.getString("retired_by"),
                instant(rs.getTimestamp("retired_at")));
    }

    private StoredTailoring mapTailoring(ResultSet rs, int row) throws SQLException {
        return new StoredTailoring(
                rs.getInt("version_number"),
                json.readValue(rs.getString("document"), Tailoring.class),
                rs.getInt("revision"),
                rs.getString("changed_by"),
                instant(rs.getTimestamp("changed_at")));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
