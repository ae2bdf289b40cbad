package org.zongzhi.tenant.grid.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.grid.domain.Finding;
import org.zongzhi.tenant.grid.domain.FindingKind;
import org.zongzhi.tenant.grid.domain.FindingOutcome;
import org.zongzhi.tenant.grid.domain.Grid;
import org.zongzhi.tenant.grid.domain.GridCodes;
import org.zongzhi.tenant.grid.domain.GridPolicy;
import org.zongzhi.tenant.grid.domain.Patrol;
import org.zongzhi.tenant.grid.infrastructure.GridStore;

/**
 * Patrol logs (巡查日志): a grid's member starts a patrol on their phone, records what they find, settles each
 * finding on the spot or reports it as a case (the console takes it in through case-service's intake and
 * records its code here), and ends the patrol with the households visited. The village and the centers above
 * it read the logs; only the worker writes their own.
 */
@Service
public class Patrols {

    private static final int MAX_LIST = 500;

    private final GridStore store;
    private final Grids grids;

    Patrols(GridStore store, Grids grids) {
        this.store = store;
        this.grids = grids;
    }

    public record PatrolView(
            long id,
            String gridCode,
            String gridName,
            String center,
            String worker,
            Instant startedAt,
            Instant endedAt,
            boolean open,
            Integer householdsVisited,
            String note,
            List<FindingView> findings) {}

    public record FindingView(
            long id,
            FindingKind kind,
            String kindLabel,
            String description,
            FindingOutcome outcome,
            String outcomeLabel,
            String resolution,
            String caseCode,
            String recordedBy,
            Instant recordedAt,
            Instant settledAt) {}

    public record NewFinding(FindingKind kind, String description) {}

    public record Resolution(String resolution) {}

    public record Reported(String caseCode) {}

    public record End(Integer householdsVisited, String note) {}

