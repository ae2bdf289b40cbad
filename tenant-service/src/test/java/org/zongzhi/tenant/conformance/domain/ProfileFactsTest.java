package org.zongzhi.tenant.conformance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zongzhi.tenant.profile.domain.CenterProfile;
import org.zongzhi.tenant.profile.domain.CenterProfile.Mechanism;
import org.zongzhi.tenant.profile.domain.CenterProfile.MechanismKind;
import org.zongzhi.tenant.profile.domain.CenterProfile.Presence;
import org.zongzhi.tenant.profile.domain.CenterProfile.ResidentDepartment;
import org.zongzhi.tenant.profile.domain.CenterProfile.RoomKind;

class ProfileFactsTest {

    private static final LocalDate SINCE = LocalDate.of(2025, 1, 1);

    private final CenterProfile handian = new CenterProfile(
            new CenterProfile.Premises(
                    new BigDecimal("320.5"), true, true, false, Map.of(RoomKind.MEDIATION, 2, RoomKind.COMMAND, 0), 3),
            new CenterProfile.Staffing(5, 4, 30, List.of("五老调解室")),
            List.of(
                    new ResidentDepartment("COURT", Presence.RESIDENT, SINCE, null),
                    new ResidentDepartment("JUSTICE", Presence.RESIDENT, SINCE, null),
                    new ResidentDepartment("HOUSING", Presence.ROTATING, SINCE, null),
                    new ResidentDepartment("HEALTH", Presence.ON_CALL, SINCE, LocalDate.of(2025, 6, 30))),
            List.of(new Mechanism(MechanismKind.FIRST_RESPONDER, "首问负责制", SINCE)));

    @Test
    void numbersZonesRoomsTiersAndMechanismsComeFromTheDeclaredProfile() {
        assertThat(ProfileFacts.of("premises.areaSquareMeters", handian, false).number())
                .isEqualByComparingTo("320.5");
        assertThat(ProfileFacts.of("premises.zones", handian, false).members()).containsExactly("引导受理区", "多元化解区");
        assertThat(ProfileFacts.of("premises.rooms", handian, false).members()).containsExactly("MEDIATION");
        assertThat(ProfileFacts.of("departments.resident", handian, false).number())
                .isEqualByComparingTo("2");
        assertThat(ProfileFacts.of("mechanisms", handian, false).members()).containsExactly("FIRST_RESPONDER");
        assertThat(ProfileFacts.of("center.plate", null, true).met()).isTrue();
    }

    @Test
    void aDepartmentThatHasLeftNoLongerCounts() {
        assertThat(ProfileFacts.of("departments.tiers", handian, false).members())
                .containsExactly("常驻", "轮驻");
        assertThat(ProfileFacts.of("departments.onCall", handian, false).number())
                .isEqualByComparingTo("0");
        assertThat(ProfileFacts.of("departments.present", handian, false).members())
                .containsExactly("COURT", "HOUSING", "JUSTICE");
    }

    @Test
    void everyKnownFactHasAValueAndUnknownOnesAreRefused() {
        for (String key : ProfileFacts.KEYS.keySet()) {
            assertThat(ProfileFacts.of(key, handian, true).blank()).as(key).isFalse();
        }
        assertThatThrownBy(() -> ProfileFacts.of("premises.swimmingPool", handian, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
