package org.zongzhi.tenant.profile.application;

import java.time.Instant;
import java.util.HashSet;
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
import org.zongzhi.tenant.profile.infrastructure.ProfileRevision;
import org.zongzhi.tenant.profile.infrastructure.ProfileRevisions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and revising center profiles. A center edits its own profile; the centers above it read it
 * (acting for it, so Hibernate's tenant is the profile's center) and nobody else sees it.
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
    public record Revision(String center, int revision, String changedBy, Instant changedAt, CenterProfile profile) {}

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

    public Revision revise(Caller caller, TenantCode center, CenterProfile profile) {
        if (!center.equals(caller.tenant())) {
            throw Problems.forbidden("Only center " + center + " itself edits its profile; centers above it read it.");
        }
        if (caller.roles().stream().noneMatch(EDITOR_ROLES::contains)) {
            throw Problems.forbidden("Editing the center's profile needs an admin role of the center.");
        }
        List<String> problems = profile.problems(departmentCatalogue());
        if (!problems.isEmpty()) {
            throw Problems.badRequest(String.join("; ", problems));
        }
        return transactions.execute(tx -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))::text", String.class, "profile:" + center);
            int next = revisions
                    .findFirstByOrderByRevisionDesc()
                    .map(r -> r.revision() + 1)
                    .orElse(1);
            ProfileRevision saved = revisions.save(new ProfileRevision(
                    next, center.path(), json.writeValueAsString(profile), caller.username(), Instant.now()));
            return revision(saved);
        });
    }

    /** The catalogue codes of departments a profile may list. */
    public Set<String> departmentCatalogue() {
        return new HashSet<>(jdbc.queryForList("select code from department", String.class));
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
                row.changedAt(),
                json.readValue(row.document(), CenterProfile.class));
    }
}
