package org.zongzhi.tenant.conformance.infrastructure;

import static org.zongzhi.tenant.conformance.infrastructure.StandardStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.conformance.domain.RectificationClock;
import org.zongzhi.tenant.conformance.domain.TaskStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rectification tasks (整改), in PostgreSQL under RLS (the center and the centers above it). */
@Repository
public class RectificationStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    RectificationStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One step of a task's life. */
    public record Step(String action, String detail, String actor, Instant at) {}

    public record Task(
            long id,
            long assessmentId,
            long roundId,
            String center,
            String inspector,
            String item,
            String requirement,
            TaskStatus status,
            RectificationClock clock,
            WarningColour colour,
            Instant supervisedAt,
            String supervisionOrder,
            String response,
            Instant submittedAt,
            String verifiedBy,
            Instant verifiedAt,
            String verificationComment,
            List<Step> history,
            String createdBy,
            Instant createdAt) {}

    public long insert(
            long assessment,
            long round,
            TenantCode center,
            TenantCode inspector,
            String item,
            String requirement,
            RectificationClock clock,
            List<Step> history,
            String by) {
        return jdbc.queryForObject(
                "insert into rectification_task (assessment_id, round_id, center_code, center_path, inspector_code,"
                        + " item_code, requirement, working_days, started_at, blue_at, yellow_at, due_at, history,"
                        + " created_by) values (?, ?, ?, cast(? as ltree), ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)"
                        + " returning id",
                Long.class,
                assessment,
                round,
                center.value(),
                center.path(),
                inspector.value(),
                item,
                requirement,
                clock.workingDays(),
                Timestamp.from(clock.startedAt()),
                Timestamp.from(clock.blueAt()),
                Timestamp.from(clock.yellowAt()),
                Timestamp.from(clock.dueAt()),
                json.writeValueAsString(history),
                by);
    }

    public Optional<Task> find(long id) {
        return jdbc.query("select * from rectification_task where id = ?", this::task, id).stream()
                .findFirst();
    }

    public Optional<Task> findForUpdate(long id) {
        return jdbc.query("select * from rectification_task where id = ? for update", this::task, id).stream()
                .findFirst();
    }

    /** Tasks within a subtree the caller can read, unfinished first, then by due date. */
    public List<Task> within(TenantCode root, TaskStatus status) {
        return jdbc.query(
                "select * from rectification_task where center_code >= ? and center_code < ?"
                        + (status == null ? "" : " and status = '" + status.name() + "'")
                        + " order by (status = 'VERIFIED'), due_at limit 1000",
                this::task,
                root.value(),
                root.value() + "~");
    }

    public List<Task> ofCenter(String center) {
        return jdbc.query("select * from rectification_task where center_code = ? order by id", this::task, center);
    }

    public List<Task> unfinished() {
        return jdbc.query("select * from rectification_task where status <> 'VERIFIED' order by id", this::task);
    }

    public void save(Task task) {
        jdbc.update(
                "update rectification_task set status = ?, colour = ?, supervised_at = ?, supervision_order = ?,"
                        + " response = ?, submitted_at = ?, verified_by = ?, verified_at = ?, verification_comment = ?,"
                        + " history = cast(? as jsonb) where id = ?",
                task.status().name(),
                task.colour().name(),
                task.supervisedAt() == null ? null : Timestamp.from(task.supervisedAt()),
                task.supervisionOrder(),
                task.response(),
                task.submittedAt() == null ? null : Timestamp.from(task.submittedAt()),
                task.verifiedBy(),
                task.verifiedAt() == null ? null : Timestamp.from(task.verifiedAt()),
                task.verificationComment(),
                json.writeValueAsString(task.history()),
                task.id());
    }

    private Task task(ResultSet rs, int row) throws SQLException {
        return new Task(
                rs.getLong("id"),
                rs.getLong("assessment_id"),
                rs.getLong("round_id"),
                rs.getString("center_code"),
                rs.getString("inspector_code"),
                rs.getString("item_code"),
                rs.getString("requirement"),
                TaskStatus.valueOf(rs.getString("status")),
                new RectificationClock(
                        rs.getInt("working_days"),
                        instant(rs.getTimestamp("started_at")),
                        instant(rs.getTimestamp("blue_at")),
                        instant(rs.getTimestamp("yellow_at")),
                        instant(rs.getTimestamp("due_at"))),
                WarningColour.valueOf(rs.getString("colour")),
                instant(rs.getTimestamp("supervised_at")),
                rs.getString("supervision_order"),
                rs.getString("response"),
                instant(rs.getTimestamp("submitted_at")),
                rs.getString("verified_by"),
                instant(rs.getTimestamp("verified_at")),
                rs.getString("verification_comment"),
                json.readValue(rs.getString("history"), new TypeReference<List<Step>>() {}),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")));
    }
}
