package org.zongzhi.tenant.tree.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

class OnboardingPolicyTest {

    private static Caller caller(String tenant, String role) {
        return new Caller("id", "user", TenantCode.of(tenant), Set.of(role));
    }

    private static boolean allowed(Caller caller, String center) {
        return OnboardingPolicy.refusal(caller, TenantCode.of(center)).isEmpty();
    }

    @Test
    void theProvinceManagesAnyCenterBelowIt() {
        Caller province = caller("14", "province-admin");

        assertThat(allowed(province, "1404")).isTrue();
        assertThat(allowed(province, "140404")).isTrue();
        assertThat(allowed(province, "140404001001")).isTrue();
        assertThat(allowed(province, "14")).isFalse();
        assertThat(allowed(province, "1301")).isFalse();
    }

    @Test
    void aCityAdminManagesTheCountiesOfItsCityOnly() {
        Caller changzhi = caller("1404", "city-admin");

        assertThat(allowed(changzhi, "140404")).isTrue();
        assertThat(allowed(changzhi, "140404001")).isFalse();
        assertThat(allowed(changzhi, "140881")).isFalse();
    }

    @Test
    void aCountyAdminManagesItsTownshipsAndVillages() {
        Caller shangdang = caller("140404", "county-admin");

        assertThat(allowed(shangdang, "140404001")).isTrue();
        assertThat(allowed(shangdang, "140404001001")).isTrue();
        assertThat(allowed(shangdang, "140404")).isFalse();
        assertThat(allowed(shangdang, "140881001")).isFalse();
    }

    @Test
    void otherRolesAndLevelsManageNothing() {
        assertThat(allowed(caller("140404001", "center-admin"), "140404001001")).isFalse();
        assertThat(allowed(caller("140404", "intake-clerk"), "140404001")).isFalse();
        assertThat(allowed(caller("140404", "province-admin"), "140404001")).isFalse();
    }

    @Test
    void theFirstAdminGetsTheRoleOfTheCentersLevel() {
        assertThat(OnboardingPolicy.adminRoleFor(TenantCode.Level.CITY)).isEqualTo("city-admin");
        assertThat(OnboardingPolicy.adminRoleFor(TenantCode.Level.COUNTY)).isEqualTo("county-admin");
        assertThat(OnboardingPolicy.adminRoleFor(TenantCode.Level.VILLAGE)).isEqualTo("center-admin");
    }
}
