package org.zongzhi.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zongzhi.console.domain.QrCode;

/** The printable case sheet as the real template renders it from the case API's documented shape. */
class PrintPageTest {

    /** A map as the API's JSON gives it: the absent values are there, as nulls. */
    private static Map<String, Object> withNulls(List<String> nulls, Map<String, Object> values) {
        Map<String, Object> map = new HashMap<>(values);
        nulls.forEach(key -> map.put(key, null));
        return map;
    }

    @Test
    void theSheetHasTheQrEveryStepAndTheAgreementsWithTheirConfirmations() {
        Map<String, Object> c = withNulls(
                List.of(
                        "place",
                        "firstResponder",
                        "responsible",
                        "acceptedAt",
                        "closeDueAt",
                        "closedAt",
                        "description"),
                Map.ofEntries(
                        Map.entry("id", "5b0c6d1e-0000-4000-8000-000000000001"),
                        Map.entry("code", "140404001001-261127-00042-7"),
                        Map.entry("title", "邻里排水纠纷"),
                        Map.entry("status", "CLOSED"),
                        Map.entry("category", "NEIGHBOURS"),
                        Map.entry("channel", "WALK_IN"),
                        Map.entry("risk", "LOW"),
                        Map.entry("applicantCount", 2),
                        Map.entry("originCenter", "140404"),
                        Map.entry("holderCenter", "140404"),
                        Map.entry("createdAt", "2026-11-27T02:00:00Z"),
                        Map.entry(
                                "parties",
                                List.of(withNulls(
                                        List.of("idNumber", "address"),
                                        Map.of(
                                                "role",
                                                "APPLICANT",
                                                "kind",
                                                "PERSON",
                                                "name",
                                                "张*",
                                                "phone",
                                                "138****0000")))),
                        Map.entry("tasks", List.of()),
                        Map.entry("followUps", List.of()),
                        Map.entry(
                                "outcomeDetail",
                                withNulls(
                                        List.of("route", "note", "reason"),
                                        Map.of(
                                                "kind", "MEDIATED",
                                                "summary", "双方同意共同出资修缮排水沟",
                                                "agreements",
                                                        List.of(Map.of(
                                                                "number", 1,
                                                                "parties", List.of("张三", "李四"),
                                                                "signedOn", "2026-11-30",
                                                                "terms", "各出一半费用",
                                                                "court", "长治市上党区人民法院",
                                                                "rulingNumber", "（2026）晋0404民特12号",
                                                                "confirmedOn", "2026-12-03")))))));
        List<Map<String, Object>> timeline = List.of(
                Map.of(
                        "at",
                        "2026-11-27T02:00:00Z",
                        "actor",
                        "shangdang.clerk",
                        "actorCenter",
                        "140404",
                        "action",
                        "report",
                        "summary",
                        "问题上报",
                        "toStatus",
                        "REPORTED"),
                Map.of(
                        "at",
                        "2026-12-01T02:00:00Z",
                        "actor",
                        "shangdang.clerk",
                        "actorCenter",
                        "140404",
                        "action",
                        "close",
                        "summary",
                        "调解成功",
                        "toStatus",
                        "CLOSED"));
        String html = new Templates()
                .render(
                        "print",
                        Map.of(
                                "c",
                                c,
                                "timeline",
                                timeline,
                                "names",
                                Map.of("140404", "上党区综治中心"),
                                "trackLink",
                                "http://localhost/track?code=140404001001-261127-00042-7",
                                "qr",
                                QrCode.svg("http://localhost/track?code=140404001001-261127-00042-7")));
        assertThat(html).contains("矛盾纠纷案件登记表", "上党区综治中心", "<svg");
        assertThat(html).contains("调解协议 1", "各出一半费用", "长治市上党区人民法院", "（2026）晋0404民特12号");
        assertThat(html).contains("2026-11-27 10:00", "2026-12-01 10:00");
        assertThat(html).contains("/print.css");
    }
}
