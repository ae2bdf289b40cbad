package org.zongzhi.search.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void addedTalliesGiveTheMeasuresOfAllTheirCases() {
        // a county's day: 3 found, 2 closed in 2 and 7 days, 1 resolved; another day: 1 found, closed in 3 days
        Tally one = new Tally()
                .add(Tally.Count.FOUND, 3)
                .add(Tally.Count.ACCEPTED, 3)
                .add(Tally.Count.CLOSED, 2)
                .add(Tally.Count.RESOLVED, 1)
                .add(Tally.Count.FOLLOWED_UP, 1)
                .add(Tally.Count.CYCLE_DAYS_SUM, 9)
                .add(Tally.Count.CYCLE_DAYS_COUNT, 2)
                .add(Tally.Count.OPEN, 1);
        Tally other = new Tally()
                .add(Tally.Count.FOUND, 1)
                .add(Tally.Count.ACCEPTED, 1)
                .add(Tally.Count.CLOSED, 1)
                .add(Tally.Count.RESOLVED, 1)
                .add(Tally.Count.CYCLE_DAYS_SUM, 3)
                .add(Tally.Count.CYCLE_DAYS_COUNT, 1);

        Measures measures = new Tally().add(one).add(other).measures(2);

        assertThat(measures.found()).isEqualTo(4);
        assertThat(measures.resolutionRate()).isEqualTo(0.5);
        assertThat(measures.closureRate()).isEqualTo(0.75);
        assertThat(measures.followUpRate()).isEqualTo(0.3333);
        // the mean of 2, 7 and 3 days, not the mean of the two days' means (4.5 and 3)
        assertThat(measures.averageCycleDays()).isEqualTo(4.0);
        assertThat(measures.open()).isEqualTo(1);
        assertThat(measures.supervisionOverdue()).isEqualTo(2);
        assertThat(new Tally().measures(0).resolutionRate()).isNull();
        assertThat(new Tally().add(one).basic()).isEqualTo(Measures.basic(3, 1, 2));
    }
}
