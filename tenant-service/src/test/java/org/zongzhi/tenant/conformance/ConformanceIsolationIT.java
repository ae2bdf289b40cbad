package org.zongzhi.tenant.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Who sees and does what: siblings never see each other's self-assessment or evidence, a child never
 * inspects its parent, a county never tailors another county's standard, a cousin reads nothing; and every
 * refusal is a 4xx problem a person can act on.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceIsolationIT {

    static final String SHANGDANG = "140404";
    static final String HANDIAN = "140404001";
    static final String CHANGAN = "140404001001";
    static final String FUHOU = "140404001002";

    @LocalServerPort
    int port;

    Api api;
    int version;
    long round;
    long handian;
    long changan;
    long fuhou;
    long changanPhoto;

    @BeforeAll
    void shangdangOpensARoundForItsTownshipsAndVillages() {
        api = new Api(port);
        version = api.ok(api.post("province.admin", "standards", Map.of("copyOf", 1)))
                .get("number")
                .asInt();
        api.ok(api.post(
                "province.admin",
                "standards/" + version + "/publication",
                Map.of("effectiveFrom", LocalDate.now().toString())));
        api.ok(api.put(
                "shangdang.admin",
                "standards/" + version + "/tailorings/" + SHANGDANG,
                Map.of(
                        "tightenings",
                        List.of(Map.of("item", "staff.grid-workers", "level", "VILLAGE", "threshold", 3)))));
        JsonNode opened = api.ok(api.post(
                "shangdang.admin",
                "assessments/rounds",
                Map.of(
                        "title",
                        "上党区2026年度评估",
                        "standardVersion",
                        version,
                        "periodFrom",
                        "2026-01-01",
                        "periodTo",
                        "2026-12-31",
                        "cutoff",
                        Instant.now().plus(Duration.ofDays(30)).toString(),
                        "levels",
                        List.of("TOWNSHIP", "VILLAGE"),
                        "includePlanned",
                        true)));
        round = opened.get("round").get("id").asLong();
        for (JsonNode a : api.ok(api.get("shangdang.admin", "assessments/rounds/" + round + "/assessments"))) {
            switch (a.get("center").asString()) {
                case HANDIAN -> handian = a.get("id").asLong();
                case CHANGAN -> changan = a.get("id").asLong();
                case FUHOU -> fuhou = a.get("id").asLong();
                default -> {}
            }
        }
        api.ok(api.put(
                "changan.admin",
                "assessments/" + changan + "/items/sign.plate",
                Map.of("met", true, "note", "长安社区挂牌")));
        changanPhoto = api.ok(api.upload(
                        "changan.admin",
                        "assessments/" + changan + "/items/sign.plate/evidence",
                        "plate.png",
                        "image/png",
                        Api.PNG))
                .get("id")
                .asLong();
        api.ok(api.put(
                "handian.admin",
                "assessments/" + handian + "/items/sign.plate",
                Map.of("met", true, "cases", List.of("C-1"))));
    }

    @Test
    void aSiblingNeverSeesAnotherVillagesSelfAssessmentOrEvidence() {
        assertThat(api.get("fuhou.admin", "assessments/" + changan).status()).isEqualTo(404);
        assertThat(api.get("fuhou.admin", "assessments/" + changan + "/scorecard")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("fuhou.admin", "assessments/evidence/" + changanPhoto)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("fuhou.admin", "assessments/centers/" + CHANGAN + "/scorecards")
                        .status())
                .isEqualTo(404);
        assertThat(api.put("fuhou.admin", "assessments/" + changan + "/items/sign.plate", Map.of("met", false))
                        .status())
                .isEqualTo(404);
        assertThat(api.upload(
                                "fuhou.admin",
                                "assessments/" + changan + "/items/sign.plate/evidence",
                                "x.png",
                                "image/png",
                                Api.PNG)
                        .status())
                .isEqualTo(404);
        assertThat(api.ok(api.get("fuhou.admin", "assessments/rounds/" + round + "/assessments")))
                .extracting(a -> a.get("center").asString())
                .containsExactly(FUHOU);
        assertThat(api.get("fuhou.admin", "assessments/" + fuhou).status()).isEqualTo(200);
        assertThat(api.ok(api.get("fuhou.admin", "assessments")))
                .extracting(a -> a.get("center").asString())
                .containsOnly(FUHOU);
        assertThat(api.get("fuhou.admin", "assessments?center=" + CHANGAN).status())
                .isEqualTo(404);
        assertThat(api.get("changan.admin", "assessments?center=" + HANDIAN).status())
                .isEqualTo(404);
        assertThat(api.ok(api.get("handian.admin", "assessments?size=500")))
                .extracting(a -> a.get("center").asString())
                .contains(HANDIAN, CHANGAN, FUHOU)
                .allMatch(code -> code.startsWith(HANDIAN));
    }

    @Test
    void aWrongPhotoIsWithdrawnByTheCenterOnlyAndTheHistorySaysSo() {
        String evidence = "assessments/" + changan + "/items/sign.plate/evidence";
        long wrong = api.ok(api.upload("changan.admin", evidence, "错的照片.png", "image/png", Api.PNG))
                .get("id")
                .asLong();

        assertThat(api.delete("fuhou.admin", evidence + "/" + wrong).status())
                .as("a sibling")
                .isEqualTo(404);
        assertThat(api.delete("handian.admin", evidence + "/" + wrong).status())
                .as("the parent inspects, it does not edit the sheet")
                .isIn(403, 404);
        assertThat(api.delete(
                                "changan.admin",
                                "assessments/" + changan + "/items/sign.plate/evidence/" + changanPhoto + "9")
                        .status())
                .as("a file that is not on the item")
                .isEqualTo(404);
        JsonNode entry = api.ok(api.delete("changan.admin", evidence + "/" + wrong));

        assertThat(entry.get("evidence").toString()).doesNotContain("错的照片.png").contains("plate.png");
        JsonNode sheet = api.ok(api.get("changan.admin", "assessments/" + changan));
        assertThat(sheet.get("entries").get("sign.plate").get("evidence").toString())
                .doesNotContain("错的照片.png");
        assertThat(sheet.get("history").toString()).contains("EVIDENCE_WITHDRAWN", "错的照片.png");
        assertThat(api.delete("changan.admin", evidence + "/" + wrong).status())
                .as("withdrawn once")
                .isEqualTo(404);
    }

    @Test
    void theCenterAndTheCentersAboveItReadItsEvidenceWithItsHash() {
        Http.Response own = api.get("changan.admin", "assessments/evidence/" + changanPhoto);
        Http.Response parent = api.get("handian.admin", "assessments/evidence/" + changanPhoto);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("Content-Type")).isEqualTo("image/png");
        assertThat(own.header("X-Content-SHA256")).hasSize(64);
        assertThat(parent.status()).isEqualTo(200);
        assertThat(api.get("province.auditor", "assessments/" + changan).status())
                .isEqualTo(200);
    }

    @Test
    void aChildNeverInspectsItsParentAndOnlyTheParentInspects() {
        var verdict = Map.of("verdict", "FAIL", "reason", "不合格");
        assertThat(api.put("changan.admin", "assessments/" + handian + "/items/sign.plate/verdict", verdict)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("changan.admin", "assessments/" + handian + "/review", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("changan.admin", "assessments/" + handian + "/return", Map.of("comment", "x"))
                        .status())
                .isEqualTo(404);
        Http.Response self = api.put("handian.admin", "assessments/" + handian + "/items/sign.plate/verdict", verdict);
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("detail").asString()).contains("Only the admins of 140404");
        assertThat(api.put("shangdang.admin", "assessments/" + changan + "/items/sign.plate/verdict", verdict)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("shangdang.admin", "assessments/" + changan + "/finalization", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void onlyTheCentersOwnAdminSelfAssesses() {
        assertThat(api.put("handian.admin", "assessments/" + changan + "/items/sign.plate", Map.of("met", true))
                        .status())
                .isEqualTo(403);
        assertThat(api.put("changan.grid", "assessments/" + changan + "/items/sign.plate", Map.of("met", true))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("handian.admin", "assessments/" + changan + "/submission", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.put(
                                "changan.admin",
                                "assessments/" + changan + "/items/results.resolution",
                                Map.of("number", 99))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aCountyNeverTailorsAnotherCountysStandard() {
        var body =
                Map.of("tightenings", List.of(Map.of("item", "premises.area", "level", "TOWNSHIP", "threshold", 900)));
        assertThat(api.put("yongji.admin", "standards/" + version + "/tailorings/" + SHANGDANG, body)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("yongji.admin", "standards/" + version + "/tailorings/" + SHANGDANG)
                        .status())
                .isEqualTo(404);
        assertThat(api.put("province.admin", "standards/" + version + "/tailorings/1404", body)
                        .status())
                .isEqualTo(403);
        assertThat(api.put("shangdang.admin", "standards/" + version + "/tailorings/1404", body)
                        .status())
                .isEqualTo(403);
        assertThat(api.put("handian.admin", "standards/" + version + "/tailorings/" + HANDIAN, body)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("changan.admin", "standards/" + version + "/tailorings/" + SHANGDANG)
                        .status())
                .isEqualTo(200);
        assertThat(api.ok(api.get("yongji.admin", "standards/" + version + "/tailorings")))
                .extracting(t -> t.get("owner").asString())
                .doesNotContain(SHANGDANG);
    }

    @Test
    void aCousinReadsNothing() {
        for (String path : List.of(
                "assessments/" + handian,
                "assessments/" + changan + "/scorecard",
                "assessments/rounds/" + round,
                "assessments/rounds/" + round + "/assessments",
                "assessments/evidence/" + changanPhoto,
                "assessments/ranking?root=" + SHANGDANG + "&level=TOWNSHIP&version=" + version,
                "assessments/conformance-rate?root=" + SHANGDANG + "&version=" + version,
                "assessments/rectifications?center=" + SHANGDANG,
                "assessments?center=" + SHANGDANG,
                "assessments/centers/" + HANDIAN + "/scorecards",
                "standards/" + version + "/effective/" + HANDIAN)) {
            assertThat(api.get("yongji.admin", path).status()).as(path).isEqualTo(404);
        }
        assertThat(api.ok(api.get("yongji.admin", "assessments/rounds")))
                .extracting(r -> r.get("id").asLong())
                .doesNotContain(round);
        assertThat(api.get("fuhou.admin", "assessments/ranking?root=" + HANDIAN + "&level=VILLAGE&version=" + version)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheProvinceAuthorsAndPublishedVersionsNeverChange() {
        assertThat(api.post("changzhi.admin", "standards", Map.of("copyOf", version))
                        .status())
                .isEqualTo(403);
        JsonNode draft = api.ok(api.post("province.admin", "standards", Map.of("copyOf", version)));
        int number = draft.get("number").asInt();
        assertThat(api.get("shangdang.admin", "standards/" + number).status()).isEqualTo(404);
        assertThat(api.ok(api.get("shangdang.admin", "standards")))
                .extracting(v -> v.get("number").asInt())
                .contains(version)
                .doesNotContain(number);
        assertThat(api.put("province.admin", "standards/" + version, draft.get("document"))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "province.admin",
                                "standards/" + version + "/publication",
                                Map.of("effectiveFrom", "2026-01-01"))
                        .status())
                .isEqualTo(409);
        var broken = Map.of("title", "", "dimensions", List.of(), "items", List.of(), "bands", List.of());
        api.ok(api.put("province.admin", "standards/" + number, broken));
        Http.Response refused = api.post(
                "province.admin", "standards/" + number + "/publication", Map.of("effectiveFrom", "2026-01-01"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString())
                .contains("title is required", "at least one dimension", "grade bands");
    }

    @Test
    void onlyTheProvinceRetiresAndARetiredVersionOpensNoRounds() {
        int other = api.ok(api.post("province.admin", "standards", Map.of("copyOf", version)))
                .get("number")
                .asInt();
        assertThat(api.post("province.admin", "standards/" + other + "/retirement", null)
                        .status())
                .isEqualTo(409);
        api.ok(api.post(
                "province.admin",
                "standards/" + other + "/publication",
                Map.of("effectiveFrom", LocalDate.now().toString())));
        assertThat(api.post("shangdang.admin", "standards/" + other + "/retirement", null)
                        .status())
                .isEqualTo(403);
        JsonNode retired = api.ok(api.post("province.admin", "standards/" + other + "/retirement", null));
        assertThat(retired.get("status").asString()).isEqualTo("RETIRED");
        assertThat(api.post(
                                "shangdang.admin",
                                "assessments/rounds",
                                Map.of(
                                        "title",
                                        "t",
                                        "standardVersion",
                                        other,
                                        "periodFrom",
                                        "2026-01-01",
                                        "periodTo",
                                        "2026-06-30",
                                        "levels",
                                        List.of("TOWNSHIP")))
                        .status())
                .isEqualTo(409);
        assertThat(api.put(
                                "shangdang.admin",
                                "standards/" + other + "/tailorings/" + SHANGDANG,
                                Map.of("tightenings", List.of()))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theEffectiveItemsAreReadByTheCenterAndThoseAboveIt() {
        JsonNode own = api.ok(api.get("changan.admin", "standards/" + version + "/effective/" + CHANGAN));
        assertThat(own.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(own.get("tailoredBy")).extracting(JsonNode::asString).containsExactly(SHANGDANG);
        assertThat(ConformanceJourneyIT.rule(own.get("items"), "staff.grid-workers")
                        .get("threshold")
                        .asInt())
                .isEqualTo(3);
        assertThat(api.get("handian.admin", "standards/" + version + "/effective/" + CHANGAN)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("fuhou.admin", "standards/" + version + "/effective/" + CHANGAN)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("changan.admin", "standards/" + version + "/effective/" + HANDIAN)
                        .status())
                .isEqualTo(404);
        assertThat(api.ok(api.get("changan.grid", "standards/facts"))
                        .get("profileFacts")
                        .has("premises.zones"))
                .isTrue();
    }

    @Test
    void roundsAreOpenedByProvinceCityOrCountyAdminsForLevelsBelowThem() {
        var body = Map.of(
                "title",
                "t",
                "standardVersion",
                version,
                "periodFrom",
                "2026-01-01",
                "periodTo",
                "2026-06-30",
                "levels",
                List.of("VILLAGE"));
        assertThat(api.post("handian.admin", "assessments/rounds", body).status())
                .isEqualTo(403);
        Http.Response above = api.post(
                "shangdang.admin",
                "assessments/rounds",
                Map.of(
                        "title",
                        "t",
                        "standardVersion",
                        version,
                        "periodFrom",
                        "2026-01-01",
                        "periodTo",
                        "2026-06-30",
                        "levels",
                        List.of("COUNTY")));
        assertThat(above.status()).isEqualTo(400);
        assertThat(above.json().get("detail").asString()).contains("only for levels below it");
        assertThat(api.post("changzhi.admin", "assessments/rounds/" + round + "/computation", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void clientMistakesAreProblemsNeverServerErrors() {
        String evidence = "assessments/" + changan + "/items/sign.plate/evidence";
        Http.Response exe = api.upload("changan.admin", evidence, "run.exe", "application/octet-stream", Api.PNG);
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.header("Content-Type")).contains("application/problem+json");
        assertThat(exe.json().get("detail").asString()).contains("JPEG or PNG photo or a PDF");
        assertThat(api.upload("changan.admin", evidence, "fake.jpg", "image/jpeg", Api.PNG)
                        .status())
                .isEqualTo(400);
        byte[] big = new byte[5_500_000];
        System.arraycopy(Api.PNG, 0, big, 0, Api.PNG.length);
        assertThat(api.upload("changan.admin", evidence, "big.png", "image/png", big)
                        .status())
                .isEqualTo(400);
        assertThat(api.upload("changan.admin", evidence, "huge.png", "image/png", new byte[8_000_000])
                        .status())
                .isEqualTo(413);
        assertThat(Http.putJson(
                                api.url("assessments/" + changan + "/items/sign.plate"),
                                org.zongzhi.testsupport.Tokens.of("changan.admin"),
                                "{not json")
                        .status())
                .isEqualTo(400);
        assertThat(api.put("changan.admin", "assessments/" + changan + "/items/no.such.item", Map.of("met", true))
                        .status())
                .isEqualTo(404);
        assertThat(api.put("changan.admin", "assessments/" + changan + "/items/sign.plate", Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(api.put(
                                "changan.admin",
                                "assessments/" + changan + "/items/sign.plate",
                                Map.of("met", true, "note", "长".repeat(2001)))
                        .json()
                        .get("detail")
                        .asString())
                .contains("at most 2000");
        assertThat(api.put(
                                "changan.admin",
                                "assessments/" + changan + "/items/sign.plate",
                                Map.of("met", true, "cases", List.of("'; drop table case;--")))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("shangdang.admin", "assessments/ranking?root=140404&level=PLANET&version=" + version)
                        .status())
                .isEqualTo(400);
        assertThat(api.put(
                                "shangdang.admin",
                                "assessments/" + handian + "/items/sign.plate/verdict",
                                Map.of("verdict", "FAIL"))
                        .status())
                .isEqualTo(400);
        assertThat(api.put(
                                "shangdang.admin",
                                "assessments/" + handian + "/items/sign.plate/verdict",
                                Map.of("verdict", "PASS"))
                        .status())
                .isEqualTo(409);
        assertThat(api.get("shangdang.admin", "assessments/rectifications?status=LATE")
                        .status())
                .isEqualTo(400);
        JsonNode draft = api.ok(api.post("province.admin", "standards", Map.of("copyOf", version)));
        assertThat(api.post(
                                "shangdang.admin",
                                "assessments/rounds",
                                Map.of(
                                        "title",
                                        "t",
                                        "standardVersion",
                                        draft.get("number").asInt(),
                                        "periodFrom",
                                        "2026-01-01",
                                        "periodTo",
                                        "2026-06-30",
                                        "levels",
                                        List.of("TOWNSHIP")))
                        .status())
                .isEqualTo(409);
    }
}
