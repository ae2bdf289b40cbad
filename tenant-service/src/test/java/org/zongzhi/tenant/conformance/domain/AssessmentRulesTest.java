package org.zongzhi.tenant.conformance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

class AssessmentRulesTest {

    @Test
    void anAssessmentGoesOpenSubmittedReturnedSubmittedReviewedFinal() {
        AssessmentStatus status =
                AssessmentStatus.OPEN.submit().giveBack().submit().review().finalise();

        assertThat(status).isEqualTo(AssessmentStatus.FINAL);
        assertThatThrownBy(AssessmentStatus.FINAL::giveBack)
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("FINAL");
        assertThatThrownBy(AssessmentStatus.OPEN::review).isInstanceOf(Refusal.class);
        assertThatThrownBy(AssessmentStatus.SUBMITTED::submit).isInstanceOf(Refusal.class);
    }

    private static Caller admin(String tenant, String role) {
        return new Caller("s", "u", TenantCode.of(tenant), Set.of(role));
    }

    @Test
    void onlyTheParentInspectsAndOnlyTheCenterSelfAssesses() {
        TenantCode handian = TenantCode.of("140404001");

        ConformancePolicy.requireInspector(admin("140404", "county-admin"), handian);
        ConformancePolicy.requireSelfAssessor(admin("140404001", "center-admin"), handian);
        assertThatThrownBy(() -> ConformancePolicy.requireInspector(admin("1404", "city-admin"), handian))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("the parent of 140404001");
        assertThatThrownBy(() -> ConformancePolicy.requireInspector(admin("140404001", "center-admin"), handian))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> ConformancePolicy.requireSelfAssessor(admin("140404", "county-admin"), handian))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> ConformancePolicy.requireSelfAssessor(admin("140404001", "intake-clerk"), handian))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void onlyTheProvinceAuthorsAndOnlyTheOwnerTailors() {
        ConformancePolicy.requireAuthor(admin("14", "province-admin"));
        assertThatThrownBy(() -> ConformancePolicy.requireAuthor(admin("1404", "city-admin")))
                .isInstanceOf(Refusal.class);
        ConformancePolicy.requireTailor(admin("1404", "city-admin"), TenantCode.of("1404"));
        assertThatThrownBy(
                        () -> ConformancePolicy.requireTailor(admin("140881", "county-admin"), TenantCode.of("140404")))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> ConformancePolicy.requireRoundOwner(admin("140404001", "center-admin")))
                .isInstanceOf(Refusal.class);
    }

    private static Ranking.Result result(String center, double percent, boolean passing) {
        return new Ranking.Result(
                center,
                BigDecimal.valueOf(percent),
                BigDecimal.valueOf(percent),
                BigDecimal.valueOf(100),
                passing ? "合格" : "不合格",
                passing);
    }

    @Test
    void rankingSharesRanksForTiesAndRateCountsPassingCenters() {
        var ranked = Ranking.rank(
                List.of(result("b", 80, true), result("a", 95, true), result("c", 80, true), result("d", 40, false)));

        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranked).extracting(r -> r.result().center()).containsExactly("a", "b", "c", "d");
        Ranking.Rate rate = Ranking.rate(List.of(result("a", 95, true), result("b", 80, true), result("d", 40, false)));
        assertThat(rate.rate()).isEqualByComparingTo("66.67");
        assertThat(Ranking.rate(List.of()).rate()).isNull();
    }

    @Test
    void evidenceMustBeAJpegPngOrPdfWhoseBytesMatch() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
        EvidencePolicy.check("plate.png", "image/png", png);
        EvidencePolicy.check("rules.pdf", "application/pdf", "%PDF-1.7".getBytes());

        assertThatThrownBy(() -> EvidencePolicy.check("x.exe", "application/octet-stream", png))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("JPEG or PNG photo or a PDF");
        assertThatThrownBy(() -> EvidencePolicy.check("fake.jpg", "image/jpeg", png))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("its content is not");
        assertThatThrownBy(() -> EvidencePolicy.check(
                        "big.pdf", "application/pdf", new byte[(int) EvidencePolicy.MAX_BYTES + 1]))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("at most");
    }

    @Test
    void aRectificationDueInTenWorkingDaysTurnsBlueYellowRedSkippingWeekendsAndHolidays() {
        WorkingCalendar calendar = WorkingCalendar.china();
        // Monday 2026-03-02 09:00 China time; no holidays in the next two weeks.
        Instant start = LocalDate.of(2026, 3, 2).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));

        RectificationClock clock = RectificationClock.start(start, 10, calendar);

        assertThat(clock.dueAt())
                .isEqualTo(LocalDate.of(2026, 3, 16).atTime(9, 0).toInstant(ZoneOffset.ofHours(8)));
        assertThat(clock.colourAt(start)).isEqualTo(WarningColour.NONE);
        assertThat(clock.colourAt(clock.blueAt())).isEqualTo(WarningColour.BLUE);
        assertThat(clock.colourAt(clock.yellowAt())).isEqualTo(WarningColour.YELLOW);
        assertThat(clock.colourAt(clock.dueAt())).isEqualTo(WarningColour.RED);
        assertThatThrownBy(() -> RectificationClock.start(start, 0, calendar)).isInstanceOf(Refusal.class);
    }

    @Test
    void theNationalDayHolidayIsNotCounted() {
        WorkingCalendar calendar = WorkingCalendar.china();
        Instant start = LocalDate.of(2025, 9, 30).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));

        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 3))).isFalse();
        assertThat(RectificationClock.start(start, 1, calendar).dueAt())
                .isAfter(LocalDate.of(2025, 10, 8).atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
    }

    @Test
    void tasksCloseOnlyAfterEvidenceIsVerified() {
        assertThat(TaskStatus.OPEN.submit().verify(true)).isEqualTo(TaskStatus.VERIFIED);
        assertThat(TaskStatus.OPEN.submit().verify(false)).isEqualTo(TaskStatus.OPEN);
        assertThatThrownBy(() -> TaskStatus.OPEN.verify(true)).isInstanceOf(Refusal.class);
    }
}
