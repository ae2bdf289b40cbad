package org.zongzhi.tenant.grid.infrastructure;

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
import org.zongzhi.tenant.grid.domain.Finding;
import org.zongzhi.tenant.grid.domain.FindingKind;
import org.zongzhi.tenant.grid.domain.FindingOutcome;
import org.zongzhi.tenant.grid.domain.Grid;
import org.zongzhi.tenant.grid.domain.GridCovers;
import org.zongzhi.tenant.grid.domain.GridKind;
import org.zongzhi.tenant.grid.domain.GridMember;
import org.zongzhi.tenant.grid.domain.GridNumbers.FindingFact;
import org.zongzhi.tenant.grid.domain.GridNumbers.PatrolFact;
import org.zongzhi.tenant.grid.domain.HouseholdGroup;
import org.zongzhi.tenant.grid.domain.MemberRole;
import org.zongzhi.tenant.grid.domain.Patrol;

/**
 * Grids, their members and 十户联户 groups, patrols and findings, in PostgreSQL under row-level security (the
 * village and the centers above it read; the village writes). Subtrees are code ranges, as for the tree.
 */
@Repository
public class GridStore {

    private static final String GRID = "select g.* from grid g";

    private final JdbcTemplate jdbc;

    GridStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------------------------------------ grids

    public record NewGrid(
            String code,
            TenantCode center,
            String name,
            GridKind kind,
            GridCovers covers,
            int households,
            String boundary,
            LocalDate validFrom) {}

    public Grid insert(NewGrid g, String by) {
        jdbc.update(
                "insert into grid (code, center_code, center_path, name, kind, covers, households, boundary,"
                        + " valid_from, created_by) values (?, ?, cast(? as ltree), ?, ?, ?, ?, ?, ?, ?)",
                g.code(),
                g.center().value(),
                g.center().path(),
                g.name(),
                g.kind().name(),
                g.covers() == null ? null : g.covers().name(),
                g.households(),
                g.boundary(),
                java.sql.Date.valueOf(g.validFrom()),
                by);
        return find(g.code()).orElseThrow();
    }

    public Optional<Grid> find(String code) {
        return jdbc.query(GRID + " where g.code = ?", this::grid, code).stream().findFirst();
    }

    public Optional<Grid> findForUpdate(String code) {
        return jdbc.query("select g.* from grid g where g.code = ? for update", this::grid, code).stream()
                .findFirst();
    }

    /** The grids of a subtree (a village's own, or every village's below a township, county, …). */
    public List<Grid> within(TenantCode root) {
        return jdbc.query(
                GRID + " where g.center_code >= ? and g.center_code < ? order by g.code limit 20000",
                this::grid,
                root.value(),
                root.value() + "~");
    }

    /** The highest grid number the village has used, ended grids included (numbers are never reused). */
    public int highestNumber(TenantCode village) {
        Integer n = jdbc.queryForObject(
                "select max(cast(right(code, 3) as int)) from grid where center_code = ?",
                Integer.class,
                village.value());
        return n == null ? 0 : n;
    }

    public void end(String code, LocalDate validTo, String reason) {
        jdbc.update(
                "update grid set valid_to = ?, ended_reason = ? where code = ?",
                java.sql.Date.valueOf(validTo),
                reason,
                code);
    }

    // ---------------------------------------------------------------------------------------------- members

    public void addMember(Grid grid, String username, String fullName, MemberRole role, String by) {
        jdbc.update(
                "insert into grid_member (grid_id, center_code, center_path, username, full_name, role, assigned_by)"
                        + " values (?, ?, cast(? as ltree), ?, ?, ?, ?)",
                grid.id(),
                grid.center().value(),
                grid.center().path(),
                username,
                fullName,
                role.name(),
                by);
    }

    public int removeMember(Grid grid, String username) {
        return jdbc.update("delete from grid_member where grid_id = ? and username = ?", grid.id(), username);
    }

    public List<GridMember> members(Grid grid) {
        return jdbc.query(
                "select m.*, g.code as grid_code from grid_member m join grid g on g.id = m.grid_id"
                        + " where m.grid_id = ? order by m.role, m.id",
                this::member,
                grid.id());
    }

