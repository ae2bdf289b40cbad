package org.zongzhi.tenant.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zongzhi.tenant.profile.domain.CenterProfile.Mechanism;
import org.zongzhi.tenant.profile.domain.CenterProfile.MechanismKind;
import org.zongzhi.tenant.profile.domain.CenterProfile.Premises;
import org.zongzhi.tenant.profile.domain.CenterProfile.Presence;
import org.zongzhi.tenant.profile.domain.CenterProfile.ResidentDepartment;
import org.zongzhi.tenant.profile.domain.CenterProfile.RoomKind;
import org.zongzhi.tenant.profile.domain.CenterProfile.Staffing;

class CenterProfileTest {

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);

    private static Premises premises(int windows) {
        return new Premises(new BigDecimal("120"), true, true, false, Map.of(RoomKind.MEDIATION, 2), windows);
    }

    @Test
    void aCompleteProfileHasNoProblems() {
        var profile = new CenterProfile(
                premises(3),
                new Staffing(5, 3, 10, List.of("老法官调解室")),
                List.of(new ResidentDepartment("COURT", Presence.ROTATING, JANUARY, null)),
                List.of(new Mechanism(MechanismKind.JOINT_MEETING, "联席会议制度", JANUARY)));

        assertThat(profile.problems()).isEmpty();
    }

    @Test
    void namesEveryProblemAtOnce() {
        var profile = new CenterProfile(
                premises(-1),
                new Staffing(-2, 0, 0, List.of()),
                List.of(
                        new ResidentDepartment("COURT", Presence.RESIDENT, JANUARY, JANUARY.minusDays(1)),
                        new ResidentDepartment("COURT", Presence.RESIDENT, JANUARY, null),
                        new ResidentDepartment("bank", null, null, null)),
                List.of(new Mechanism(MechanismKind.SUPERVISION, " ", null)));

        assertThat(profile.problems())
                .containsExactlyInAnyOrder(
                        "premises.intakeWindows must be 0 or more",
                        "staffing.fullTimeStaff must be 0 or more",
                        "departments: 'COURT' ends (until) before it starts (since)",
                        "departments: 'COURT' is listed twice",
                        "departments: 'bank' is not in the department catalogue (codes such as COURT or"
                                + " HUMAN_RESOURCES, listed at /api/tenants/departments)",
                        "departments: 'bank' needs a presence (RESIDENT, ROTATING or ON_CALL)",
                        "departments: 'bank' needs the date it started (since)",
                        "mechanisms: SUPERVISION needs the document it is written in");
    }

    @Test
    void formerDepartmentCodesBecomeTheCataloguesCodesAndOnlyThoseAreValid() {
        var declared = new CenterProfile(
                premises(1),
                new Staffing(1, 1, 1, List.of()),
                List.of(
                        new ResidentDepartment("human-resources", Presence.RESIDENT, JANUARY, null, "工作日"),
                        new ResidentDepartment("LABOUR_INSPECTION", Presence.ON_CALL, JANUARY, null),
                        new ResidentDepartment("bank", Presence.ON_CALL, JANUARY, null)),
                List.of());

        assertThat(declared.problems())
                .containsExactly(
                        "departments: 'human-resources' is not in the department catalogue (its code is now"
                                + " HUMAN_RESOURCES)",
                        "departments: 'bank' is not in the department catalogue (codes such as COURT or"
                                + " HUMAN_RESOURCES, listed at /api/tenants/departments)");
        CenterProfile current = declared.withCurrentDepartmentCodes();
        assertThat(current.departments())
                .extracting(ResidentDepartment::department)
                .containsExactly("HUMAN_RESOURCES", "LABOUR_INSPECTION", "bank");
        assertThat(current.departments().get(0).schedule()).isEqualTo("工作日");
        assertThat(current.premises()).isEqualTo(declared.premises());
    }

    @Test
    void premisesAndStaffingAreRequired() {
        assertThat(new CenterProfile(null, null, null, null).problems())
                .containsExactly("premises is required", "staffing is required");
    }

    @Test
    void anEmptyDepartmentOrMechanismIsAProblemNamedByItsPlaceNotAFailure() {
        var departments = new java.util.ArrayList<ResidentDepartment>();
        departments.add(new ResidentDepartment("COURT", Presence.ROTATING, JANUARY, null));
        departments.add(null);
        var mechanisms = new java.util.ArrayList<Mechanism>();
        mechanisms.add(null);
        var profile = new CenterProfile(premises(1), new Staffing(1, 1, 1, List.of()), departments, mechanisms);

        assertThat(profile.problems())
                .containsExactly(
                        "departments[1] is empty (null): remove it or give the department",
                        "mechanisms[0] is empty (null): remove it or give the mechanism");
        assertThat(profile.withCurrentDepartmentCodes().departments()).hasSize(2);
    }
}
