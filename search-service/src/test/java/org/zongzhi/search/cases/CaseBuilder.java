package org.zongzhi.search.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.Visibility;

/** Builds case documents for statistics tests: a case taken in at a center, then accepted, closed, rated. */
final class CaseBuilder {

    private final String origin;
    private final Instant createdAt;
    private String category = "NEIGHBOURS";
    private String channel = "WALK_IN";
    private String respondent;
    private String place = "某街道";
    private boolean accepted;
    private Boolean acceptedOnTime;
    private boolean closed;
    private Boolean closedOnTime;
    private boolean resolved;
    private String outcome;
    private Double cycleDays;
    private boolean followedUp;
    private String satisfaction;
    private CaseDocument.Supervision supervision;
    private String warning = "NONE";
    private String id = UUID.randomUUID().toString();
    private long version = 1;

    private CaseBuilder(String origin, Instant createdAt) {
        this.origin = origin;
        this.createdAt = createdAt;
    }

    static CaseBuilder takenIn(String origin, Instant createdAt) {
        return new CaseBuilder(origin, createdAt);
    }

    CaseBuilder about(String category) {
        this.category = category;
        return this;
    }

    CaseBuilder through(String channel) {
        this.channel = channel;
        return this;
    }

    CaseBuilder against(String respondent, String place) {
        this.respondent = respondent;
        this.place = place;
        return this;
    }

    CaseBuilder accepted(boolean onTime) {
        this.accepted = true;
        this.acceptedOnTime = onTime;
        return this;
    }

    CaseBuilder mediated(boolean onTime, double days) {
        return closedAs("MEDIATED", true, onTime, days);
    }

    CaseBuilder guidedToLitigation(boolean onTime, double days) {
        return closedAs("GUIDED_TO_LITIGATION", false, onTime, days);
    }

    private CaseBuilder closedAs(String outcome, boolean resolved, boolean onTime, double days) {
        accepted(true);
        this.closed = true;
        this.closedOnTime = onTime;
        this.resolved = resolved;
        this.outcome = outcome;
        this.cycleDays = days;
        return this;
    }

    /** Supervision orders: how many, how many still unanswered, answered late, and the open ones' due time. */
    CaseBuilder supervised(int orders, int open, int answeredLate, Instant dueAt) {
        this.supervision = new CaseDocument.Supervision(orders, open, answeredLate, dueAt);
        return this;
    }

    CaseBuilder warned(String colour) {
        this.warning = colour;
        return this;
    }

    /** The next version of a case indexed before: the same id and code, what the builder says now. */
    CaseBuilder nextVersionOf(CaseDocument earlier) {
        this.id = earlier.id();
        this.version = earlier.version() + 1;
        return this;
    }

    CaseBuilder followedUp(String satisfaction) {
        this.followedUp = true;
        this.satisfaction = satisfaction;
        return this;
    }

    CaseDocument build() {
        return new CaseDocument(
                id,
                "T" + id.substring(0, 8),
                version,
                "统计测试案件",
                "用于统计的测试案件",
                List.of(),
                List.of(),
                place,
                category,
                channel,
                closed ? "CLOSED" : accepted ? "INVESTIGATING" : "REPORTED",
                "GENERAL",
                warning,
                origin,
                TenantCode.of(origin).level().name(),
                Visibility.chain(origin),
                origin,
                Visibility.visibleTo(origin, origin, List.of()),
                List.of(),
                List.of(),
                respondent == null ? List.of() : List.of(respondent),
                1,
                createdAt,
                accepted ? createdAt.plusSeconds(3600) : null,
                closed ? createdAt.plusSeconds((long) (cycleDays * 86_400)) : null,
                accepted,
                acceptedOnTime,
                closed,
                closedOnTime,
                resolved,
                outcome,
                cycleDays,
                followedUp,
                satisfaction,
                supervision,
                Instant.now(),
                null);
    }
}