    public PatrolView start(Caller caller, TenantCode village, String gridCode) {
        grids.requireReadable(caller, village);
        return grids.write(() -> {
            Grid grid = grids.requireGrid(village, gridCode);
            GridPolicy.patrolRefusal(caller, grid, store.members(grid)).ifPresent(reason -> {
                throw Problems.forbidden(reason);
            });
            if (!grid.activeOn(Grids.today())) {
                throw Problems.conflict("Grid " + gridCode + " is not in force today (valid " + grid.validFrom()
                        + " to " + (grid.validTo() == null ? "—" : grid.validTo()) + "); patrol a grid in force.");
            }
            store.openPatrolOf(caller.username(), village).ifPresent(open -> {
                throw Problems.conflict("You have patrol " + open + " open; end it before starting another.");
            });
            long id = store.startPatrol(grid, caller.username(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
            return view(store.patrol(id, false).orElseThrow(), grid);
        });
    }

    public PatrolView get(Caller caller, TenantCode village, long id) {
        grids.requireReadable(caller, village);
        return grids.read(() -> view(requirePatrol(village, id, false), null));
    }

    /** The caller's open patrol, if any. */
    public java.util.Optional<PatrolView> open(Caller caller) {
        return grids.read(() -> store.openPatrolOf(caller.username(), caller.tenant())
                .flatMap(id -> store.patrol(id, false))
                .map(p -> view(p, null)));
    }

    /** Patrols of the subtree in the last {@code days} days, newest first; of one grid or one worker when given. */
    public List<PatrolView> list(Caller caller, TenantCode center, String gridCode, boolean mine, int days) {
        grids.requireReadable(caller, center);
        if (days < 1 || days > 366) {
            throw Problems.badRequest("days is 1 to 366, not " + days + ".");
        }
        Instant from = Instant.now().minus(days, ChronoUnit.DAYS);
        return grids.read(
                () -> store.patrols(center, gridCode, mine ? caller.username() : null, from, MAX_LIST).stream()
                        .map(p -> view(p, null))
                        .toList());
    }

    public PatrolView addFinding(Caller caller, TenantCode village, long id, NewFinding command) {
        grids.requireReadable(caller, village);
        if (command == null || command.kind() == null) {
            throw Problems.badRequest("kind is required: DISPUTE (矛盾纠纷), SAFETY_HAZARD (安全隐患), PUBLIC_REQUEST"
                    + " (群众诉求) or OTHER (其他).");
        }
        String description = Grids.text("description", command.description(), 2000, true);
        return grids.write(() -> {
            Patrol patrol = requireOwnPatrol(caller, village, id);
            if (!patrol.open()) {
                throw Problems.conflict("Patrol " + id + " ended at " + patrol.endedAt()
                        + "; findings are recorded while it is open (start a new patrol).");
            }
            store.addFinding(patrol, command.kind(), description, caller.username(), Instant.now());
            return view(store.patrol(id, false).orElseThrow(), null);
        });
    }

    public PatrolView resolve(Caller caller, TenantCode village, long id, long findingId, Resolution command) {
        grids.requireReadable(caller, village);
        String resolution = Grids.text("resolution", command == null ? null : command.resolution(), 2000, true);
        return settle(caller, village, id, findingId, FindingOutcome.RESOLVED_ON_SPOT, resolution, null);
    }

    public PatrolView reported(Caller caller, TenantCode village, long id, long findingId, Reported command) {
        grids.requireReadable(caller, village);
        String code = command == null || command.caseCode() == null
                ? ""
                : command.caseCode().replaceAll("[\\s-]", "").toUpperCase();
        if (!code.matches("\\d{23}[\\dX]")) {
            throw Problems.badRequest(
                    "caseCode is required: the code intake gave the case, e.g." + " 140404001001-261127-00042-7.");
        }
        if (!code.startsWith(village.value())) {
            throw Problems.badRequest("Case " + command.caseCode() + " was not taken in by center " + village
                    + "; a finding is reported as a case of its own village.");
        }
        return settle(caller, village, id, findingId, FindingOutcome.REPORTED, null, code);
    }

    public PatrolView end(Caller caller, TenantCode village, long id, End command) {
        grids.requireReadable(caller, village);
        if (command == null
                || command.householdsVisited() == null
                || command.householdsVisited() < 0
                || command.householdsVisited() > 10_000) {
            throw Problems.badRequest(
                    "householdsVisited is required: the households visited on this patrol, 0 to" + " 10000.");
        }
        String note = Grids.text("note", command.note(), 2000, false);
        return grids.write(() -> {
            Patrol patrol = requireOwnPatrol(caller, village, id);
            if (!patrol.open()) {
                throw Problems.conflict("Patrol " + id + " already ended at " + patrol.endedAt() + ".");
            }
            store.endPatrol(id, Instant.now(), command.householdsVisited(), note);
            return view(store.patrol(id, false).orElseThrow(), null);
        });
    }

    private PatrolView settle(
            Caller caller,
            TenantCode village,
            long id,
            long findingId,
            FindingOutcome outcome,
            String resolution,
            String caseCode) {
        return grids.write(() -> {
            Patrol patrol = requireOwnPatrol(caller, village, id);
            Finding finding = patrol.findings().stream()
                    .filter(f -> f.id() == findingId)
                    .findFirst()
                    .orElseThrow(() -> Problems.notFound("Patrol " + id + " has no finding " + findingId + "."));
            if (finding.outcome() != null) {
                throw Problems.conflict("Finding " + findingId + " is settled already ("
                        + finding.outcome().label()
                        + (finding.caseCode() == null ? "" : ", case " + GridCodes.caseCodeDisplay(finding.caseCode()))
                        + ").");
            }
            store.settleFinding(findingId, outcome, resolution, caseCode, Instant.now());
            return view(store.patrol(id, false).orElseThrow(), null);
        });
    }

    private Patrol requirePatrol(TenantCode village, long id, boolean forUpdate) {
        return store.patrol(id, forUpdate)
                .filter(p -> p.center().equals(village.value()))
                .orElseThrow(() -> Problems.notFound("Center " + village + " has no patrol " + id + "."));
    }

    private Patrol requireOwnPatrol(Caller caller, TenantCode village, long id) {
        Patrol patrol = requirePatrol(village, id, true);
        if (!patrol.worker().equals(caller.username()) || !caller.tenant().equals(village)) {
            throw Problems.forbidden(
                    "Patrol " + id + " is " + patrol.worker() + "'s; only the worker who made it records on it.");
        }
        return patrol;
    }

    private PatrolView view(Patrol p, Grid grid) {
        String name = grid != null
                ? grid.name()
                : store.find(p.gridCode()).map(Grid::name).orElse(p.gridCode());
        return new PatrolView(
                p.id(),
                p.gridCode(),
                name,
                p.center(),
                p.worker(),
                p.startedAt(),
                p.endedAt(),
                p.open(),
                p.householdsVisited(),
                p.note(),
                p.findings().stream()
                        .map(f -> new FindingView(
                                f.id(),
                                f.kind(),
                                f.kind().label(),
                                f.description(),
                                f.outcome(),
                                f.outcome() == null ? null : f.outcome().label(),
                                f.resolution(),
                                GridCodes.caseCodeDisplay(f.caseCode()),
                                f.recordedBy(),
                                f.recordedAt(),
                                f.settledAt()))
                        .toList());
    }

    static boolean isGridCode(String code) {
        return GridCodes.isValid(code);
    }
}
