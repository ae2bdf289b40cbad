package org.zongzhi.search.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CaseFactsTest {

    private static final Instant CLOSED = Instant.parse("2026-05-10T02:00:00Z");

    private record Visit(Instant at, String satisfaction) {}

    private static final Function<Visit, Instant> AT = Visit::at;

    @Test
    void aFollowUpCountsOnlyAfterTheLastClosing() {
        Visit before = new Visit(CLOSED.minusSeconds(86_400), "SATISFIED");
        Visit after = new Visit(CLOSED.plusSeconds(3_600), "DISSATISFIED");

        assertThat(CaseFacts.countedFollowUp(true, CLOSED, List.of(before), AT))
                .as("a visit about the outcome before the case was reopened")
                .isNull();
        assertThat(CaseFacts.countedFollowUp(true, CLOSED, List.of(before, after), AT))
                .isEqualTo(after);
    }

    @Test
    void aReopenedCaseHasNoFollowUpThatCounts() {
        Visit visit = new Visit(CLOSED.plusSeconds(3_600), "SATISFIED");

        assertThat(CaseFacts.countedFollowUp(false, null, List.of(visit), AT)).isNull();
    }

    @Test
    void threeClosedCasesTwoFollowedUpGiveTwoThirds() {
        // issue 11's fixture: three closed cases, two followed up after closing, one reopened earlier and
        // followed up before its final closing
        long followedUp = List.of(
                        List.of(new Visit(CLOSED.plusSeconds(60), "SATISFIED")),
                        List.of(new Visit(CLOSED.plusSeconds(120), "BASICALLY_SATISFIED")),
                        List.of(new Visit(CLOSED.minusSeconds(600), "SATISFIED")))
                .stream()
                .filter(visits -> CaseFacts.countedFollowUp(true, CLOSED, visits, AT) != null)
                .count();
        Measures m = Measures.of(new Measures.Counts(3, 3, 3, 3, 3, 3, followedUp, 2, 2, 5.0, Measures.Workload.NONE));

        assertThat(m.followUpRate()).isEqualTo(0.6667);
    }

    @Test
    void supervisionOrdersAreCountedOpenAndLate() {
        Instant due = Instant.parse("2026-05-12T02:00:00Z");
        Instant laterDue = Instant.parse("2026-05-20T02:00:00Z");
        CaseDocument.Supervision s = CaseFacts.supervision(List.of(
                new Instant[] {CLOSED, due, due.plusSeconds(60)},
                new Instant[] {CLOSED, laterDue, null},
                new Instant[] {CLOSED, due, null},
                new Instant[] {CLOSED, due, due.minusSeconds(60)}));

        assertThat(s).isEqualTo(new CaseDocument.Supervision(4, 2, 1, due));
        assertThat(CaseFacts.supervision(List.of())).isNull();
    }
}
