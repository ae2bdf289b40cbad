package org.zongzhi.tenant.conformance.infrastructure;

import static org.zongzhi.tenant.conformance.infrastructure.StandardStore.instant;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;
import org.zongzhi.tenant.conformance.domain.AppliedItem;
import org.zongzhi.tenant.conformance.domain.AssessmentStatus;
import org.zongzhi.tenant.conformance.domain.Entry;
import org.zongzhi.tenant.conformance.domain.Ranking;
import org.zongzhi.tenant.conformance.domain.Scorecard;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rounds, their item templates, assessments and their history, in PostgreSQL (under RLS). */
@Repository
public class AssessmentStore {

    private static final TypeReference<LinkedHashMap<String, Entry>> ENTRIES = new TypeReference<>() {};
    private static final TypeReference<List<AppliedItem>> ITEMS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AssessmentStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Round(
            long id,
            String owner,
            String title,
            int version,
            LocalDate periodFrom,
            LocalDate periodTo,
            Instant cutoff,
            List<Level> levels,
            Instant computedAt,
            Map<String, Object> computation,
            String createdBy,
            Instant createdAt) {}

    public record Assessment(
            long id,
            long roundId,
            long templateId,
            String center,
            Level level,
            int version,
            AssessmentStatus status,
            Map<String, Entry> entries,
            String comments,
            Scorecard scorecard,
            Instant finalizedAt,
            Instant updatedAt) {}

    /** One row of a round's list: no entries, only where the assessment stands. */
    public record Summary(
            long id,
            String center,
            String name,
            Level level,
            AssessmentStatus status,
            BigDecimal percent,
            String grade,
            Boolean passing) {}

    public record Event(
            String action,
            String fromStatus,
            String toStatus,
            String item,
            String detail,
            String actor,
            String actorCenter,
            Instant at) {}

    public record NewAssessment(String center, String centerPath, Level level, long templateId) {}

    public long insertRound(
            TenantCode owner,
            String title,
            int version,
            LocalDate from,
            LocalDate to,
            Instant cutoff,
            List<Level> levels,
            String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var ps = connection.prepareStatement(
                            "insert into assessment_round (owner_code, owner_path, title, version_number, period_from,"
                                    + " period_to, cutoff, levels, created_by) values (?, cast(? as ltree), ?, ?, ?, ?,"
                                    + " ?, ?, ?)",
                            new String[] {"id"});
                    ps.setString(1, owner.value());
                    ps.setString(2, owner.path());
                    ps.setString(3, title);
                    ps.setInt(4, version);
                    ps.setObject(5, from);
                    ps.setObject(6, to);
                    ps.setTimestamp(7, Timestamp.from(cutoff));
                    ps.setArray(
                            8,
                            connection.createArrayOf(
                                    "text", levels.stream().map(Enum::name).toArray()));
                    ps.setString(9, by);
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    public long insertTemplate(long round, Level level, String chain, List<AppliedItem> items) {
        return jdbc.queryForObject(
                "insert into assessment_template (round_id, level, chain, items) values (?, ?, ?, cast(? as jsonb))"
                        + " returning id",
                Long.class,
                round,
                level.name(),
                chain,
                json.writeValueAsString(items));
    }

    public void insertAssessments(long round, int version, List<NewAssessment> assessments) {
        jdbc.batchUpdate(
                "insert into assessment (round_id, template_id, center_code, center_path, level, version_number)"
                        + " values (?, ?, ?, cast(? as ltree), ?, ?)",
                assessments,
                1000,
                (ps, a) -> {
                    ps.setLong(1, round);
                    ps.setLong(2, a.templateId());
                    ps.setString(3, a.center());
                    ps.setString(4, a.centerPath());
                    ps.setString(5, a.level().name());
                    ps.setInt(6, version);
                });
    }

    public Optional<Round> round(long id) {
        return jdbc.query("select * from assessment_round where id = ?", this::mapRound, id).stream()
                .findFirst();
    }

    /** Rounds the caller can read: those of the chain above it that reach it, and those of its subtree. */
    public List<Round> rounds() {
        return jdbc.query("select * from assessment_round order by id desc limit 500", this::mapRound);
    }

    /** Rounds whose cutoff has passed and whose computed items have not been filled in. */
    public List<Long> roundsDueForComputation(Instant now) {
        return jdbc.queryForList(
                "select id from assessment_round where computed_at is null and cutoff <= ?",
                Long.class,
                Timestamp.from(now));
    }

    public void markComputed(long round, Map<String, Object> summary) {
        jdbc.update(
                "update assessment_round set computed_at = now(), computation = cast(? as jsonb) where id = ?",
                json.writeValueAsString(summary),
                round);
    }

    public List<AppliedItem> template(long id) {
        return json.readValue(
                jdbc.queryForObject("select items from assessment_template where id = ?", String.class, id), ITEMS);
    }

    public Map<String, Long> counts(long round) {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.query(
                "select status, count(*) from assessment where round_id = ? group by status order by status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                },
                round);
        return counts;
    }

    public List<Summary> summaries(long round) {
        return jdbc.query(
                "select a.id, a.center_code, c.name, a.level, a.status, a.percent, a.grade, a.passing"
                        + " from assessment a join center c on c.code = a.center_code where a.round_id = ?"
                        + " order by a.center_code limit 5000",
                (rs, i) -> new Summary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Level.valueOf(rs.getString(4)),
                        AssessmentStatus.valueOf(rs.getString(5)),
                        rs.getBigDecimal(6),
                        rs.getString(7),
                        (Boolean) rs.getObject(8)),
                round);
    }

