package org.zongzhi.tenant.tree.infrastructure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.tree.domain.Center;
import org.zongzhi.tenant.tree.domain.CenterDirectory.SubtreePage;
import org.zongzhi.tenant.tree.domain.CenterDirectory.SubtreeQuery;
import org.zongzhi.tenant.tree.domain.CenterEvent;
import org.zongzhi.tenant.tree.domain.CenterRegistry;
import org.zongzhi.tenant.tree.domain.CenterStatus;

/**
 * The tree in PostgreSQL. Subtree and ancestor reads use the {@code ltree} path and its GiST index, so they
 * cost the same at 23k and at 665k centers. Every statement runs under row-level security with the caller's
 * settings, whatever it filters on itself.
 */
@Repository
class JdbcCenters implements CenterRegistry {

    private static final String COLUMNS = "code, name, status, display_name, address, opened_on, admin_username,"
            + " admin_phone, onboarded_at, onboarded_by, status_reason";

    private static final RowMapper<Center> CENTER = JdbcCenters::center;

    private final JdbcTemplate jdbc;
    private final TreeCache cache;

    JdbcCenters(JdbcTemplate jdbc, TreeCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    Optional<Center> find(TenantCode code) {
        return jdbc.query("select " + COLUMNS + " from center where code = ?", CENTER, code.value()).stream()
                .findFirst();
    }

    List<Center> children(TenantCode code) {
        return jdbc.query(
                "select " + COLUMNS + " from center where parent_code = ? order by code", CENTER, code.value());
    }

    List<Center> ancestors(TenantCode code) {
        List<String> codes = code.ancestors().stream().map(TenantCode::value).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select " + COLUMNS + " from center where code = any (?) order by length(code)", CENTER, (Object)
                        codes.toArray(String[]::new));
    }

    /** The subtree as a range of codes (see the migration for why not ltree's {@code <@}). */
    SubtreePage subtree(TenantCode root, SubtreeQuery query) {
        var where = new StringBuilder("code >= ? and code < ?");
        var args = new ArrayList<Object>(List.of(root.value(), root.value() + "~"));
        if (query.level() != null) {
            where.append(" and level = ?");
            args.add(query.level().name());
        }
        if (query.status() != null) {
            where.append(" and status = ?");
            args.add(query.status().name());
        }
        if (query.q() != null) {
            // A code is matched as a prefix (its subtree), a name anywhere; like's wildcards are taken literally.
            String literal = query.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.append(" and (code like ? or name like ? or display_name like ?)");
            args.add(literal + "%");
            args.add("%" + literal + "%");
            args.add("%" + literal + "%");
        }
        Long total = jdbc.queryForObject("select count(*) from center where " + where, Long.class, args.toArray());
        var pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<Center> items = jdbc.query(
                "select " + COLUMNS + " from center where " + where + " order by code limit ? offset ?",
                CENTER,
                pageArgs.toArray());
        return new SubtreePage(items, total == null ? 0 : total, query.page(), query.size());
    }

    List<CenterEvent> history(TenantCode code) {
        return jdbc.query(
                "select type, detail, actor, actor_center, occurred_at from center_event where center_code = ?"
                        + " order by id desc",
                (rs, row) -> new CenterEvent(
                        rs.getString("type"),
                        rs.getString("detail"),
                        rs.getString("actor"),
                        rs.getString("actor_center"),
                        rs.getTimestamp("occurred_at").toInstant()),
                code.value());
    }

    @Override
    public Optional<Center> lockForChange(TenantCode code) {
        return jdbc.query("select " + COLUMNS + " from center where code = ? for update", CENTER, code.value()).stream()
                .findFirst();
    }

    @Override
    public void markOnboarded(
            TenantCode code,
            String displayName,
            String address,
            LocalDate openedOn,
            String adminUsername,
            String adminPhone,
            Caller by) {
        int updated = jdbc.update(
                "update center set status = 'OPERATING', display_name = ?, address = ?, opened_on = ?,"
                        + " admin_username = ?, admin_phone = ?, onboarded_at = now(), onboarded_by = ?, status_reason = null,"
                        + " status_changed_at = now(), status_changed_by = ?, version = version + 1 where code = ?",
                displayName,
                address,
                openedOn == null ? null : Date.valueOf(openedOn),
                adminUsername,
                adminPhone,
                by.username(),
                by.username(),
                code.value());
        requireOne(updated, code);
    }

    @Override
    public void changeStatus(TenantCode code, CenterStatus status, String reason, Caller by) {
        int updated = jdbc.update(
                "update center set status = ?, status_reason = ?, status_changed_at = now(), status_changed_by = ?,"
                        + " version = version + 1 where code = ?",
                status.name(),
                reason,
                by.username(),
                code.value());
        requireOne(updated, code);
    }

    @Override
    public void recordEvent(TenantCode code, String type, String detail, Caller by) {
        jdbc.update(
                "insert into center_event (center_code, center_path, type, detail, actor, actor_center)"
                        + " values (?, cast(? as ltree), ?, ?, ?, ?)",
                code.value(),
                code.path(),
                type,
                detail,
                by.username(),
                by.tenant().value());
    }

    @Override
    public void treeChanged() {
        cache.invalidateAll();
    }

    private static void requireOne(int updated, TenantCode code) {
        if (updated != 1) {
            throw new IllegalStateException("expected to change center " + code + ", changed " + updated + " rows");
        }
    }

    private static Center center(ResultSet rs, int row) throws SQLException {
        Date opened = rs.getDate("opened_on");
        Timestamp onboarded = rs.getTimestamp("onboarded_at");
        return new Center(
                TenantCode.of(rs.getString("code")),
                rs.getString("name"),
                CenterStatus.valueOf(rs.getString("status")),
                rs.getString("display_name"),
                rs.getString("address"),
                opened == null ? null : opened.toLocalDate(),
                rs.getString("admin_username"),
                rs.getString("admin_phone"),
                onboarded == null ? null : onboarded.toInstant(),
                rs.getString("onboarded_by"),
                rs.getString("status_reason"));
    }
}
