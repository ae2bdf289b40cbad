package org.zongzhi.tenant.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.conformance.application.Assessments;
import org.zongzhi.tenant.conformance.application.Rectifications;
import org.zongzhi.tenant.profile.application.CenterProfiles;
import org.zongzhi.tenant.profile.domain.CenterProfile;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10's round, played through the API with the realm's demo users: the province publishes a version,
 * 长治 tightens a threshold, 上党区 and 韩店 self-assess with evidence, the county inspects 韩店 and one item
 * fails, a rectification task runs its course, rankings and 达标率 follow, and a later version leaves the
 * final scorecards as they were.
 */
@PlatformIntegrationTest
class ConformanceJourneyIT {

    static final String CHANGZHI = "1404";
    static final String SHANGDANG = "140404";
    static final String HANDIAN = "140404001";
    static final String SUDIAN = "140404101";

    @LocalServerPort
    int port;

    @Autowired
    Rectifications rectifications;

    @Autowired
    Assessments assessments;

    @Autowired
    CenterProfiles profiles;

    @Autowired
    JsonMapper json;

    Api api;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWholeRoundFromPublicationToRankingAndRectification() {
        api = new Api(port);

        // The province publishes a version (a copy of the platform's proposal) with its per-level profiles.
        JsonNode draft = api.ok(api.post("province.admin", "standards", Map.of("copyOf", 1)));
        int v1 = draft.get("number").asInt();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        JsonNode published = api.ok(api.post(
                "province.admin",
                "standards/" + v1 + "/publication",
                Map.of("effectiveFrom", LocalDate.now().toString())));
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");

        // 长治 tightens the township area for its subtree; loosening is refused with the rule in force.
        api.ok(api.put(
                "changzhi.admin",
                "standards/" + v1 + "/tailorings/" + CHANGZHI,
                Map.of(
                        "additions", List.of(),
                        "tightenings",
                                List.of(Map.of(
                                        "item",
                                        "premises.area",
                                        "level",
                                        "TOWNSHIP",
                                        "threshold",
                                        300,
                                        "reason",
                                        "长治市乡镇综治中心场所不少于300㎡")))));
        var loosening = api.put(
                "shangdang.admin",
                "standards/" + v1 + "/tailorings/" + SHANGDANG,
                Map.of("tightenings", List.of(Map.of("item", "premises.area", "level", "TOWNSHIP", "threshold", 250))));
        assertThat(loosening.status()).isEqualTo(400);
        assertThat(loosening.json().get("detail").asString()).contains("may only tighten", "≥ 300", "set by 1404");
        JsonNode effective = api.ok(api.get("handian.admin", "standards/" + v1 + "/effective/" + HANDIAN));
        assertThat(rule(effective.get("items"), "premises.area")
                        .get("threshold")
                        .asInt())
                .isEqualTo(300);

        // Profiles the computed items read.
        api.ok(api.put("handian.admin", HANDIAN + "/profile", SelfAssessment.fullProfile(320)));
        api.ok(api.put("shangdang.admin", SHANGDANG + "/profile", SelfAssessment.fullProfile(800)));
        InProcess.signInAs(SUDIAN, "center-admin");
        profiles.revise(
                CurrentCaller.get(),
                TenantCode.of(SUDIAN),
                json.convertValue(SelfAssessment.fullProfile(350), CenterProfile.class));
        SecurityContextHolder.clearContext();

        // 长治 opens a round for its counties and townships.
        JsonNode round = api.ok(api.post(
                "changzhi.admin",
                "assessments/rounds",
                Map.of(
                        "title",
                        "2026年上半年综治中心规范化建设评估",
                        "standardVersion",
                        v1,
                        "periodFrom",
                        "2026-01-01",
                        "periodTo",
                        "2026-06-30",
                        "cutoff",
                        Instant.now().plus(Duration.ofDays(1)).toString(),
                        "levels",
                        List.of("COUNTY", "TOWNSHIP"),
                        "includePlanned",
                        true)));
        long roundId = round.get("round").get("id").asLong();
        assertThat(round.get("assessmentsByStatus").get("OPEN").asLong()).isGreaterThan(10);

        long handian = assessmentOf("handian.admin", roundId, HANDIAN);
        long shangdang = assessmentOf("shangdang.admin", roundId, SHANGDANG);
        long sudian = assessmentOf("shangdang.admin", roundId, SUDIAN);
        assertThat(api.ok(api.get("handian.admin", "assessments/rounds/" + roundId + "/assessments")))
                .extracting(a -> a.get("center").asString())
                .containsExactly(HANDIAN);

        // 韩店 and 上党区 self-assess with evidence and submit.
        selfAssess("handian.admin", handian);
        JsonNode photo = api.ok(api.upload(
                "handian.admin",
                "assessments/" + handian + "/items/sign.plate/evidence",
                "牌子.png",
                "image/png",
                Api.PNG));
        assertThat(photo.get("sha256").asString()).hasSize(64);
        api.ok(api.post("handian.admin", "assessments/" + handian + "/submission", Map.of("note", "请审核")));
        selfAssess("shangdang.admin", shangdang);
        api.ok(api.post("shangdang.admin", "assessments/" + shangdang + "/submission", Map.of()));

        // The cutoff's computation: profile facts from the profiles; case measures wait for search-service, down here.
        JsonNode computation =
                api.ok(api.post("changzhi.admin", "assessments/rounds/" + roundId + "/computation", null));
        assertThat(computation.get("computedItems").asInt()).isGreaterThan(0);
        JsonNode handianSheet = api.ok(api.get("handian.admin", "assessments/" + handian));
        JsonNode area = handianSheet.get("entries").get("premises.area").get("computed");
        assertThat(area.get("value").get("number").asInt()).isEqualTo(320);
        assertThat(area.get("inputs").get("profileRevision").asInt()).isPositive();
        JsonNode resolution =
                handianSheet.get("entries").get("results.resolution").get("computed");
        assertThat(resolution.get("available").asBoolean()).isFalse();
        assertThat(resolution.get("reason").asString()).contains("search-service could not be reached");

        // The county inspects 韩店: the plate photo fails; the rest is confirmed.
        api.ok(api.put(
                "shangdang.admin",
                "assessments/" + handian + "/items/sign.plate/verdict",
                Map.of("verdict", "FAIL", "reason", "照片看不出中心名称，请按统一样式挂牌")));
        JsonNode reviewed =
                api.ok(api.post("shangdang.admin", "assessments/" + handian + "/review", Map.of("confirmRest", true)));
        assertThat(reviewed.get("status").asString()).isEqualTo("REVIEWED");
        JsonNode finalCard = api.ok(api.post("shangdang.admin", "assessments/" + handian + "/finalization", null));
        JsonNode plate = itemScore(finalCard.get("scorecard"), "sign.plate");
        assertThat(plate.get("lost").asInt()).isEqualTo(4);
        assertThat(plate.get("reasons").toString()).contains("照片看不出中心名称");
        assertThat(finalCard.get("frozen").asBoolean()).isTrue();

        // A rectification task due in 10 working days; it turns yellow, then red with a supervision order.
        JsonNode task = api.ok(api.post(
                "shangdang.admin",
                "assessments/" + handian + "/rectifications",
                Map.of("item", "sign.plate", "workingDays", 10)));
        long taskId = task.get("task").get("id").asLong();
        Instant started =
                Instant.parse(task.get("task").get("clock").get("startedAt").asString());
        Instant due = Instant.parse(task.get("task").get("clock").get("dueAt").asString());
        assertThat(due).isEqualTo(WorkingCalendar.china().plusWorkingTime(started, Duration.ofDays(10)));
        assertThat(Duration.between(started, due).toDays()).isGreaterThanOrEqualTo(14);
        assertThat(task.get("colourNow").asString()).isEqualTo("NONE");
        Instant yellow =
                Instant.parse(task.get("task").get("clock").get("yellowAt").asString());
        rectifications.sweep(yellow.plusSeconds(1));
        assertThat(api.ok(api.get("handian.admin", "assessments/rectifications/" + taskId))
                        .get("colourNow")
                        .asString())
                .isEqualTo("YELLOW");
        rectifications.sweep(due.plusSeconds(1));
        JsonNode red = api.ok(api.get("shangdang.admin", "assessments/rectifications/" + taskId));
        assertThat(red.get("colourNow").asString()).isEqualTo("RED");
        assertThat(red.get("task").get("supervisionOrder").asString()).contains("督办单", "sign.plate");
        assertThat(api.ok(api.get("handian.admin", "assessments/rectifications?center=" + HANDIAN)))
                .extracting(t -> t.get("task").get("id").asLong())
                .contains(taskId);

        // 韩店 submits evidence, the county verifies: the task closes.
        api.ok(api.upload(
                "handian.admin",
                "assessments/rectifications/" + taskId + "/evidence",
                "新牌子.pdf",
                "application/pdf",
                Api.PDF));
        api.ok(api.post(
                "handian.admin", "assessments/rectifications/" + taskId + "/submission", Map.of("note", "已按统一样式重新挂牌")));
        JsonNode verified = api.ok(api.post(
                "shangdang.admin",
                "assessments/rectifications/" + taskId + "/verification",
                Map.of("accepted", true, "comment", "现场核实")));
        assertThat(verified.get("task").get("status").asString()).isEqualTo("VERIFIED");

        // The scorecard still shows the points lost in the round.
        JsonNode card = api.ok(api.get("handian.admin", "assessments/" + handian + "/scorecard"));
        assertThat(card.get("scorecard").get("lost").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(itemScore(card.get("scorecard"), "sign.plate").get("awarded").asInt())
                .isZero();

        // 长治 inspects 上党区; a second township (苏店镇) finishes through the same services.
        api.ok(api.post("changzhi.admin", "assessments/" + shangdang + "/review", Map.of("confirmRest", true)));
        api.ok(api.post("changzhi.admin", "assessments/" + shangdang + "/finalization", null));
        finishInProcess(sudian);

        // 上党区's townships are ranked; 韩店 lost the plate's points, 苏店 did not.
        JsonNode ranking = api.ok(
                api.get("shangdang.admin", "assessments/ranking?root=" + SHANGDANG + "&level=TOWNSHIP&version=" + v1));
        assertThat(ranking.get("centers"))
                .extracting(c -> c.get("center").asString())
                .containsExactly(SUDIAN, HANDIAN);
        assertThat(ranking.get("centers").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get("centers").get(1).get("rank").asInt()).isEqualTo(2);

        // The province sees 达标率 per city.
        JsonNode rate = api.ok(api.get("province.admin", "assessments/conformance-rate?root=14&version=" + v1));
        JsonNode changzhi = rate.get("children").get(0);
        assertThat(changzhi.get("center").asString()).isEqualTo(CHANGZHI);
        assertThat(changzhi.get("assessed").asLong()).isEqualTo(3);
        assertThat(changzhi.get("rate")).isNotNull();

        // Publishing v2 leaves v1's final scorecards as they were.
        String before = card.get("scorecard").toString();
        int v2 = api.ok(api.post("province.admin", "standards", Map.of("copyOf", v1)))
                .get("number")
                .asInt();
        api.ok(api.post(
                "province.admin",
                "standards/" + v2 + "/publication",
                Map.of("effectiveFrom", LocalDate.now().plusDays(1).toString())));
        JsonNode after = api.ok(api.get("handian.admin", "assessments/" + handian + "/scorecard"));
        assertThat(after.get("scorecard").toString()).isEqualTo(before);
        assertThat(after.get("standardVersion").asInt()).isEqualTo(v1);
        assertThat(api.put("province.admin", "standards/" + v1, published.get("document"))
                        .status())
                .isEqualTo(409);
    }

    /**
     * 苏店镇 has no demo account: its admin and the county's act through the application services with
     * tokens made in-process (the same callers the API would see), so that a ranking has two townships.
     */
    private void finishInProcess(long assessment) {
        InProcess.signInAs(SUDIAN, "center-admin");
        var sheet = assessments.sheet(CurrentCaller.get(), assessment);
        for (var applied : sheet.items()) {
            var item = applied.item();
            var rule = applied.rule();
            var answer = switch (item.kind()) {
                case DECLARATION -> new Assessments.Answering(true, null, null, "自评", List.of("C-1"), null);
                case THRESHOLD -> new Assessments.Answering(null, rule.threshold(), null, "自评", null, null);
                case SET -> new Assessments.Answering(null, null, rule.members(), "自评", null, null);
                default -> null;
            };
            if (answer != null) {
                assessments.answer(CurrentCaller.get(), assessment, item.code(), answer);
            }
        }
        assessments.submit(CurrentCaller.get(), assessment, null);
        InProcess.signInAs(SHANGDANG, "county-admin");
        assessments.review(CurrentCaller.get(), assessment, new Assessments.Reviewing(true, null));
        assessments.finalise(CurrentCaller.get(), assessment);
        SecurityContextHolder.clearContext();
    }

    private void selfAssess(String user, long assessment) {
        JsonNode sheet = api.ok(api.get(user, "assessments/" + assessment));
        SelfAssessment.meetingEverything(sheet)
                .forEach((item, body) -> api.ok(api.put(user, "assessments/" + assessment + "/items/" + item, body)));
    }

    private long assessmentOf(String user, long round, String center) {
        for (JsonNode a : api.ok(api.get(user, "assessments/rounds/" + round + "/assessments"))) {
            if (a.get("center").asString().equals(center)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError(center + " has no assessment in round " + round + " visible to " + user);
    }

    static JsonNode rule(JsonNode items, String code) {
        for (JsonNode applied : items) {
            if (applied.get("item").get("code").asString().equals(code)) {
                return applied.get("rule");
            }
        }
        throw new AssertionError("no item " + code);
    }

    static JsonNode itemScore(JsonNode scorecard, String code) {
        for (JsonNode item : scorecard.get("items")) {
            if (item.get("item").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no item " + code + " in " + scorecard);
    }
}
