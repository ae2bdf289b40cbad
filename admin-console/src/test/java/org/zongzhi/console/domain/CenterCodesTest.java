package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CenterCodesTest {

    @Test
    void codesInASummaryBecomeNames() {
        String summary = "超期自动督办：140404 向 140404001 发出督办单，请于 2026-12-04 15:09 前回复";
        assertThat(CenterCodes.in(summary)).containsExactly("140404", "140404001");
        assertThat(CenterCodes.named(summary, Map.of("140404", "上党区", "140404001", "韩店街道")))
                .isEqualTo("超期自动督办：上党区 向 韩店街道 发出督办单，请于 2026-12-04 15:09 前回复");
    }

    @Test
    void datesCaseCodesAndCountsAreLeftAlone() {
        assertThat(CenterCodes.in("2026-12-04 15:09，案件 140404001000-261202-00294-5，12 人"))
                .isEmpty();
    }
}
