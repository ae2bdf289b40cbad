package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CenterFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Map<String, String> CATALOGUE = new LinkedHashMap<>(Map.of("COURT", "法院"));

    private static FormValues form(String... pairs) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new FormValues(values);
    }

    @Test
    void anOnboardingWithASplitOrLatinNameAndAShortPhoneIsRefusedInChinese() {
        var result = OnboardingForm.body(
                form(
                        "displayName",
                        "西火镇综治中心",
                        "openedOn",
                        "2026-12-03",
                        "adminUsername",
                        "Xihuo Admin",
                        "adminFullName",
                        "Wang Jianguo",
                        "adminPhone",
                        "12345"),
                TODAY);

        assertThat(result.body()).isNull();
        assertThat(result.problems())
                .hasSize(4)
                .anyMatch(p -> p.contains("中文姓名"))
                .anyMatch(p -> p.contains("晚于今天"));
    }

    @Test
    void aCompleteOnboardingBecomesTheApisBody() {
        var result = OnboardingForm.body(
                form(
                        "displayName",
                        "西火镇综治中心",
                        "openedOn",
                        "2026-12-01",
                        "adminUsername",
                        "xihuo.admin",
                        "adminFullName",
                        "阿依古丽·买买提",
                        "adminPhone",
                        "0355-1234567"),
                TODAY);

        assertThat(result.problems()).isEmpty();
        assertThat(result.body()).containsEntry("adminFullName", "阿依古丽·买买提").containsEntry("openedOn", "2026-12-01");
    }

    @Test
    void aProfileFormRoundTripsThroughTheApisDocument() {
        var typed = form(
                "area",
                "96.5",
                "zone.resolutionZone",
                "true",
                "room.MEDIATION",
                "2",
                "intakeWindows",
                "1",
                "mediators",
                "3",
                "namedRooms",
                "五老调解室\n\n老法官调解室",
                "dept.COURT.presence",
                "ROTATING",
                "dept.COURT.since",
                "2026-01-05",
                "dept.COURT.schedule",
                "每周二",
                "mech.FIRST_RESPONDER.document",
                "1号文");

        var result = CenterProfileForm.body(typed, CATALOGUE);
        FormValues back = CenterProfileForm.values(result.body());

        assertThat(result.problems()).isEmpty();
        assertThat(back.value("area")).isEqualTo("96.5");
        assertThat(back.checked("zone.resolutionZone")).isTrue();
        assertThat(back.checked("zone.guidanceAndIntakeZone")).isFalse();
        assertThat(back.value("room.MEDIATION")).isEqualTo("2");
        assertThat(back.value("namedRooms")).isEqualTo("五老调解室\n老法官调解室");
        assertThat(back.value("dept.COURT.schedule")).isEqualTo("每周二");
        assertThat(back.value("mech.FIRST_RESPONDER.document")).isEqualTo("1号文");
    }

    @Test
    void aDepartmentWithDatesButNoPresenceOrEndingBeforeItStartsIsNamed() {
        var noPresence = CenterProfileForm.body(form("area", "1", "dept.COURT.since", "2026-01-05"), CATALOGUE);
        var backwards = CenterProfileForm.body(
                form(
                        "area",
                        "x",
                        "dept.COURT.presence",
                        "RESIDENT",
                        "dept.COURT.since",
                        "2026-02-01",
                        "dept.COURT.until",
                        "2026-01-01"),
                CATALOGUE);

        assertThat(noPresence.problems()).singleElement().asString().contains("「法院」", "入驻方式");
        assertThat(backwards.problems()).anyMatch(p -> p.contains("场所面积")).anyMatch(p -> p.contains("撤出日期早于入驻日期"));
    }

    @Test
    void comparisonPathsAndHistoryDetailsReadInChinese() {
        assertThat(ProfileLabels.fact("departments.COURT.presence", d -> "法院")).isEqualTo("「法院」入驻方式");
        assertThat(ProfileLabels.fact("premises.rooms.MEDIATION", d -> d)).isEqualTo("功能室 · 调解室（间）");
        assertThat(ProfileLabels.fact("mechanisms.FIRST_RESPONDER#2.document", d -> d))
                .isEqualTo("「首问负责制」（第 2 项）制度文件");
        assertThat(ProfileLabels.value("departments.COURT.presence", "ON_CALL")).isEqualTo("随驻");
        assertThat(ProfileLabels.value("premises.resolutionZone", "false")).isEqualTo("无");
        assertThat(CenterHistoryText.detail("ONBOARDED", "南董村综治中心, admin cun.1"))
                .isEqualTo("南董村综治中心，首位管理员 cun.1");
        assertThat(CenterHistoryText.detail("SUSPENDED", "场所整改 (2 accounts disabled)"))
                .isEqualTo("原因：场所整改（停用 2 个账号）");
    }
}
