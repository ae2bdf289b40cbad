package org.zongzhi.cases.dispute.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.CaseFilter;
import org.zongzhi.cases.dispute.application.CaseReadModel;
import org.zongzhi.cases.dispute.application.CaseSnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads in plain SQL with no tenant condition of their own: row-level security limits every statement to
 * the cases on the caller's subtree (see the {@code cases_read} policy), so a filter cannot be forgotten.
 * Cases are read from their stored snapshot, the same document their events carry.
 */
@Component
class JdbcCaseReadModel implements CaseReadModel {

    private static final String OPEN = "('REPORTED','FILED','ASSIGNED','INVESTIGATING','FED_BACK','TRANSFERRING')";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PiiCipher cipher;

    JdbcCaseReadModel(JdbcClient jdbc, JsonMapper json, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
    }

    @Override
    public Optional<CaseSnapshot> byId(UUID id) {
        return jdbc.sql("select snapshot from cases where id = :id")
                .param("id", id)
                .query((rs, n) -> snapshot(rs.getString(1)))
                .optional();
    }

    @Override
    public Optional<CaseSnapshot> byCode(String code) {
        return jdbc.sql("select snapshot from cases where code = :code")
                .param("code", code)
                .query((rs, n) -> snapshot(rs.getString(1)))
                .optional();
    }

    @Override
    public boolean isVisible(UUID id) {
        return jdbc.sql("select exists (select 1 from cases where id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    @Override
    public CasePage list(CaseFilter f) {
        var where = new ArrayList<String>();
        var sql = new StringBuilder("select snapshot from cases");
        var params = new LinkedHashMap<String, Object>();
        if (f.status() != null) {
            where.add("status = :status");
            params.put("status", f.status());
        }
        if (f.category() != null) {
            where.add("category = :category");
            params.put("category", f.category());
        }
        if (f.risk() != null) {
            where.add("risk_level = :risk");
            params.put("risk", f.risk());
        }
        if (f.warning() != null) {
            where.add("warning = :warning");
            params.put("warning", f.warning());
        }
        if (f.channel() != null) {
            where.add("channel = :channel");
            params.put("channel", f.channel());
        }
        if (f.within() != null) {
            where.add("(origin_path <@ division_path(:within) or holder_path <@ division_path(:within))");
            params.put("within", f.within().value());
        }
        if (f.heldByMe()) {
            where.add("holder = :me");
            params.put("me", f.me().value());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.add("(title ilike :text or description ilike :text or place ilike :text)");
            params.put(
                    "text",
                    "%"
                            + f.text()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", where));
        }
        sql.append(" order by created_at desc, id limit :limit offset :offset");
        params.put("limit", f.size() + 1);
        params.put("offset", (long) f.page() * f.size());
        List<CaseSnapshot> rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> snapshot(rs.getString(1)))
                .list();
        boolean hasNext = rows.size() > f.size();
        return new CasePage(hasNext ? rows.subList(0, f.size()) : rows, f.page(), f.size(), hasNext);
    }

    @Override
    public SnapshotPage snapshotsAfter(UUID after, int size) {
        var params = new HashMap<String, Object>();
        params.put("limit", size + 1);
        if (after != null) {
            params.put("after", after);
        }
        List<CaseSnapshot> rows = jdbc.sql("select snapshot from cases" + (after == null ? "" : " where id > :after")
                        + " order by id limit :limit")
                .params(params)
                .query((rs, n) -> snapshot(rs.getString(1)))
                .list();
        if (rows.size() <= size) {
            return new SnapshotPage(rows, null);
        }
        List<CaseSnapshot> page = rows.subList(0, size);
        return new SnapshotPage(page, page.getLast().id().toString());
    }

    @Override
    public List<TimelineLine> timeline(UUID caseId) {
        return jdbc.sql("select id, at, actor, actor_center, action, summary, from_status, to_status"
                        + " from case_timeline where case_id = :id order by id")
                .param("id", caseId)
                .query((rs, n) -> new TimelineLine(
                        rs.getLong("id"),
                        Sql.instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("actor_center"),
                        rs.getString("action"),
                        rs.getString("summary"),
                        rs.getString("from_status"),
                        rs.getString("to_status")))
                .list();
    }

    @Override
    public List<CaseRef> openCasesSharingApplicants(UUID caseId) {
        return jdbc.sql("select distinct c.id, c.code, c.title, c.status, c.holder, c.created_at from cases c"
                        + " join case_party p on p.case_id = c.id"
                        + " join case_party mine on mine.case_id = :id and mine.role = 'APPLICANT'"
                        + " where c.id <> :id and c.status in " + OPEN + " and p.role = 'APPLICANT'"
                        + " and (p.id_number_index = mine.id_number_index or p.phone_index = mine.phone_index)"
                        + " order by c.created_at desc limit 20")
                .param("id", caseId)
                .query((rs, n) -> ref(rs))
                .list();
    }

    @Override
    public List<CaseRef> casesOfParty(String idNumber, String phone) {
        String idIndex = idNumber == null ? null : cipher.blindIndex("id-number", idNumber);
        String phoneIndex = phone == null ? null : cipher.blindIndex("phone", phone);
        return jdbc.sql("select distinct c.id, c.code, c.title, c.status, c.holder, c.created_at from cases c"
                        + " join case_party p on p.case_id = c.id"
                        + " where p.id_number_index = :idIndex or p.phone_index = :phoneIndex"
                        + " order by c.created_at desc limit 100")
                .param("idIndex", idIndex)
                .param("phoneIndex", phoneIndex)
                .query((rs, n) -> ref(rs))
                .list();
    }

    @Override
    public List<DisclosureLine> disclosures(UUID caseId) {
        return jdbc.sql("select at, reader, reader_center, party_id, fields, purpose from case_disclosure"
                        + " where case_id = :id order by id")
                .param("id", caseId)
                .query((rs, n) -> new DisclosureLine(
                        Sql.instant(rs, "at"),
                        rs.getString("reader"),
                        rs.getString("reader_center"),
                        rs.getObject("party_id", UUID.class),
                        rs.getString("fields"),
                        rs.getString("purpose")))
                .list();
    }

    @Override
    public boolean namesMediator(UUID caseId, UUID taskId, String username) {
        return jdbc.sql("select exists (select 1 from case_task where case_id = :id and mediator = :user"
                        + (taskId == null ? "" : " and id = :task") + ")")
                .param("id", caseId)
                .param("user", username)
                .param("task", taskId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public List<UUID> transfersDueBy(Instant now, int limit) {
        return jdbc.sql("select id from cases where status = 'TRANSFERRING' and due_at <= :now"
                        + " order by due_at limit :limit")
                .param("now", Sql.time(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    private static CaseRef ref(ResultSet rs) throws SQLException {
        return new CaseRef(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("status"),
                rs.getString("holder"),
                Sql.instant(rs, "created_at"));
    }

    private CaseSnapshot snapshot(String document) {
        return json.readValue(document, CaseSnapshot.class);
    }
}
