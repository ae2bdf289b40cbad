package org.zongzhi.tenant.grid.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.grid.domain.FindingOutcome;
import org.zongzhi.tenant.grid.domain.Grid;
import org.zongzhi.tenant.grid.domain.GridCodes;
import org.zongzhi.tenant.grid.domain.GridNumbers;
import org.zongzhi.tenant.grid.domain.GridNumbers.FindingFact;
import org.zongzhi.tenant.grid.domain.GridNumbers.PatrolFact;
import org.zongzhi.tenant.grid.infrastructure.CaseOutcomesClient;
import org.zongzhi.tenant.grid.infrastructure.GridStore;
import org.zongzhi.tenant.tree.application.CenterQueries;
import org.zongzhi.tenant.tree.domain.Center;

/** The grid numbers of a period for a center's subtree: per grid, per village or township below it, in total. */
@Service
public class GridStatistics {

    private final GridStore store;
    private final Grids grids;
    private final CenterQueries centers;
    private final CaseOutcomesClient outcomes;

    GridStatistics(GridStore store, Grids grids, CenterQueries centers, CaseOutcomesClient outcomes) {
        this.store = store;
        this.grids = grids;
        this.centers = centers;
        this.outcomes = outcomes;
    }

    /** The numbers, and the division names (长安社区居委会) of the centers they are grouped by. */
    public record Numbers(GridNumbers.Report report, Map<String, String> names) {}

    private record Facts(List<Grid> grids, List<PatrolFact> patrols, List<FindingFact> findings) {}

    public Numbers numbers(Caller caller, TenantCode center, LocalDate from, LocalDate to) {
        grids.requireReadable(caller, center);
        LocalDate today = LocalDate.now(WorkingCalendar.CHINA);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        if (start.isAfter(end)) {
            throw Problems.badRequest("from " + start + " is after to " + end + ".");
        }
        if (start.plusDays(366).isBefore(end)) {
            throw Problems.badRequest("A period is at most 366 days; ask for a shorter one.");
        }
        var startAt = start.atStartOfDay(WorkingCalendar.CHINA).toInstant();
        var endAt = end.plusDays(1).atStartOfDay(WorkingCalendar.CHINA).toInstant();
        Facts facts = grids.read(() -> new Facts(
                store.within(center),
                store.patrolFacts(center, startAt, endAt),
                store.findingFacts(center, startAt, endAt)));
        List<String> reported = facts.findings().stream()
                .filter(f -> f.outcome() == FindingOutcome.REPORTED)
                .map(FindingFact::caseCode)
                .map(GridCodes::caseCodeDisplay)
                .distinct()
                .toList();
        Set<String> resolved = reported.isEmpty()
                ? Set.of()
                : outcomes.resolvedAtOrigin(reported).orElse(null);
        GridNumbers.Report all =
                GridNumbers.of(center, start, end, facts.grids(), facts.patrols(), facts.findings(), resolved);
        // A county or above has thousands of grids: it gets its townships' (… cities') figures, not every grid's.
        boolean perGrid = center.level().codeLength() >= TenantCode.Level.TOWNSHIP.codeLength();
        GridNumbers.Report report = perGrid
                ? all
                : new GridNumbers.Report(
                        all.center(), all.from(), all.to(), all.total(), all.groups(), List.of(), all.casesKnown());
        Map<String, String> names = new LinkedHashMap<>();
        names.put(center.value(), name(caller, center));
        report.groups().forEach(g -> names.putIfAbsent(g.code(), name(caller, TenantCode.of(g.code()))));
        report.grids().forEach(g -> names.putIfAbsent(g.village(), name(caller, TenantCode.of(g.village()))));
        return new Numbers(report, names);
    }

    private String name(Caller caller, TenantCode code) {
        Center c = centers.get(caller, code);
        return c.name();
    }
}
