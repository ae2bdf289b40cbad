package org.zongzhi.tenant.conformance.infrastructure;

import static org.zongzhi.tenant.conformance.infrastructure.StandardStore.instant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.zongzhi.platform.tenancy.TenantCode;

/** Evidence files with their SHA-256, as bytea rows (under RLS: the center and the centers above it). */
@Repository
public class EvidenceStore {

    private final JdbcTemplate jdbc;

    EvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What is known of a file without its bytes. */
    public record FileInfo(
            long id,
            String center,
            Long assessmentId,
            Long taskId,
            String item,
            String filename,
            String contentType,
            int size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {}

    public record File(FileInfo info, byte[] content) {}

    private static final String INFO = "id, center_code, assessment_id, task_id, item_code, filename, content_type,"
            + " size_bytes, sha256, uploaded_by, uploaded_at";

    public FileInfo insert(
            TenantCode center,
            Long assessment,
            Long task,
            String item,
            String filename,
            String contentType,
            byte[] content,
            String sha256,
            String by) {
        long id = jdbc.queryForObject(
                "insert into evidence_file (center_code, center_path, assessment_id, task_id, item_code, filename,"
                        + " content_type, size_bytes, sha256, content, uploaded_by)"
                        + " values (?, cast(? as ltree), ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                center.value(),
                center.path(),
                assessment,
                task,
                item,
                filename,
                contentType,
                content.length,
                sha256,
                content,
                by);
        return info(id).orElseThrow();
    }

    public Optional<FileInfo> info(long id) {
        return jdbc.query("select " + INFO + " from evidence_file where id = ?", (rs, i) -> info(rs), id).stream()
                .findFirst();
    }

    public Optional<File> file(long id) {
        return jdbc
                .query(
                        "select " + INFO + ", content from evidence_file where id = ?",
                        (rs, i) -> new File(info(rs), rs.getBytes("content")),
                        id)
                .stream()
                .findFirst();
    }

    public List<FileInfo> ofTask(long task) {
        return jdbc.query(
                "select " + INFO + " from evidence_file where task_id = ? order by id", (rs, i) -> info(rs), task);
    }

    private static FileInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FileInfo(
                rs.getLong("id"),
                rs.getString("center_code"),
                (Long) rs.getObject("assessment_id", Long.class),
                (Long) rs.getObject("task_id", Long.class),
                rs.getString("item_code"),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                instant(rs.getTimestamp("uploaded_at")));
    }
}
