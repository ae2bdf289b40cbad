package org.zongzhi.tenant.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A village station's assessment returned and resubmitted, its rectification task guarded from everyone
 * but its own admins and its inspector, and the next round's scorecard compared with the last.
 */
@PlatformIntegrationTest
class ReturnAndRectificationIT {

    static final String CHANGAN = "140404001001";

    @LocalServerPort
    int port;

    Api api;

    @Test
    void aReturnedAssessmentIsResubmittedAndItsRectificationIsGuarded() {
        api = new Api(port);
        int version = api.ok(api.post("province.admin", "standards", Map.of("copyOf", 1)))
                .get("number")
                .asInt();
        api.ok(api.post(
                "province.admin",
                "standards/" + version + "/publication",
                Map.of("effectiveFrom", LocalDate.now().toString())));

        // Round 1: 长安 submits, 韩店 returns it with a comment, 长安 resubmits.
        long first = changanAssessment(openVillageRound(version, "第一轮"));
        selfAssess(first);
        api.ok(api.post("changan.admin", "assessments/" + first + "/submission", null));
        JsonNode returned =
                api.ok(api.post("handian.admin", "assessments/" + first + "/return", Map.of("comment", "挂牌照片请补充近景")));
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        JsonNode seen = api.ok(api.get("changan.admin", "assessments/" + first));
        assertThat(seen.get("comments").asString()).isEqualTo("挂牌照片请补充近景");
        assertThat(seen.get("history"))
                .extracting(e -> e.get("action").asString())
                .contains("ANSWERED", "SUBMITTED", "RETURNED");
        api.ok(api.upload(
                "changan.admin",
                "assessments/" + first + "/items/sign.plate/evidence",
                "近景.jpg",
                "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        api.ok(api.post("changan.admin", "assessments/" + first + "/submission", Map.of("note", "已补充")));

        // 韩店 fails the plate and finalises once the owner has computed the round.
        api.ok(api.put(
                "handian.admin",
                "assessments/" + first + "/items/sign.plate/verdict",
                Map.of("verdict", "FAIL", "reason", "牌子名称不规范")));
        api.ok(api.post("handian.admin", "assessments/" + first + "/review", Map.of("confirmRest", true)));
        assertThat(api.post("handian.admin", "assessments/" + first + "/finalization", null)
                        .status())
                .isEqualTo(409);
        long round1 = api.ok(api.get("changan.admin", "assessments/" + first))
                .get("round")
                .asLong();
        api.ok(api.post("shangdang.admin", "assessments/rounds/" + round1 + "/computation", null));
        api.ok(api.post("handian.admin", "assessments/" + first + "/finalization", null));
        assertThat(api.put("changan.admin", "assessments/" + first + "/items/sign.plate", Map.of("met", true))
                        .status())
                .isEqualTo(409);
        assertThat(api.post("handian.admin", "assessments/" + first + "/return", Map.of("comment", "x"))
                        .status())
                .isEqualTo(409);

        // The rectification task: only an item that lost points, only once.
        assertThat(api.post(
                                "handian.admin",
                                "assessments/" + first + "/rectifications",
                                Map.of("item", "it.platform", "workingDays", 5))
                        .status())
                .isEqualTo(409);
        long task = api.ok(api.post(
                        "handian.admin",
                        "assessments/" + first + "/rectifications",
                        Map.of("item", "sign.plate", "workingDays", 10, "requirement", "按统一样式制作牌子")))
                .get("task")
                .get("id")
                .asLong();
        assertThat(api.post(
                                "handian.admin",
                                "assessments/" + first + "/rectifications",
                                Map.of("item", "sign.plate", "workingDays", 10))
                        .status())
                .isEqualTo(409);

        // Nobody but 长安's admins answers it, nobody but 韩店 verifies it, siblings and cousins see nothing.
        String path = "assessments/rectifications/" + task;
        assertThat(api.get("fuhou.admin", path).status()).isEqualTo(404);
        assertThat(api.get("fuhou.admin", "assessments/rectifications?center=" + CHANGAN)
                        .status())
                .isEqualTo(404);
        assertThat(api.ok(api.get("fuhou.admin", "assessments/rectifications")))
                .extracting(t -> t.get("task").get("id").asLong())
                .doesNotContain(task);
        assertThat(api.get("yongji.admin", path).status()).isEqualTo(404);
        assertThat(api.upload("fuhou.admin", path + "/evidence", "x.png", "image/png", Api.PNG)
                        .status())
                .isEqualTo(404);
        assertThat(api.upload("handian.admin", path + "/evidence", "x.png", "image/png", Api.PNG)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("changan.admin", path + "/submission", Map.of()).status())
                .isEqualTo(400);
        api.ok(api.upload("changan.admin", path + "/evidence", "新牌.png", "image/png", Api.PNG));
        api.ok(api.post("changan.admin", path + "/submission", Map.of("note", "已更换")));
        assertThat(api.post("changan.admin", path + "/verification", Map.of("accepted", true))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("shangdang.admin", path + "/verification", Map.of("accepted", true))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("handian.admin", path + "/verification", Map.of("accepted", false))
                        .status())
                .isEqualTo(400);
        JsonNode back =
                api.ok(api.post("handian.admin", path + "/verification", Map.of("accepted", false, "comment", "照片模糊")));
        assertThat(back.get("task").get("status").asString()).isEqualTo("OPEN");
        assertThat(back.get("task").get("history"))
                .extracting(s -> s.get("action").asString())
                .containsSubsequence("CREATED", "SUBMITTED", "SENT_BACK");
        assertThat(api.ok(api.get("changan.admin", "assessments/" + first + "/scorecard"))
                        .get("openRectifications"))
                .extracting(t -> t.get("id").asLong())
                .contains(task);

        // Round 2: everything passes; the scorecard compares with round 1 item by item.
        long second = changanAssessment(openVillageRound(version, "第二轮"));
        assertThat(api.ok(api.get("changan.admin", "assessments/" + second)).get("openRectifications"))
                .extracting(t -> t.get("id").asLong())
                .contains(task);
        selfAssess(second);
        api.ok(api.upload(
                "changan.admin",
                "assessments/" + second + "/items/sign.plate/evidence",
                "牌.png",
                "image/png",
                Api.PNG));
        api.ok(api.post("changan.admin", "assessments/" + second + "/submission", null));
        api.ok(api.post("handian.admin", "assessments/" + second + "/review", Map.of("confirmRest", true)));
        long round2 = api.ok(api.get("changan.admin", "assessments/" + second))
                .get("round")
                .asLong();
        api.ok(api.post("shangdang.admin", "assessments/rounds/" + round2 + "/computation", null));
        JsonNode card = api.ok(api.post("handian.admin", "assessments/" + second + "/finalization", null));
        JsonNode previous = card.get("previous");
        assertThat(previous.get("assessment").asLong()).isEqualTo(first);
        assertThat(previous.get("deltaPercent").decimalValue()).isPositive();
        assertThat(previous.get("items")).anySatisfy(change -> {
            assertThat(change.get("item").asString()).isEqualTo("sign.plate");
            assertThat(change.get("previousAwarded").asInt()).isZero();
            assertThat(change.get("awarded").asInt()).isEqualTo(4);
        });
        assertThat(api.ok(api.get("handian.admin", "assessments/centers/" + CHANGAN + "/scorecards")))
                .extracting(h -> h.get("assessment").asLong())
                .containsSubsequence(second, first);
    }

    private long openVillageRound(int version, String title) {
        return api.ok(api.post(
                        "shangdang.admin",
                        "assessments/rounds",
                        Map.of(
                                "title",
                                title,
                                "standardVersion",
                                version,
                                "periodFrom",
                                "2026-01-01",
                                "periodTo",
                                "2026-03-31",
                                "cutoff",
                                Instant.now().plus(Duration.ofDays(30)).toString(),
                                "levels",
                                List.of("VILLAGE"),
                                "includePlanned",
                                true)))
                .get("round")
                .get("id")
                .asLong();
    }

    private long changanAssessment(long round) {
        for (JsonNode a : api.ok(api.get("changan.admin", "assessments/rounds/" + round + "/assessments"))) {
            return a.get("id").asLong();
        }
        throw new AssertionError("长安 is not in round " + round);
    }

    private void selfAssess(long assessment) {
        JsonNode sheet = api.ok(api.get("changan.admin", "assessments/" + assessment));
        SelfAssessment.meetingEverything(sheet)
                .forEach((item, body) ->
                        api.ok(api.put("changan.admin", "assessments/" + assessment + "/items/" + item, body)));
    }
}
