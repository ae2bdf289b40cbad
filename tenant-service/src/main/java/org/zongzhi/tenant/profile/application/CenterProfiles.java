package org.zongzhi.tenant.profile.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.profile.domain.CenterProfile;
import org.zongzhi.tenant.profile.domain.ProfileComparison;
import org.zongzhi.tenant.profile.infrastructure.ProfileRevision;
import org.zongzhi.tenant.profile.infrastructure.ProfileRevisions;
import org.zongzhi.tenant.tree.domain.OnboardingPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and revising center profiles. A center edits its own profile; the centers above it read it
 * (acting for it, so Hibernate's tenant is the profile's center) and nobody else sees it. While a newly
 * onboarded center is being set up, the level that onboarded it may draft the profile for it; once the
 * center's own admins have saved a revision, the profile is theirs alone.
 */
@Service
public class CenterProfiles {

    static final Set<String> EDITOR_ROLES = Set.of("province-admin", "city-admin", "county-admin", "center-admin");

    private final ProfileRevisions revisions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    CenterProfiles(ProfileRevisions revisions, JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json) {
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /** A revision of a profile, as read back. */
    public record Revision(
            String center,
            int revision,
            String changedBy,
            String changedByCenter,
            Instant changedAt,
            CenterProfile profile) {}

    /** Two revisions and what changed from the first to the second. */
    public record Comparison(RevisionInfo from, RevisionInfo to, List<ProfileComparison.Change> changes) {}

    /** Who wrote a revision and when, without its document. */
    public record RevisionInfo(int revision, String changedBy, String changedByCenter, Instant changedAt) {
        static RevisionInfo of(Revision r) {
            return new RevisionInfo(r.revision(), r.changedBy(), r.changedByCenter(), r.changedAt());
        }
    }

    public Revision current(Caller caller, TenantCode center) {
        return readAs(
                caller,
                center,
                () -> revisions
                        .findFirstByOrderByRevisionDesc()
                        .map(this::revision)
                        .orElseThrow(
                                () -> Problems.notFound("Center " + center + " has not declared its profile yet.")));
    }

    public List<Revision> history(Caller caller, TenantCode center) {
        return readAs(
                caller,
                center,
                () -> revisions.findAllByOrderByRevisionDesc().stream()
                        .map(this::revision)
                        .toList());
    }

    public Revision revision(Caller caller, TenantCode center, int number) {
        return readAs(
                caller,
                center,
                () -> revisions
                        .findByRevision(number)
                        .map(this::revision)
                        .orElseThrow(() -> Problems.notFound("Center " + center + " has no revision " + number + ".")));
    }

    /** What changed from revision {@code from} to revision {@code to} (either order), who made each and when. */
    public Comparison compare(Caller caller, TenantCode center, int from, int to) {
        Revision a = revision(caller, center, from);
        Revision b = revision(caller, center, to);
        return new Comparison(
                RevisionInfo.of(a), RevisionInfo.of(b), ProfileComparison.changes(a.profile(), b.profile()));
    }

    /**
     * Saves a new revision. Departments may still be named by the codes this service used before the platform
     * catalogue was shared ({@code court}); they are stored under the current code ({@code COURT}).
     */
    public Revision revise(Caller caller, TenantCode center, CenterProfile declared) {
        CenterProfile profile = declared.withCurrentDepartmentCodes();
        boolean own = center.equals(caller.tenant());
        if (!own && !center.isWithin(caller.tenant())) {
            throw Problems.forbidden("Only center " + center + " itself edits its profile; centers above it read it.");
        }
        if (own && caller.roles().stream().noneMatch(EDITOR_ROLES::contains)) {
            throw Problems.forbidden("Editing the center's profile needs an admin role of the center.");
        }
        if (!own) {
            OnboardingPolicy.refusal(caller, center).ifPresent(reason -> {
                throw Problems.forbidden("Only center " + center + " itself edits its profile; " + reason);
            });
        }
        List<String> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw Problems.badRequest(String.join("; ", problems));
        }
        return TenantScope.actingFor(
                caller,
                center,
                () -> transactions.execute(tx -> {
                    jdbc.queryForObject(
                            "select pg_advisory_xact_lock(hashtext(?))::text", String.class, "profile:" + center);
                    if (!own) {
                        requireDraftable(caller, center);
                    }
                    int next = revisions
                            .findFirstByOrderByRevisionDesc()
                            .map(r -> r.revision() + 1)
                            .orElse(1);
                    ProfileRevision saved = revisions.save(new ProfileRevision(
                            next,
                            center.path(),
                            json.writeValueAsString(profile),
                            caller.username(),
                            caller.tenant().value(),
                            Instant.now()));
                    return revision(saved);
                }));
    }

    /**
     * A center above may write the profile only as a draft while the center is being set up: the caller's
     * center onboarded it, it operates, and its own admins have not saved a revision yet.
     */
    private void requireDraftable(Caller caller, TenantCode center) {
        String status =
                jdbc
                        .query("select status from center where code = ?", (rs, n) -> rs.getString(1), center.value())
                        .stream()
                        .findFirst()
                        .orElse(null);
        String onboardedBy = jdbc
                .query(
                        "select actor_center from center_event where center_code = ? and type = 'ONBOARDED'"
                                + " order by id desc limit 1",
                        (rs, n) -> rs.getString(1),
                        center.value())
                .stream()
                .findFirst()
                .orElse(null);
        if (!"OPERATING".equals(status) || !caller.tenant().value().equals(onboardedBy)) {
            throw Problems.forbidden("Only center " + center + " itself edits its profile; the level above drafts it"
                    + " only for a center it onboarded, while that center operates and is being set up.");
        }
        if (revisions.existsByChangedByCenterIsNullOrChangedByCenter(center.value())) {
            throw Problems.forbidden("Center " + center + " has taken its profile over (its own admins saved a"
                    + " revision); only they change it now.");
        }
    }

    private <T> T readAs(Caller caller, TenantCode center, java.util.function.Supplier<T> read) {
        if (!center.isWithin(caller.tenant())) {
            throw Problems.notFound("There is no center " + center + " in your part of the tree.");
        }
        return TenantScope.actingFor(caller, center, () -> transactions.execute(tx -> read.get()));
    }

    private Revision revision(ProfileRevision row) {
        return new Revision(
                row.tenantId(),
                row.revision(),
                row.changedBy(),
                row.changedByCenter(),
                row.changedAt(),
                json.readValue(row.document(), CenterProfile.class));
    }
}
