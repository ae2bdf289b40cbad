package org.zongzhi.cases.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.zongzhi.cases.deadline.domain.TimeLimit.Hours;
import org.zongzhi.cases.deadline.domain.TimeLimit.WorkingDays;
import org.zongzhi.cases.fixtures.Cases;
import org.zongzhi.platform.tenancy.TenantCode.Level;

class TimeLimitsTest {

    private final TimeLimits limits = Cases.LIMITS;

    @Test
    void handlingTimeDependsOnTheCategory() {
        assertThat(TimeLimits.handlingDays(Category.SCHOOL_BULLYING, Level.TOWNSHIP))
                .isEqualTo(5);
        assertThat(TimeLimits.handlingDays(Category.WAGE_ARREARS, Level.TOWNSHIP))
                .isEqualTo(7);
        assertThat(TimeLimits.handlingDays(Category.LAND_AND_HOMESTEAD, Level.TOWNSHIP))
                .isEqualTo(30);
    }

    @Test
    void villagesGetAtMostFiveDaysAndCountiesHalfAsMuchAgain() {
        assertThat(TimeLimits.handlingDays(Category.LAND_AND_HOMESTEAD, Level.VILLAGE))
                .isEqualTo(5);
        assertThat(TimeLimits.handlingDays(Category.NEIGHBOURS, Level.COUNTY)).isEqualTo(15);
        assertThat(TimeLimits.handlingDays(Category.WAGE_ARREARS, Level.CITY)).isEqualTo(11);
    }

    @Test
    void hazardsRunOnClockHours() {
        assertThat(limits.forStep(CaseStatus.REPORTED, Category.HAZARD, Level.VILLAGE, RiskLevel.GENERAL))
                .contains(new Hours(2));
        assertThat(limits.forStep(CaseStatus.INVESTIGATING, Category.HAZARD, Level.VILLAGE, RiskLevel.GENERAL))
                .contains(new Hours(4));
    }

    @Test
    void aMajorRiskMustBeFiledWithinHours() {
        assertThat(limits.forStep(CaseStatus.REPORTED, Category.WAGE_ARREARS, Level.COUNTY, RiskLevel.MAJOR))
                .contains(new Hours(4));
        assertThat(limits.forStep(CaseStatus.REPORTED, Category.WAGE_ARREARS, Level.COUNTY, RiskLevel.SERIOUS))
                .contains(new WorkingDays(1));
    }

    @Test
    void closedAndArchivedCasesRunNoClock() {
        assertThat(limits.forStep(CaseStatus.CLOSED, Category.OTHER, Level.COUNTY, RiskLevel.GENERAL))
                .isEmpty();
        assertThat(limits.forStep(CaseStatus.ARCHIVED, Category.OTHER, Level.COUNTY, RiskLevel.GENERAL))
                .isEmpty();
    }

    @Test
    void aSupervisionOrderIsAnsweredWithinTwoWorkingDays() {
        assertThat(limits.supervisionResponseDue(Cases.MONDAY_MORNING))
                .isEqualTo(Cases.MONDAY_MORNING.plus(Duration.ofDays(2)));
    }
}
