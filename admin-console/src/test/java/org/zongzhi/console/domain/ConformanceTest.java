package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConformanceTest {

    @Test
    void rulesReadAsSentences() {
        assertThat(Conformance.rule("PROFILE_FACT", "AT_LEAST", "㎡", 300.0, List.of()))
                .isEqualTo("≥ 300 ㎡");
        assertThat(Conformance.rule("CASE_MEASURE", "AT_MOST", "%", 5, null)).isEqualTo("≤ 5 %");
        assertThat(Conformance.rule("SET", null, null, null, List.of("MEDIATION", "引导受理区")))
                .isEqualTo("应具备：调解室、引导受理区");
        assertThat(Conformance.rule("DECLARATION", null, null, null, List.of())).isEqualTo("应做到并附佐证");
    }

    @Test
    void numbersShowAsTyped() {
        assertThat(Conformance.plain(300.0)).isEqualTo("300");
        assertThat(Conformance.plain(2.50)).isEqualTo("2.5");
        assertThat(Conformance.plain(1000)).isEqualTo("1000");
    }

    @Test
    void everyLevelHasTheParentItsCodeNames() {
        assertThat(Conformance.parentOf("140404001")).isEqualTo("140404");
        assertThat(Conformance.parentOf("140404001001")).isEqualTo("140404001");
        assertThat(Conformance.parentOf("140404")).isEqualTo("1404");
        assertThat(Conformance.parentOf("1404")).isEqualTo("14");
        assertThat(Conformance.parentOf("14")).isNull();
        assertThat(Conformance.levelBelow("140404")).isEqualTo("TOWNSHIP");
    }

    @Test
    void codesAreLabelledInChineseAndUnknownOnesShowAsThey() {
        assertThat(Conformance.label("status", "SUBMITTED")).isEqualTo("已提交待审核");
        assertThat(Conformance.label("task", "VERIFIED")).isEqualTo("已验收");
        assertThat(Conformance.label("action", "JUDGED_FAIL")).isEqualTo("审核不通过");
        assertThat(Conformance.label("status", "NEW_ONE")).isEqualTo("NEW_ONE");
        assertThat(Conformance.colourClass("RED")).isEqualTo("badge badge-red");
    }

    @Test
    void refusalsAreChineseSentences() {
        assertThat(Conformance.refusal(400, "invalid-request", "reason", "审核意见"))
                .isEqualTo("「理由」未填写或不符合要求，请检查后重试。");
        assertThat(Conformance.refusal(409, null, null, "提交自评")).contains("当前状态下不能办理「提交自评」");
        assertThat(Conformance.refusal(413, null, null, null)).contains("5 MB");
        assertThat(Conformance.refusal(403, "forbidden", null, "定稿")).contains("不能办理「定稿」");
    }

    @Test
    void itemsGroupByDimensionInTheDocumentsOrder() {
        var groups = Conformance.byDimension(
                List.of("sign", "premises", "staff"),
                List.of(Map.of("d", "premises", "c", 1), Map.of("d", "sign", "c", 2), Map.of("d", "other", "c", 3)),
                m -> (String) m.get("d"));
        assertThat(groups.keySet()).containsExactly("sign", "premises", "other");
    }

    @Test
    void theScoringsReasonsReadInChineseAndAnInspectorsWordsStay() {
        assertThat(Conformance.reason("inspection failed it: 照片看不出中心名称")).isEqualTo("上级审核不通过：照片看不出中心名称");
        assertThat(Conformance.reason(
                        "not available: the service account carries no tenant claim; left out of the points"))
                .isEqualTo("暂无数据，本项不计入总分");
        assertThat(Conformance.reason("declared without evidence; attach a file, a case or a profile revision"))
                .startsWith("申报未附佐证");
        assertThat(Conformance.reason("每缺一项扣 3 分: 2 missing, 6 off (扣完为止)")).isEqualTo("每缺一项扣 3 分：缺 2 项，扣 6 分（扣完为止）");
        assertThat(Conformance.reason("missing: MEDIATION, 引导受理区")).isEqualTo("缺少：调解室、引导受理区");
        assertThat(Conformance.reason("180 ㎡ does not meet ≥ 200 ㎡")).isEqualTo("180 ㎡，未达到 ≥ 200 ㎡");
        assertThat(Conformance.reason("一票否决: failing this item makes the grade the lowest"))
                .startsWith("一票否决：");
        assertThat(Conformance.reason("something new in English")).isEqualTo("未达到本级要求");
    }
}
