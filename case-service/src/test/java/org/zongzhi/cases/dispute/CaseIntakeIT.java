package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.cases.fixtures.Intakes.neighbourQuarrel;
import static org.zongzhi.cases.fixtures.Intakes.with;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.testsupport.Http;
import tools.jackson.databind.JsonNode;

@CaseServiceIT
class CaseIntakeIT {

    @LocalServerPort
    int port;

    Api api;
    int n;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        n = People.fresh();
    }

    @Test
    void takesACaseInWithACheckableCodeASecretAndMaskedPersonalData() {
        JsonNode created = api.intake("changan.grid", with(neighbourQuarrel(n), "channel", "GRID_REPORT"));

        JsonNode c = created.get("case");
        CaseCode code = CaseCode.parse(c.get("code").asString());
        assertThat(code.center().value()).isEqualTo("140404001001");
        assertThat(c.get("status").asString()).isEqualTo("REPORTED");
        assertThat(c.get("channel").asString()).isEqualTo("GRID_REPORT");
        assertThat(c.get("originCenter").asString()).isEqualTo("140404001001");
        assertThat(c.get("originPath").toString()).contains("14", "1404", "140404", "140404001");
        assertThat(created.get("citizenSecret").asString()).hasSize(8);
        assertThat(created.get("replayed").asBoolean()).isFalse();
        JsonNode party = c.get("parties").get(0);
        assertThat(party.get("idNumber").asString()).contains("*").isNotEqualTo(People.idNumberOf(n));
        assertThat(party.get("phone").asString())
                .isEqualTo(People.mobileOf(n).substring(0, 3) + "****"
                        + People.mobileOf(n).substring(7));
        assertThat(created.toString()).doesNotContain(People.idNumberOf(n), People.mobileOf(n));
        assertThat(c.get("deadline").get("dueAt").asString()).isNotBlank();
        assertThat(api.timelineActions("changan.grid", c.get("id").asString())).containsExactly("report");
    }

    @Test
    void theSameSubmissionRetriedWithItsKeyMakesOneCase() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = neighbourQuarrel(n);

        Http.Response first = api.post("shangdang.clerk", "/api/cases", form, "Idempotency-Key", key);
        Http.Response retry = api.post("shangdang.clerk", "/api/cases", form, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("case").get("id"))
                .isEqualTo(first.json().get("case").get("id"));
        assertThat(retry.json().get("citizenSecret")).isEqualTo(first.json().get("citizenSecret"));
    }

    @Test
    void aKeyReusedForADifferentSubmissionIsRefused() {
        String key = UUID.randomUUID().toString();
        api.post("shangdang.clerk", "/api/cases", neighbourQuarrel(n), "Idempotency-Key", key);

        Http.Response other =
                api.post("shangdang.clerk", "/api/cases", neighbourQuarrel(n + 7), "Idempotency-Key", key);

        assertThat(Api.problem(other, 422).get("detail").asString()).contains("different submission");
    }

    @Test
    void intakeWithoutAnIdempotencyKeyIsRefusedWithWhatToSend() {
        Http.Response response = api.post("shangdang.clerk", "/api/cases", neighbourQuarrel(n));

        assertThat(Api.problem(response, 400).get("detail").asString()).contains("Idempotency-Key");
    }

    @Test
    void badPersonalDataIsRefusedNamingTheFieldButNotRepeatingTheValue() {
        Map<String, Object> wrongId = Intakes.person("王五", n);
        String valid = People.idNumberOf(n);
        String typo = valid.substring(0, 16) + (valid.charAt(16) == '9' ? '8' : '9') + valid.charAt(17);
        wrongId.put("idNumber", typo);
        Map<String, Object> form = with(neighbourQuarrel(n), "applicants", List.of(Intakes.person("赵六", n), wrongId));

        JsonNode problem = Api.problem(
                api.post(
                        "shangdang.clerk",
                        "/api/cases",
                        form,
                        "Idempotency-Key",
                        UUID.randomUUID().toString()),
                400);

        assertThat(problem.get("detail").asString()).contains("applicants[1]", "check character");
        assertThat(problem.toString()).doesNotContain(typo);
    }

    @Test
    void anUnknownCategoryIsRefusedListingTheKnownOnes() {
        JsonNode problem = Api.problem(
                api.post(
                        "shangdang.clerk",
                        "/api/cases",
                        with(neighbourQuarrel(n), "category", "GOSSIP"),
                        "Idempotency-Key",
                        UUID.randomUUID().toString()),
                400);

        assertThat(problem.get("detail").asString()).contains("category", "GOSSIP", "WAGE_ARREARS");
    }

    @Test
    void brokenJsonAndMissingFieldsAreClientErrors() {
        Api.problem(
                api.post("shangdang.clerk", "/api/cases", "{\"title\": ", "Idempotency-Key", "key-broken-json-1"), 400);
        Api.problem(
                api.post(
                        "shangdang.clerk",
                        "/api/cases",
                        Map.of("channel", "WALK_IN"),
                        "Idempotency-Key",
                        UUID.randomUUID().toString()),
                400);
        Api.problem(
                api.post(
                        "shangdang.clerk",
                        "/api/cases",
                        with(neighbourQuarrel(n), "groupSize", "many"),
                        "Idempotency-Key",
                        UUID.randomUUID().toString()),
                400);
    }

    @Test
    void anAuditorCannotTakeCasesIn() {
        Http.Response response = api.post(
                "province.auditor",
                "/api/cases",
                neighbourQuarrel(n),
                "Idempotency-Key",
                UUID.randomUUID().toString());

        Api.problem(response, 403);
    }

    @Test
    void theSameApplicantsOpenCaseIsPointedOutAsAPossibleRepeat() {
        JsonNode first = api.intake("changan.admin", neighbourQuarrel(n));

        JsonNode second = api.intake("changan.admin", with(neighbourQuarrel(n), "title", "排水问题再次投诉"));

        assertThat(second.get("possibleDuplicates").findValuesAsString("id"))
                .contains(first.get("case").get("id").asString());
    }

    @Test
    void aMajorRiskCaseIsVisibleToEveryCenterAboveAtOnce() {
        JsonNode created = api.intake("changan.admin", with(neighbourQuarrel(n), "violenceRisk", true));
        String id = created.get("case").get("id").asString();

        assertThat(created.get("case").get("risk").asString()).isEqualTo("MAJOR");
        for (String above : List.of("handian.admin", "shangdang.admin", "changzhi.admin", "province.admin")) {
            Http.Response list = api.get(above, "/api/cases?risk=MAJOR&size=50");
            assertThat(list.json().get("items").findValuesAsString("id"))
                    .as(above)
                    .contains(id);
        }
        assertThat(api.timelineActions("shangdang.admin", id)).containsExactly("report", "alert");
    }
}
