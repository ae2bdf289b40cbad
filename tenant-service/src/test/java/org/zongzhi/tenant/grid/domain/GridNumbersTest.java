package org.zongzhi.tenant.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.grid.domain.GridNumbers.FindingFact;
import org.zongzhi.tenant.grid.domain.GridNumbers.PatrolFact;

class GridNumbersTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final Instant DAY = Instant.parse("2026-12-02T02:00:00Z");

    @Test
    void coverageCountsGridsPatrolledAmongThoseInForceAndTheVillageShareCountsCasesClosedThere() {
        Grid a = grid("140404001001001", FROM.minusYears(1), null);
        Grid b = grid("140404001001002", FROM.minusYears(1), null);
        Grid ended = grid("140404001001003", FROM.minusYears(1), FROM.minusDays(1));
        Grid other = grid("140404001002001", FROM, null);
        var report = GridNumbers.of(
                TenantCode.of("140404001"),
                FROM,
                TO,
                List.of(a, b, ended, other),
                List.of(
                        new PatrolFact(a.code(), DAY),
                        new PatrolFact(a.code(), DAY),
                        new PatrolFact(other.code(), DAY)),
                List.of(
                        new FindingFact(a.code(), DAY, FindingOutcome.RESOLVED_ON_SPOT, null),
                        new FindingFact(a.code(), DAY, FindingOutcome.REPORTED, "140404001001261202000011"),
                        new FindingFact(a.code(), DAY, FindingOutcome.REPORTED, "140404001001261202000029"),
                        new FindingFact(other.code(), DAY, null, null)),
                Set.of("140404001001-261202-00001-1"));

        assertThat(report.total().activeGrids()).isEqualTo(3);
        assertThat(report.total().patrolledGrids()).isEqualTo(2);
        assertThat(report.total().coverage()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(report.total().patrols()).isEqualTo(3);
        assertThat(report.total().findings()).isEqualTo(4);
        assertThat(report.total().casesReported()).isEqualTo(2);
        assertThat(report.total().casesResolvedAtVillage()).isEqualTo(1);
        assertThat(report.total().resolvedAtVillage()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(report.groups())
                .extracting(GridNumbers.GroupRow::code)
                .containsExactly("140404001001", "140404001002");
        assertThat(report.groups().get(0).figures().coverage()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(report.grids()).hasSize(4);
        assertThat(report.grids().get(2).active()).isFalse();
        assertThat(report.grids().get(3).figures().resolvedAtVillage()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void withoutGridsOrFindingsTheRatesAreAbsentAndUnknownCasesCountOnTheSpotOnly() {
        var empty = GridNumbers.of(TenantCode.of("140404"), FROM, TO, List.of(), List.of(), List.of(), Set.of());
        assertThat(empty.total().coverage()).isNull();
        assertThat(empty.total().resolvedAtVillage()).isNull();

        Grid a = grid("140404001001001", FROM, null);
        var unknown = GridNumbers.of(
                TenantCode.of("140404001001"),
                FROM,
                TO,
                List.of(a),
                List.of(),
                List.of(
                        new FindingFact(a.code(), DAY, FindingOutcome.RESOLVED_ON_SPOT, null),
                        new FindingFact(a.code(), DAY, FindingOutcome.REPORTED, "140404001001261202000011")),
                null);
        assertThat(unknown.casesKnown()).isFalse();
        assertThat(unknown.total().resolvedAtVillage()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(unknown.total().coverage()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private static Grid grid(String code, LocalDate from, LocalDate to) {
        return new Grid(
                1,
                code,
                TenantCode.of(code.substring(0, 12)),
                "网格" + code.substring(12),
                GridKind.COMPREHENSIVE,
                null,
                100,
                null,
                from,
                to,
                null,
                "t",
                DAY);
    }
}
