package org.zongzhi.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TenantCodeTest {

    @Test
    void villageKnowsItsChainUpToTheProvince() {
        TenantCode changan = TenantCode.of("140404001001");

        assertThat(changan.level()).isEqualTo(TenantCode.Level.VILLAGE);
        assertThat(changan.ancestors())
                .extracting(TenantCode::value)
                .containsExactly("14", "1404", "140404", "140404001");
        assertThat(changan.path()).isEqualTo("14.1404.140404.140404001.140404001001");
    }

    @Test
    void aCenterIsWithinItsAncestorsButNotItsSibling() {
        TenantCode changan = TenantCode.of("140404001001");

        assertThat(changan.isWithin(TenantCode.of("140404"))).isTrue();
        assertThat(changan.isWithin(changan)).isTrue();
        assertThat(changan.isWithin(TenantCode.of("140404001002"))).isFalse();
        assertThat(TenantCode.of("140404").isWithin(changan)).isFalse();
    }

    @Test
    void refusesCodesOfNoLevel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TenantCode.of("14040"))
                .withMessageContaining("14040");
        assertThatIllegalArgumentException().isThrownBy(() -> TenantCode.of("1404x4"));
        assertThatIllegalArgumentException().isThrownBy(() -> TenantCode.of(null));
    }
}