    /** One row of a worklist: where an assessment stands, with its round. */
    public record Listed(
            long id,
            long round,
            String roundTitle,
            String center,
            String name,
            Level level,
            int standardVersion,
            AssessmentStatus status,
            BigDecimal percent,
            String grade,
            Instant updatedAt) {}

    /** Assessments of a subtree the caller can read, optionally of one status, most recently changed first. */
    public List<Listed> within(TenantCode root, AssessmentStatus status, int page, int size) {
        return jdbc.query(
                "select a.id, a.round_id, r.title, a.center_code, coalesce(c.display_name, c.name), a.level,"
                        + " a.version_number, a.status, a.percent, a.grade, a.updated_at from assessment a"
                        + " join assessment_round r on r.id = a.round_id join center c on c.code = a.center_code"
                        + " where a.center_code >= ? and a.center_code < ?"
                        + (status == null ? "" : " and a.status = '" + status.name() + "'")
                        + " order by a.updated_at desc, a.id desc limit ? offset ?",
                (rs, i) -> new Listed(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        Level.valueOf(rs.getString(6)),
                        rs.getInt(7),
                        AssessmentStatus.valueOf(rs.getString(8)),
                        rs.getBigDecimal(9),
                        rs.getString(10),
                        instant(rs.getTimestamp(11))),
                root.value(),
                root.value() + "~",
                size,
                (long) page * size);
    }

    public Optional<Assessment> find(long id) {
        return jdbc.query("select * from assessment where id = ?", this::mapAssessment, id).stream()
                .findFirst();
    }

    public Optional<Assessment> findForUpdate(long id) {
        return jdbc.query("select * from assessment where id = ? for update", this::mapAssessment, id).stream()
                .findFirst();
    }

    /** The open assessments of a round, for its computation. */
    public List<Assessment> unfinishedForUpdate(long round) {
        return jdbc.query(
                "select * from assessment where round_id = ? and status <> 'FINAL' order by center_code for update",
                this::mapAssessment,
                round);
    }

    public void saveEntries(long id, Map<String, Entry> entries) {
        jdbc.update(
                "update assessment set entries = cast(? as jsonb), updated_at = now() where id = ?",
                json.writeValueAsString(entries),
                id);
    }

    public void saveEntriesBatch(Map<Long, Map<String, Entry>> entries) {
        var rows = new ArrayList<>(entries.entrySet());
        jdbc.batchUpdate(
                "update assessment set entries = cast(? as jsonb), updated_at = now() where id = ? and status <> 'FINAL'",
                rows,
                1000,
                (ps, e) -> {
                    ps.setString(1, json.writeValueAsString(e.getValue()));
                    ps.setLong(2, e.getKey());
                });
    }

    public void saveStatus(long id, AssessmentStatus status, String comments) {
        jdbc.update(
                "update assessment set status = ?, comments = coalesce(?, comments), updated_at = now() where id = ?",
                status.name(),
                comments,
                id);
    }

    public void finalise(long id, Scorecard card) {
        jdbc.update(
                "update assessment set status = 'FINAL', scorecard = cast(? as jsonb), points = ?, awarded = ?,"
                        + " percent = ?, grade = ?, passing = ?, finalized_at = now(), updated_at = now() where id = ?",
                json.writeValueAsString(card),
                card.points(),
                card.awarded(),
                card.percent(),
                card.grade(),
                card.passing(),
                id);
    }

