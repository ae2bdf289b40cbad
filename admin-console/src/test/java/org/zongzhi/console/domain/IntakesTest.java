package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakesTest {

    private static final FormValues GROUP_DISPUTE = new FormValues(Map.ofEntries(
            Map.entry("channel", List.of("WALK_IN")),
            Map.entry("category", List.of("WAGE_ARREARS")),
            Map.entry("title", List.of("12 名农民工讨薪")),
            Map.entry("place", List.of("韩店街道某工地")),
            Map.entry("groupSize", List.of("12")),
            Map.entry("violenceRisk", List.of("on")),
            Map.entry("applicantKind", List.of("PERSON", "PERSON", "PERSON")),
            Map.entry("applicantName", List.of("王师傅", "李师傅", "")),
            Map.entry("applicantIdNumber", List.of("11010519491231002X", "", "")),
            Map.entry("applicantPhone", List.of("", "13800138000", "")),
            Map.entry("respondentKind", List.of("ORGANISATION")),
            Map.entry("respondentName", List.of("某建筑公司"))));

    @Test
    void severalApplicantsAreSentAndEmptyRowsDropped() {
        Map<String, Object> body = Intakes.body(GROUP_DISPUTE);
        assertThat(body.get("applicants"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(2);
        assertThat(body.get("respondents")).isEqualTo(List.of(Map.of("kind", "ORGANISATION", "name", "某建筑公司")));
        assertThat(body).containsEntry("groupSize", 12).containsEntry("violenceRisk", true);
        assertThat(body).containsEntry("sensitivePeriod", false);
    }

    @Test
    void aGridWorkersReportCarriesTheGridChosenAndNoneOtherwise() {
        assertThat(Intakes.body(GROUP_DISPUTE)).doesNotContainKey("gridCode");
        FormValues fromGrid = new FormValues(Map.of(
                "channel", List.of("GRID_REPORT"), "gridCode", List.of("140404001001001"), "title", List.of("井盖缺失")));
        assertThat(Intakes.body(fromGrid)).containsEntry("gridCode", "140404001001001");
    }

    @Test
    void everyIdentifiedPersonIsLookedUp() {
        assertThat(Intakes.identifiedParties(GROUP_DISPUTE))
                .containsExactly(
                        Map.<String, Object>of("idNumber", "11010519491231002X"),
                        Map.<String, Object>of("phone", "13800138000"));
    }

    @Test
    void theAttachedNoteCarriesTheReportButNoIdNumber() {
        String note = Intakes.noteOf(GROUP_DISPUTE);
        assertThat(note).contains("12 名农民工讨薪").contains("王师傅、李师傅").doesNotContain("11010519491231002X");
    }

    @Test
    void nothingToCompareMeansNoDuplicateSearch() {
        assertThat(Intakes.duplicateDraft(new FormValues(Map.of("category", List.of("OTHER")))))
                .isEmpty();
    }
}
