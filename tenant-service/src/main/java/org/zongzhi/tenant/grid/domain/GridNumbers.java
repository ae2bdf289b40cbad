package org.zongzhi.tenant.grid.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * The grid numbers of a period, per grid and rolled up (docs/measures.md, 网格):
 *
 * <ul>
 *   <li>patrols: patrols started in the period;
 *   <li>巡查覆盖率 (coverage): grids patrolled at least once in the period ÷ grids active in it;
 *   <li>findings, resolved on the spot, cases reported (findings turned into cases);
 *   <li>小事不出村 (resolvedAtVillage): findings resolved on the spot, or whose case was closed resolved while
 *       held by the village, ÷ findings.
 * </ul>
 *
 * Rates are percentages with one decimal, absent (null) when their denominator is zero.
 */
public final class GridNumbers {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private GridNumbers() {}

    /** A patrol as the numbers count it. */
    public record PatrolFact(String gridCode, Instant startedAt) {}

    /** A finding as the numbers count it. */
    public record FindingFact(String gridCode, Instant recordedAt, FindingOutcome outcome, String caseCode) {}

    /** The figures of one grid or of a group of grids. */
    public record Figures(
            int activeGrids,
            int patrolledGrids,
            BigDecimal coverage,
            int patrols,
            int findings,
            int resolvedOnSpot,
            int casesReported,
            int casesResolvedAtVillage,
            BigDecimal resolvedAtVillage) {}

    public record GridRow(String code, String name, String village, boolean active, Figures figures) {}

    public record GroupRow(String code, Figures figures) {}

    /**
     * @param casesKnown false when the cases' outcomes could not be read: the 小事不出村 share then counts
     *     the findings resolved on the spot only, and says so
     */
    public record Report(
            String center,
            LocalDate from,
            LocalDate to,
            Figures total,
            List<GroupRow> groups,
            List<GridRow> grids,
            boolean casesKnown) {}

    /**
     * @param resolvedAtVillage the codes (as people read them, with dashes) of reported cases closed resolved at
     *     their village; null when unknown
     */
    public static Report of(
            TenantCode center,
            LocalDate from,
            LocalDate to,
            Collection<Grid> grids,
            Collection<PatrolFact> patrols,
            Collection<FindingFact> findings,
            Set<String> resolvedAtVillage) {
        Instant start = from.atStartOfDay(CHINA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CHINA).toInstant();
        Map<String, Tally> byGrid = new LinkedHashMap<>();
        for (Grid grid : grids) {
            if (grid.activeDuring(from, to)) {
                byGrid.put(grid.code(), new Tally(true));
            }
        }
        for (PatrolFact p : patrols) {
            if (!p.startedAt().isBefore(start) && p.startedAt().isBefore(end)) {
                byGrid.computeIfAbsent(p.gridCode(), c -> new Tally(false)).patrols++;
            }
        }
        for (FindingFact f : findings) {
            if (f.recordedAt().isBefore(start) || !f.recordedAt().isBefore(end)) {
                continue;
            }
            Tally t = byGrid.computeIfAbsent(f.gridCode(), c -> new Tally(false));
            t.findings++;
            if (f.outcome() == FindingOutcome.RESOLVED_ON_SPOT) {
                t.resolvedOnSpot++;
            } else if (f.outcome() == FindingOutcome.REPORTED) {
                t.casesReported++;
                if (resolvedAtVillage != null && resolvedAtVillage.contains(GridCodes.caseCodeDisplay(f.caseCode()))) {
                    t.casesResolvedAtVillage++;
                }
            }
        }
        int groupLength = center.level() == TenantCode.Level.VILLAGE
                ? 12
                : TenantCode.Level.values()[center.level().ordinal() + 1].codeLength();
        Map<String, Tally> groups = new TreeMap<>();
        Tally total = new Tally(false);
        List<GridRow> rows = new ArrayList<>();
        for (Grid grid : grids) {
            Tally t = byGrid.get(grid.code());
            if (t == null) {
                if (grid.validFrom().isAfter(to)) {
                    continue;
                }
                t = new Tally(false);
            }
            rows.add(new GridRow(grid.code(), grid.name(), grid.center().value(), t.active, t.figures()));
            groups.computeIfAbsent(grid.code().substring(0, groupLength), c -> new Tally(false))
                    .add(t);
            total.add(t);
        }
        List<GroupRow> groupRows = groups.entrySet().stream()
                .map(e -> new GroupRow(e.getKey(), e.getValue().figures()))
                .toList();
        return new Report(center.value(), from, to, total.figures(), groupRows, rows, resolvedAtVillage != null);
    }

    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static final class Tally {
        boolean active;
        int activeGrids;
        int patrolledGrids;
        int patrols;
        int findings;
        int resolvedOnSpot;
        int casesReported;
        int casesResolvedAtVillage;

        Tally(boolean active) {
            this.active = active;
        }

        void add(Tally grid) {
            activeGrids += grid.active ? 1 : grid.activeGrids;
            patrolledGrids += grid.active && grid.patrols > 0 ? 1 : grid.patrolledGrids;
            patrols += grid.patrols;
            findings += grid.findings;
            resolvedOnSpot += grid.resolvedOnSpot;
            casesReported += grid.casesReported;
            casesResolvedAtVillage += grid.casesResolvedAtVillage;
        }

        Figures figures() {
            int active = this.active ? 1 : activeGrids;
            int patrolled = this.active ? (patrols > 0 ? 1 : 0) : patrolledGrids;
            return new Figures(
                    active,
                    patrolled,
                    percent(patrolled, active),
                    patrols,
                    findings,
                    resolvedOnSpot,
                    casesReported,
                    casesResolvedAtVillage,
                    percent(resolvedOnSpot + casesResolvedAtVillage, findings));
        }
    }
}
