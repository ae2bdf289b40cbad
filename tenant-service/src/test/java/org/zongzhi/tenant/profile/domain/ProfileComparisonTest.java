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
import org.zongzhi.tenant.profile.domain.ProfileComparison.Change;

class ProfileComparisonTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 5);

    private static CenterProfile profile(String area, int mediationRooms, int mediators, List<ResidentDepartment> d) {
        return new CenterProfile(
                new Premises(new BigDecimal(area), true, true, false, Map.of(RoomKind.MEDIATION, mediationRooms), 2),
                new Staffing(3, mediators, 10, List.of("五老调解室")),
                d,
                List.of(new Mechanism(MechanismKind.FIRST_RESPONDER, "首问负责制（2026）1号", JANUARY)));
    }

    @Test
    void theSameProfileHasNoChanges() {
        var court = List.of(new ResidentDepartment("COURT", Presence.ROTATING, JANUARY, null, "每周二"));

        assertThat(ProfileComparison.changes(profile("120.0", 2, 3, court), profile("120", 2, 3, court)))
                .isEmpty();
    }

    @Test
    void eachChangedFactIsNamedWithItsOldAndNewValue() {
        var before = profile("120", 2, 3, List.of(new ResidentDepartment("COURT", Presence.ROTATING, JANUARY, null)));
        var after = profile(
                "150.5",
                0,
                5,
                List.of(
                        new ResidentDepartment("COURT", Presence.RESIDENT, JANUARY, null, "工作日全天"),
                        new ResidentDepartment("JUSTICE", Presence.ON_CALL, JANUARY, null)));

        assertThat(ProfileComparison.changes(before, after))
                .containsExactly(
                        new Change("premises.areaSquareMeters", "120", "150.5"),
                        new Change("premises.rooms.MEDIATION", "2", null),
                        new Change("staffing.mediators", "3", "5"),
                        new Change("departments.COURT.presence", "ROTATING", "RESIDENT"),
                        new Change("departments.COURT.schedule", null, "工作日全天"),
                        new Change("departments.JUSTICE.presence", null, "ON_CALL"),
                        new Change("departments.JUSTICE.since", null, "2026-01-05"));
    }

    @Test
    void aSecondMechanismOfTheSameKindIsItsOwnFact() {
        var one = profile("1", 0, 0, List.of());
        var two = new CenterProfile(
                one.premises(),
                one.staffing(),
                List.of(),
                List.of(one.mechanisms().getFirst(), new Mechanism(MechanismKind.FIRST_RESPONDER, "首问负责制补充规定", null)));

        assertThat(ProfileComparison.changes(one, two))
                .containsExactly(new Change("mechanisms.FIRST_RESPONDER#2.document", null, "首问负责制补充规定"));
    }

    @Test
    void aFirstRevisionComparedWithNothingListsEveryFact() {
        assertThat(ProfileComparison.changes(null, profile("1", 1, 1, List.of())))
                .extracting(Change::field)
                .contains(
                        "premises.areaSquareMeters",
                        "staffing.namedMediationRooms",
                        "mechanisms.FIRST_RESPONDER.document");
    }
}
