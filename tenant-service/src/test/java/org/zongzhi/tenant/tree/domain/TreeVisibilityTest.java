package org.zongzhi.tenant.tree.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

class TreeVisibilityTest {

    private final Caller changan = new Caller("id", "changan", TenantCode.of("140404001001"), Set.of("center-admin"));

    @Test
    void aVillageSeesItselfAndTheChainAboveButNotItsSibling() {
        assertThat(TreeVisibility.canSee(changan, TenantCode.of("140404001001")))
                .isTrue();
        assertThat(TreeVisibility.canSee(changan, TenantCode.of("140404"))).isTrue();
        assertThat(TreeVisibility.canSee(changan, TenantCode.of("140404001002")))
                .isFalse();
        assertThat(TreeVisibility.canSee(changan, TenantCode.of("140404101"))).isFalse();
    }

    @Test
    void ownDataIsReadableOnlyFromAbove() {
        assertThat(TreeVisibility.canSeeOwnData(changan, TenantCode.of("140404001001")))
                .isTrue();
        assertThat(TreeVisibility.canSeeOwnData(changan, TenantCode.of("140404001")))
                .isFalse();
    }
}