    public void event(
            Assessment a,
            String action,
            AssessmentStatus from,
            AssessmentStatus to,
            String item,
            String detail,
            String actor,
            String actorCenter) {
        jdbc.update(
                "insert into assessment_event (assessment_id, center_path, action, from_status, to_status, item_code,"
                        + " detail, actor, actor_center) values (?, cast(? as ltree), ?, ?, ?, ?, ?, ?, ?)",
                a.id(),
                TenantCode.of(a.center()).path(),
                action,
                from == null ? null : from.name(),
                to == null ? null : to.name(),
                item,
                detail,
                actor,
                actorCenter);
    }

    public void eventsBatch(List<Assessment> assessments, String action, String detail, String actor, String center) {
        jdbc.batchUpdate(
                "insert into assessment_event (assessment_id, center_path, action, detail, actor, actor_center)"
                        + " values (?, cast(? as ltree), ?, ?, ?, ?)",
                assessments,
                1000,
                (ps, a) -> {
                    ps.setLong(1, a.id());
                    ps.setString(2, TenantCode.of(a.center()).path());
                    ps.setString(3, action);
                    ps.setString(4, detail);
                    ps.setString(5, actor);
                    ps.setString(6, center);
                });
    }

    public List<Event> events(long assessment) {
        return jdbc.query(
                "select * from assessment_event where assessment_id = ? order by id",
                (rs, i) -> new Event(
                        rs.getString("action"),
                        rs.getString("from_status"),
                        rs.getString("to_status"),
                        rs.getString("item_code"),
                        rs.getString("detail"),
                        rs.getString("actor"),
                        rs.getString("actor_center"),
                        instant(rs.getTimestamp("occurred_at"))),
                assessment);
    }

    /** The center's final assessments, newest first. */
    public List<Assessment> finalsOf(String center) {
        return jdbc.query(
                "select * from assessment where center_code = ? and status = 'FINAL' order by finalized_at desc",
                this::mapAssessment,
                center);
    }

    /** The latest final result per center of a level within a subtree, for one version. */
    public List<Ranking.Result> finalResults(TenantCode root, Level level, int version) {
        return jdbc.query(
                "select distinct on (center_code) center_code, percent, awarded, points, grade, passing"
                        + " from assessment where status = 'FINAL' and version_number = ? and level = ?"
                        + " and center_code >= ? and center_code < ? order by center_code, finalized_at desc",
                (rs, i) -> new Ranking.Result(
                        rs.getString(1),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getBoolean(6)),
                version,
                level.name(),
                root.value(),
                root.value() + "~");
    }

    /** The latest final result per center of any level within a subtree, for one version. */
    public List<Ranking.Result> finalResults(TenantCode root, int version) {
        return jdbc.query(
                "select distinct on (center_code) center_code, percent, awarded, points, grade, passing"
                        + " from assessment where status = 'FINAL' and version_number = ?"
                        + " and center_code > ? and center_code < ? order by center_code, finalized_at desc",
                (rs, i) -> new Ranking.Result(
                        rs.getString(1),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getBoolean(6)),
                version,
                root.value(),
                root.value() + "~");
    }

    private Round mapRound(ResultSet rs, int row) throws SQLException {
        String computation = rs.getString("computation");
        return new Round(
                rs.getLong("id"),
                rs.getString("owner_code"),
                rs.getString("title"),
                rs.getInt("version_number"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                instant(rs.getTimestamp("cutoff")),
                Arrays.stream((String[]) rs.getArray("levels").getArray())
                        .map(Level::valueOf)
                        .toList(),
                instant(rs.getTimestamp("computed_at")),
                computation == null ? null : json.readValue(computation, new TypeReference<Map<String, Object>>() {}),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")));
    }

    private Assessment mapAssessment(ResultSet rs, int row) throws SQLException {
        String card = rs.getString("scorecard");
        return new Assessment(
                rs.getLong("id"),
                rs.getLong("round_id"),
                rs.getLong("template_id"),
                rs.getString("center_code"),
                Level.valueOf(rs.getString("level")),
                rs.getInt("version_number"),
                AssessmentStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("entries"), ENTRIES),
                rs.getString("comments"),
                card == null ? null : json.readValue(card, Scorecard.class),
                instant(rs.getTimestamp("finalized_at")),
                instant(rs.getTimestamp("updated_at")));
    }
}
