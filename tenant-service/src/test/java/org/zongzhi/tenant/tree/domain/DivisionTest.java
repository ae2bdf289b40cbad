package org.zongzhi.tenant.tree.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DivisionTest {

    @Test
    void readsALineOfTheDivisionFile() {
        Division village = Division.parse("140404001001,长安社区居委会,VILLAGE,140404001");

        assertThat(village.code().value()).isEqualTo("140404001001");
        assertThat(village.name()).isEqualTo("长安社区居委会");
        assertThat(village.parent().value()).isEqualTo("140404001");
        assertThat(Division.parse("14,山西省,PROVINCE,").parent()).isNull();
    }

    @Test
    void refusesLinesThatContradictTheirCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Division.parse("140404,上党区,CITY,1404"))
                .withMessageContaining("COUNTY");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Division.parse("140404,上党区,COUNTY,1405"))
                .withMessageContaining("1404");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Division.parse("140404,,COUNTY,1404"))
                .withMessageContaining("no name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Division.parse("140404;上党区;COUNTY;1404"))
                .withMessageContaining("4 columns");
    }
}
