package org.zongzhi.console.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zongzhi.console.Templates;
import org.zongzhi.console.domain.TrackText;

/** The citizen's page as the real template renders it: the form, an answer, a refusal. */
class TrackPageTest {

    private final Templates templates = new Templates();

    private static final Map<String, String> MESSAGES = Map.of(
            "notFound", TrackText.NOT_FOUND,
            "badSecret", TrackText.BAD_SECRET,
            "locked", TrackText.LOCKED,
            "unavailable", TrackText.UNAVAILABLE,
            "busy", TrackText.BUSY);

    @Test
    void theQrLinksCodeIsFilledInAndTheScriptGetsTheSentences() {
        String html = templates.render("track", Map.of("code", "140404001001-261127-00042-7", "messages", MESSAGES));
        assertThat(html).contains("value=\"140404001001-261127-00042-7\"");
        assertThat(html).contains("action=\"/track\"").doesNotContain("_csrf");
        assertThat(html).contains("data-busy=\"查询太频繁了，请 {s} 秒后再试。\"");
        assertThat(html).containsPattern("id=\"track-result\"[^>]*hidden");
    }

    @Test
    void anAnswerShowsTheStatusStepsAndPublicNotes() {
        Map<String, Object> view = Map.of(
                "code", "140404001001-261127-00042-7",
                "status", "FILED",
                "statusLabel", "已立案",
                "updatedAt", "2026-11-27T02:30:00Z",
                "holderCenter", "140404",
                "steps",
                        List.of(
                                Map.of(
                                        "at",
                                        "2026-11-27T02:00:00Z",
                                        "action",
                                        "report",
                                        "label",
                                        "登记",
                                        "center",
                                        "140404"),
                                Map.of(
                                        "at",
                                        "2026-11-27T02:30:00Z",
                                        "action",
                                        "file",
                                        "label",
                                        "立案受理（分诊）",
                                        "center",
                                        "140404")),
                "publicNotes", List.of(Map.of("at", "2026-11-27T02:31:00Z", "text", "已安排调解员")));
        String html = templates.render(
                "track",
                Map.of(
                        "code",
                        "140404001001-261127-00042-7",
                        "messages",
                        MESSAGES,
                        "view",
                        view,
                        "steps",
                        view.get("steps"),
                        "notes",
                        view.get("publicNotes")));
        assertThat(html).contains("已立案", "立案受理（分诊）", "2026-11-27 10:30", "已安排调解员");
        assertThat(html).containsPattern("id=\"r-no-notes\"[^>]*hidden");
        assertThat(html).doesNotContainPattern("id=\"track-result\"[^>]*hidden");
    }

    @Test
    void theHandlingCenterIsNamedWithItsPhoneWhenItHasACardAndByItsCodeOtherwise() {
        Map<String, Object> view = Map.of(
                "code", "140404001001-261127-00042-7",
                "status", "FILED",
                "statusLabel", "已立案",
                "updatedAt", "2026-11-27T02:30:00Z",
                "holderCenter", "140404001001");
        String withCard = templates.render(
                "track",
                Map.of(
                        "messages",
                        MESSAGES,
                        "view",
                        view,
                        "steps",
                        List.of(),
                        "notes",
                        List.of(),
                        "card",
                        Map.of("code", "140404001001", "name", "长安社区综治中心", "phone", "0355-5201234")));
        String without = templates.render(
                "track", Map.of("messages", MESSAGES, "view", view, "steps", List.of(), "notes", List.of()));

        assertThat(withCard).contains(">长安社区综治中心<", "href=\"tel:0355-5201234\"");
        assertThat(without).containsPattern("id=\"r-center\">140404001001<").doesNotContain("tel:");
    }

    @Test
    void aRefusalIsOneChineseSentence() {
        String html = templates.render("track", Map.of("code", "", "messages", MESSAGES, "error", TrackText.busy(2)));
        assertThat(html).contains("查询太频繁了，请 2 秒后再试。");
    }
}