    /** The grids a person is a member of, in their village. */
    public List<String> gridsOf(TenantCode village, String username) {
        return jdbc.queryForList(
                "select g.code from grid_member m join grid g on g.id = m.grid_id"
                        + " where m.center_code = ? and m.username = ? order by g.code",
                String.class,
                village.value(),
                username);
    }

    // ------------------------------------------------------------------------------------- household groups

    public long addGroup(Grid grid, String leaderName, int households, String by) {
        return jdbc.queryForObject(
                "insert into household_group (grid_id, center_code, center_path, leader_name, households,"
                        + " created_by) values (?, ?, cast(? as ltree), ?, ?, ?) returning id",
                Long.class,
                grid.id(),
                grid.center().value(),
                grid.center().path(),
                leaderName,
                households,
                by);
    }

    public int removeGroup(Grid grid, long id) {
        return jdbc.update("delete from household_group where grid_id = ? and id = ?", grid.id(), id);
    }

    public List<HouseholdGroup> groups(Grid grid) {
        return jdbc.query(
                "select h.*, g.code as grid_code from household_group h join grid g on g.id = h.grid_id"
                        + " where h.grid_id = ? order by h.id",
                (rs, row) -> new HouseholdGroup(
                        rs.getLong("id"),
                        rs.getString("grid_code"),
                        rs.getString("leader_name"),
                        rs.getInt("households"),
                        rs.getString("created_by"),
                        instant(rs.getTimestamp("created_at"))),
                grid.id());
    }

    // ---------------------------------------------------------------------------------------------- patrols

    public long startPatrol(Grid grid, String worker, Instant at) {
        return jdbc.queryForObject(
                "insert into patrol (grid_id, grid_code, center_code, center_path, worker, started_at)"
                        + " values (?, ?, ?, cast(? as ltree), ?, ?) returning id",
                Long.class,
                grid.id(),
                grid.code(),
                grid.center().value(),
                grid.center().path(),
                worker,
                Timestamp.from(at));
    }

    public Optional<Patrol> patrol(long id, boolean forUpdate) {
        return jdbc
                .query("select * from patrol where id = ?" + (forUpdate ? " for update" : ""), this::patrol, id)
                .stream()
                .findFirst()
                .map(p -> withFindings(p));
    }

    public Optional<Long> openPatrolOf(String worker, TenantCode village) {
        return jdbc
                .queryForList(
                        "select id from patrol where worker = ? and center_code = ? and ended_at is null"
                                + " order by id desc limit 1",
                        Long.class,
                        worker,
                        village.value())
                .stream()
                .findFirst();
    }

    public void endPatrol(long id, Instant at, int householdsVisited, String note) {
        jdbc.update(
                "update patrol set ended_at = ?, households_visited = ?, note = ? where id = ?",
                Timestamp.from(at),
                householdsVisited,
                note,
                id);
    }

    /** The patrols of a subtree started since {@code from}, newest first; of one worker when given. */
    public List<Patrol> patrols(TenantCode root, String gridCode, String worker, Instant from, int limit) {
        StringBuilder sql = new StringBuilder(
                "select * from patrol where center_code >= ? and center_code < ? and started_at >= ?");
        List<Object> args = new java.util.ArrayList<>(List.of(root.value(), root.value() + "~", Timestamp.from(from)));
        if (gridCode != null) {
            sql.append(" and grid_code = ?");
            args.add(gridCode);
        }
        if (worker != null) {
            sql.append(" and worker = ?");
            args.add(worker);
        }
        sql.append(" order by started_at desc limit ").append(limit);
        return jdbc.query(sql.toString(), this::patrol, args.toArray()).stream()
                .map(this::withFindings)
                .toList();
    }

