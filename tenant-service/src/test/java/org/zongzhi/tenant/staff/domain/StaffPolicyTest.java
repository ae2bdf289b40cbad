package org.zongzhi.tenant.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

class StaffPolicyTest {

    private static final TenantCode CHANGAN = TenantCode.of("140404001001");
    private static final TenantCode HANDIAN = TenantCode.of("140404001");

    private static Caller caller(String username, TenantCode tenant, String... roles) {
        return new Caller("id-" + username, username, tenant, Set.of(roles));
    }

    @Test
    void onlyTheCentersOwnAdminsManageItsStaff() {
        assertThat(StaffPolicy.refusal(caller("changan.admin", CHANGAN, "center-admin"), CHANGAN))
                .isEmpty();
        assertThat(StaffPolicy.refusal(caller("handian.admin", HANDIAN, "center-admin"), CHANGAN))
                .hasValueSatisfying(r -> assertThat(r).contains("centers above it do not"));
        assertThat(StaffPolicy.refusal(caller("changan.grid", CHANGAN, "grid-worker"), CHANGAN))
                .hasValueSatisfying(r -> assertThat(r).contains("admin role"));
    }

    @Test
    void anAdminGivesWorkingRolesOnlyNeverAnAdminRole() {
        assertThat(StaffPolicy.STAFF_ROLES)
                .allSatisfy(role -> assertThat(StaffPolicy.roleRefusal(role)).isEmpty());
        assertThat(StaffPolicy.roleRefusal("province-admin"))
                .hasValueSatisfying(r -> assertThat(r).contains("onboarding by the level above"));
        assertThat(StaffPolicy.roleRefusal("auditor")).isPresent();
        assertThat(StaffPolicy.roleRefusal(" ")).isPresent();
    }

    @Test
    void anAdminDisablesNeitherThemselvesNorAnotherAdmin() {
        Caller admin = caller("changan.admin", CHANGAN, "center-admin");

        assertThat(StaffPolicy.changeRefusal(admin, "changan.grid", List.of("grid-worker")))
                .isEmpty();
        assertThat(StaffPolicy.changeRefusal(admin, "changan.admin", List.of("center-admin")))
                .hasValueSatisfying(r -> assertThat(r).contains("your own account"));
        assertThat(StaffPolicy.changeRefusal(admin, "other.admin", List.of("center-admin")))
                .hasValueSatisfying(r -> assertThat(r).contains("admin account"));
    }
}
