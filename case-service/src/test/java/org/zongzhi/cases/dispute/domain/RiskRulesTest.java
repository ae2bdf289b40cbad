package org.zongzhi.cases.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zongzhi.cases.fixtures.Cases;
import org.zongzhi.cases.fixtures.People;

class RiskRulesTest {

    private static RiskGrade grade(Category category, int group, boolean violence, boolean vulnerable, boolean period) {
        return RiskRules.grade(category, new RiskFactors(group, violence, vulnerable, period));
    }

    @Test
    void anOrdinaryQuarrelIsGeneral() {
        RiskGrade grade = grade(Category.NEIGHBOURS, 2, false, false, false);

        assertThat(grade.level()).isEqualTo(RiskLevel.GENERAL);
        assertThat(grade.reasons()).isEmpty();
    }

    @Test
    void fiveOrMorePeopleMakeAGroupDispute() {
        assertThat(grade(Category.HOUSING_DELIVERY, 4, false, false, false).level())
                .isEqualTo(RiskLevel.GENERAL);
        assertThat(grade(Category.HOUSING_DELIVERY, 5, false, false, false).level())
                .isEqualTo(RiskLevel.SERIOUS);
        assertThat(grade(Category.HOUSING_DELIVERY, 29, false, false, false).level())
                .isEqualTo(RiskLevel.SERIOUS);
        assertThat(grade(Category.HOUSING_DELIVERY, 30, false, false, false).level())
                .isEqualTo(RiskLevel.MAJOR);
    }

    @Test
    void aRiskOfViolenceIsMajorOnItsOwn() {
        RiskGrade grade = grade(Category.NEIGHBOURS, 1, true, false, false);

        assertThat(grade.level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(grade.reasons()).anyMatch(r -> r.contains("暴力"));
    }

    @Test
    void vulnerablePartiesSensitiveCategoriesAndPeriodsAreSeriousEach() {
        assertThat(grade(Category.NEIGHBOURS, 1, false, true, false).level()).isEqualTo(RiskLevel.SERIOUS);
        assertThat(grade(Category.WAGE_ARREARS, 1, false, false, false).level()).isEqualTo(RiskLevel.SERIOUS);
        assertThat(grade(Category.SCHOOL_BULLYING, 1, false, false, false).level())
                .isEqualTo(RiskLevel.SERIOUS);
        assertThat(grade(Category.NEIGHBOURS, 1, false, false, true).level()).isEqualTo(RiskLevel.SERIOUS);
    }

    @Test
    void twoSeriousFactorsTogetherAreMajor() {
        RiskGrade unpaidGroup = grade(Category.WAGE_ARREARS, 6, false, false, false);
        RiskGrade bulliedChild = grade(Category.SCHOOL_BULLYING, 1, false, true, false);

        assertThat(unpaidGroup.level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(unpaidGroup.reasons()).anyMatch(r -> r.contains("叠加"));
        assertThat(bulliedChild.level()).isEqualTo(RiskLevel.MAJOR);
    }

    @Test
    void aVulnerablePartyMakesTheCaseSerious() {
        NewCase elderly = new NewCase(
                Channel.WALK_IN,
                Category.MARRIAGE_FAMILY,
                "赡养纠纷",
                "子女拒绝赡养老人",
                null,
                List.of(People.vulnerableApplicant("王奶奶", 7, Vulnerability.ELDERLY)),
                0,
                false,
                false,
                false,
                null);

        assertThat(elderly.riskFactors().vulnerableParties()).isTrue();
        assertThat(RiskRules.grade(elderly.category(), elderly.riskFactors()).level())
                .isEqualTo(RiskLevel.SERIOUS);
    }

    @Test
    void aCaseCountsItsApplicantsAsTheGroupAndTheirVulnerabilities() {
        NewCase sixWorkers = Cases.wageArrears(6);

        assertThat(sixWorkers.riskFactors().groupSize()).isEqualTo(6);
        assertThat(RiskRules.grade(sixWorkers.category(), sixWorkers.riskFactors())
                        .level())
                .isEqualTo(RiskLevel.MAJOR);
    }
}