    public long addFinding(Patrol patrol, FindingKind kind, String description, String by, Instant at) {
        return jdbc.queryForObject(
                "insert into patrol_finding (patrol_id, grid_code, center_code, center_path, kind, description,"
                        + " recorded_by, recorded_at) values (?, ?, ?, cast(? as ltree), ?, ?, ?, ?) returning id",
                Long.class,
                patrol.id(),
                patrol.gridCode(),
                patrol.center(),
                TenantCode.of(patrol.center()).path(),
                kind.name(),
                description,
                by,
                Timestamp.from(at));
    }

    public void settleFinding(long id, FindingOutcome outcome, String resolution, String caseCode, Instant at) {
        jdbc.update(
                "update patrol_finding set outcome = ?, resolution = ?, case_code = ?, settled_at = ? where id = ?",
                outcome.name(),
                resolution,
                caseCode,
                Timestamp.from(at),
                id);
    }

    // ---------------------------------------------------------------------------------------------- numbers

    public List<PatrolFact> patrolFacts(TenantCode root, Instant from, Instant to) {
        return jdbc.query(
                "select grid_code, started_at from patrol where center_code >= ? and center_code < ?"
                        + " and started_at >= ? and started_at < ?",
                (rs, row) -> new PatrolFact(rs.getString("grid_code"), instant(rs.getTimestamp("started_at"))),
                root.value(),
                root.value() + "~",
                Timestamp.from(from),
                Timestamp.from(to));
    }

    public List<FindingFact> findingFacts(TenantCode root, Instant from, Instant to) {
        return jdbc.query(
                "select grid_code, recorded_at, outcome, case_code from patrol_finding where center_code >= ?"
                        + " and center_code < ? and recorded_at >= ? and recorded_at < ?",
                (rs, row) -> new FindingFact(
                        rs.getString("grid_code"),
                        instant(rs.getTimestamp("recorded_at")),
                        rs.getString("outcome") == null ? null : FindingOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("case_code")),
                root.value(),
                root.value() + "~",
                Timestamp.from(from),
                Timestamp.from(to));
    }

    // ------------------------------------------------------------------------------------------------- rows

    private Patrol withFindings(Patrol p) {
        List<Finding> findings =
                jdbc.query("select * from patrol_finding where patrol_id = ? order by id", this::finding, p.id());
        return new Patrol(
                p.id(),
                p.gridCode(),
                p.center(),
                p.worker(),
                p.startedAt(),
                p.endedAt(),
                p.householdsVisited(),
                p.note(),
                findings);
    }

    private Patrol patrol(ResultSet rs, int row) throws SQLException {
        int visited = rs.getInt("households_visited");
        return new Patrol(
                rs.getLong("id"),
                rs.getString("grid_code"),
                rs.getString("center_code"),
                rs.getString("worker"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("ended_at")),
                rs.wasNull() ? null : visited,
                rs.getString("note"),
                List.of());
    }

    private Finding finding(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Finding(
                rs.getLong("id"),
                rs.getLong("patrol_id"),
                rs.getString("grid_code"),
                FindingKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                outcome == null ? null : FindingOutcome.valueOf(outcome),
                rs.getString("resolution"),
                rs.getString("case_code"),
                rs.getString("recorded_by"),
                instant(rs.getTimestamp("recorded_at")),
                instant(rs.getTimestamp("settled_at")));
    }

    private GridMember member(ResultSet rs, int row) throws SQLException {
        return new GridMember(
                rs.getLong("id"),
                rs.getString("grid_code"),
                rs.getString("username"),
                rs.getString("full_name"),
                MemberRole.valueOf(rs.getString("role")),
                rs.getString("assigned_by"),
                instant(rs.getTimestamp("assigned_at")));
    }

    private Grid grid(ResultSet rs, int row) throws SQLException {
        String covers = rs.getString("covers");
        java.sql.Date to = rs.getDate("valid_to");
        return new Grid(
                rs.getLong("id"),
                rs.getString("code"),
                TenantCode.of(rs.getString("center_code")),
                rs.getString("name"),
                GridKind.valueOf(rs.getString("kind")),
                covers == null ? null : GridCovers.valueOf(covers),
                rs.getInt("households"),
                rs.getString("boundary"),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString("ended_reason"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
