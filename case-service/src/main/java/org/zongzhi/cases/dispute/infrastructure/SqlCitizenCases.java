package org.zongzhi.cases.dispute.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.CitizenLookup.CitizenCases;
import org.zongzhi.cases.dispute.application.CitizenLookup.PublicNote;
import org.zongzhi.cases.dispute.application.CitizenLookup.PublicStep;
import org.zongzhi.cases.dispute.application.CitizenLookup.PublicView;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.dispute.domain.CaseStatus;
import org.zongzhi.cases.dispute.domain.CitizenSecret;
import org.zongzhi.cases.dispute.domain.CitizenSteps;

/**
 * Finds a case for a citizen. Runs as a system job (the citizen has no center), so it reads exactly one
 * row by its code and shows it only when the keyed hash of the secret matches, compared in constant time.
 */
@Component
class SqlCitizenCases implements CitizenCases {

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    SqlCitizenCases(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private record Row(UUID id, String code, String status, String secretHash, Instant updatedAt, String holder) {}

    @Override
    public Optional<PublicView> find(CaseCode code, CitizenSecret secret) {
        Optional<Row> row = jdbc.sql(
                        "select id, code, status, secret_hash, updated_at, holder from cases where code = :code")
                .param("code", code.value())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("status"),
                        rs.getString("secret_hash"),
                        Sql.instant(rs, "updated_at"),
                        rs.getString("holder")))
                .optional();
        if (row.isEmpty()
                || !cipher.secretMatches(
                        row.get().code(), secret.value(), row.get().secretHash())) {
            return Optional.empty();
        }
        List<PublicNote> notes = jdbc.sql(
                        "select at, text from case_note where case_id = :id and is_public order by id")
                .param("id", row.get().id())
                .query((rs, n) -> new PublicNote(Sql.instant(rs, "at"), rs.getString("text")))
                .list();
        // Only the action, its time and the acting center leave this query: never the actor or the summary,
        // which may name people or carry internal remarks.
        List<PublicStep> steps = jdbc
                .sql("select at, action, actor_center from case_timeline where case_id = :id order by id")
                .param("id", row.get().id())
                .query((rs, n) -> {
                    String action = rs.getString("action");
                    Instant at = Sql.instant(rs, "at");
                    String center = rs.getString("actor_center");
                    return CitizenSteps.label(action).map(label -> new PublicStep(at, action, label, center));
                })
                .list()
                .stream()
                .flatMap(Optional::stream)
                .toList();
        CaseStatus status = CaseStatus.valueOf(row.get().status());
        return Optional.of(new PublicView(
                code.display(),
                status.name(),
                status.label(),
                row.get().updatedAt(),
                row.get().holder(),
                steps,
                notes));
    }
}
