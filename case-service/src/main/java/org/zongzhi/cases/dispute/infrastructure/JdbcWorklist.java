package org.zongzhi.cases.dispute.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.Worklist.Kind;
import org.zongzhi.cases.dispute.application.Worklist.Scope;
import org.zongzhi.cases.dispute.application.Worklist.WorkItem;
import org.zongzhi.cases.dispute.application.Worklist.WorklistReads;
import org.zongzhi.cases.dispute.domain.CaseStatus;
import org.zongzhi.cases.dispute.domain.Transfer;
import org.zongzhi.platform.department.Department;
import org.zongzhi.platform.tenancy.Caller;

/**
 * The worklist in SQL. Every part is limited to cases the caller's center holds ({@code holder = :me}) on
 * top of row-level security; the named tasks (run as a system job) are limited to the caller's username.
 */
@Component
class JdbcWorklist implements WorklistReads {

    private static final String OPEN = "('REPORTED','FILED','ASSIGNED','INVESTIGATING','FED_BACK')";
    private static final String WORKING = "('ASSIGNED','INVESTIGATING')";

    private static final String COLUMNS = "c.id as case_id, c.snapshot ->> 'code' as code, c.title, c.status,"
            + " c.warning, c.responsible, c.first_responder, c.transfer_kind, c.transfer_from, c.transfer_reason";

    private final JdbcClient jdbc;

    JdbcWorklist(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> held(Caller caller, Scope scope, List<Kind> kinds, int limit) {
        List<String> parts = new ArrayList<>();
        for (Kind kind : kinds) {
            parts.add("(" + select(kind, scope) + " order by due_at nulls last limit :limit)");
        }
        return jdbc.sql(String.join(" union all ", parts))
                .param("me", caller.tenant().value())
                .param("user", caller.username())
                .param("limit", limit)
                .query((rs, n) -> item(rs))
                .list();
    }

    @Override
    public Map<Kind, Long> countHeld(Caller caller, Scope scope) {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            if (scope == Scope.MINE && kind == Kind.TASK) {
                continue;
            }
            counts.put(
                    kind,
                    jdbc.sql("select count(*) from (" + select(kind, scope) + ") w")
                            .param("me", caller.tenant().value())
                            .param("user", caller.username())
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    @Override
    public List<WorkItem> namedTasks(String username, int limit) {
        return jdbc.sql(namedTasks() + " order by due_at nulls last limit :limit")
                .param("user", username)
                .param("limit", limit)
                .query((rs, n) -> item(rs))
                .list();
    }

    @Override
    public long countNamedTasks(String username) {
        return jdbc.sql("select count(*) from (" + namedTasks() + ") w")
                .param("user", username)
                .query(Long.class)
                .single();
    }

    private static String namedTasks() {
        return "select 'TASK' as kind, " + COLUMNS + ", c.due_at, t.id as task_id, null::uuid as order_id,"
                + " t.department, t.mediator, t.note, t.accepted_at, null as order_issuer, null as order_reason"
                + " from case_task t join cases c on c.id = t.case_id"
                + " where t.mediator = :user and t.part is null and c.status in " + WORKING;
    }

    private static String select(Kind kind, Scope scope) {
        String caseOnly = ", c.due_at, null::uuid as task_id, null::uuid as order_id, null as department,"
                + " null as mediator, null as note, null::timestamptz as accepted_at, null as order_issuer,"
                + " null as order_reason from cases c";
        return switch (kind) {
            case RESPONSIBLE ->
                "select 'RESPONSIBLE' as kind, " + COLUMNS + caseOnly + " where c.holder = :me and c.status in "
                        + OPEN
                        + (scope == Scope.MINE ? " and (c.responsible = :user or c.first_responder = :user)" : "");
            case TASK ->
                "select 'TASK' as kind, " + COLUMNS + ", c.due_at, t.id as task_id, null::uuid as order_id,"
                        + " t.department, t.mediator, t.note, t.accepted_at, null as order_issuer,"
                        + " null as order_reason from case_task t join cases c on c.id = t.case_id"
                        + " where c.holder = :me and t.part is null and c.status in " + WORKING;
            case TRANSFER ->
                "select 'TRANSFER' as kind, " + COLUMNS + caseOnly
                        + " where c.holder = :me and c.status = 'TRANSFERRING' and c.transfer_to = :me";
            case SUPERVISION ->
                "select 'SUPERVISION' as kind, " + COLUMNS + ", s.response_due as due_at, null::uuid as task_id,"
                        + " s.id as order_id, null as department, null as mediator, null as note,"
                        + " null::timestamptz as accepted_at, s.issuer as order_issuer, s.reason as order_reason"
                        + " from case_supervision s join cases c on c.id = s.case_id"
                        + " where s.target = :me and c.holder = :me and s.responded_at is null";
        };
    }

    private static WorkItem item(ResultSet rs) throws SQLException {
        Kind kind = Kind.valueOf(rs.getString("kind"));
        CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
        return new WorkItem(
                kind,
                rs.getObject("case_id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                status.name(),
                status.label(),
                rs.getString("warning"),
                Sql.instant(rs, "due_at"),
                rs.getObject("task_id", UUID.class),
                rs.getObject("order_id", UUID.class),
                detail(kind, rs));
    }

    private static String detail(Kind kind, ResultSet rs) throws SQLException {
        return switch (kind) {
            case RESPONSIBLE -> "当前责任人 " + rs.getString("responsible") + "，首问责任人 " + rs.getString("first_responder");
            case TASK -> {
                String department = rs.getString("department");
                String mediator = rs.getString("mediator");
                String assignee = department == null
                        ? mediator
                        : Department.valueOf(department).label() + (mediator == null ? "" : " " + mediator);
                String note = rs.getString("note");
                yield (rs.getObject("accepted_at") == null ? "待接诊：" : "待记录意见：")
                        + assignee
                        + (note == null ? "" : "（" + note + "）");
            }
            case TRANSFER -> {
                String transferKind = rs.getString("transfer_kind");
                String label = transferKind == null
                        ? "转办"
                        : Transfer.Kind.valueOf(transferKind).label();
                yield label + "自 " + rs.getString("transfer_from") + "：" + rs.getString("transfer_reason");
            }
            case SUPERVISION -> "督办（" + rs.getString("order_issuer") + "）：" + rs.getString("order_reason");
        };
    }
}
