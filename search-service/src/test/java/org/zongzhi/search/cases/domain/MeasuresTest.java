package org.zongzhi.search.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasuresTest {

    @Test
    void ratesFollowTheirDefinitions() {
        Measures m = Measures.of(
                new Measures.Counts(200, 190, 180, 170, 175, 160, 150, 100, 95, 6.54321, Measures.Workload.NONE));

        assertThat(m.resolutionRate()).isEqualTo(0.85);
        assertThat(m.timelyAcceptanceRate()).isEqualTo(0.9474);
        assertThat(m.closureRate()).isEqualTo(0.9211);
        assertThat(m.onTimeClosureRate()).isEqualTo(0.9143);
        assertThat(m.followUpRate()).isEqualTo(0.8571);
        assertThat(m.satisfactionRate()).isEqualTo(0.95);
        assertThat(m.averageCycleDays()).isEqualTo(6.5432);
    }

    @Test
    void noCasesMeansNoRateRatherThanZero() {
        Measures m = Measures.of(new Measures.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, null, Measures.Workload.NONE));

        assertThat(m.found()).isZero();
        assertThat(java.util.Arrays.asList(
                        m.resolutionRate(), m.closureRate(), m.satisfactionRate(), m.averageCycleDays()))
                .containsOnlyNulls();
    }
}
