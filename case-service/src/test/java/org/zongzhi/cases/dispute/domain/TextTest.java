package org.zongzhi.cases.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aNulCharacterIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> Text.required("污水\u0000管", "title", "a title", 200))
                .isInstanceOf(InvalidField.class)
                .hasMessageContaining("U+0000");
    }

    @Test
    void lineBreaksAndTabsArePartOfWhatPeopleType() {
        assertThat(Text.required("第一行\n第二行\t完", "description", "a description", 200))
                .isEqualTo("第一行\n第二行\t完");
    }
}
