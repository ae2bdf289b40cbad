package org.zongzhi.search.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseSheetTest {

    @Test
    void aNameKeepsOnlyItsFirstCharacter() {
        assertThat(CaseSheet.maskName("张三")).isEqualTo("张*");
        assertThat(CaseSheet.maskName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(CaseSheet.maskName(" 𠀀明 ")).isEqualTo("𠀀*");
        assertThat(CaseSheet.maskName("张*")).isEqualTo("张*");
    }

    @Test
    void aRowHasOneCellPerHeader() {
        assertThat(CaseSheet.WIDTHS).hasSize(CaseSheet.HEADER.size());
    }
}
