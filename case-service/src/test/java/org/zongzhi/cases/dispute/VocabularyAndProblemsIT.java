package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.platform.department.Department;
import tools.jackson.databind.JsonNode;

/** The one label table of the case domain, and problem details that name the field to change. */
@CaseServiceIT
class VocabularyAndProblemsIT {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void everySignedInUserGetsEveryCodeListWithItsChineseLabel() {
        for (String user : List.of("changan.grid", "province.auditor", "shangdang.mediator")) {
            var response = api.get(user, "/api/cases/vocabulary");
            assertThat(response.status()).as(user).isEqualTo(200);
        }
        JsonNode vocabulary = api.get("changan.grid", "/api/cases/vocabulary").json();

        assertThat(vocabulary.propertyNames())
                .containsExactly(
                        "category",
                        "channel",
                        "department",
                        "status",
                        "risk",
                        "warning",
                        "action",
                        "outcomeKind",
                        "legalRoute",
                        "followUpKind",
                        "satisfaction",
                        "vulnerability",
                        "partyKind",
                        "partyRole",
                        "diagnosis");
        assertThat(label(vocabulary, "category", "WAGE_ARREARS")).isEqualTo("劳动争议与欠薪");
        assertThat(label(vocabulary, "action", "record-part")).isEqualTo("记录会诊意见");
        assertThat(label(vocabulary, "status", "TRANSFERRING")).isEqualTo("待接收");
        assertThat(label(vocabulary, "warning", "RED")).startsWith("红色预警");
        assertThat(label(vocabulary, "partyKind", "ORGANISATION")).isEqualTo("单位");
        assertThat(vocabulary
                        .get("department")
                        .valueStream()
                        .map(t -> t.get("code").asString()))
                .as("the platform's department catalogue, in its order")
                .containsExactlyElementsOf(Department.codes());
        assertThat(label(vocabulary, "department", "LABOUR_INSPECTION")).isEqualTo("劳动监察");
        assertThat(label(vocabulary, "department", "NAMED_MEDIATION_ROOM")).isEqualTo("品牌调解室");
        vocabulary
                .properties()
                .forEach(list -> list.getValue().forEach(term -> {
                    assertThat(term.get("code").asString()).isNotBlank();
                    assertThat(term.get("label").asString()).as(term.toString()).matches(".*\\p{IsHan}.*");
                }));
        Api.problem(api.get(null, "/api/cases/vocabulary"), 401);
    }

    @Test
    void aBadRequestNamesTheFieldByItsJsonPath() {
        int n = People.fresh();
        var badId = Intakes.person("王五", n);
        String valid = People.idNumberOf(n + 5);
        badId.put("idNumber", valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0"));
        JsonNode intake = Api.problem(
                api.post(
                        "handian.clerk",
                        "/api/cases",
                        Intakes.form(
                                "WALK_IN",
                                "NEIGHBOURS",
                                "邻里纠纷",
                                List.of(Intakes.person("张三", n + 1), badId),
                                List.of()),
                        "Idempotency-Key",
                        java.util.UUID.randomUUID().toString()),
                400);
        assertThat(intake.get("field").asString()).isEqualTo("applicants[1].idNumber");
        assertThat(intake.get("type").asString()).isEqualTo("https://zongzhi.example/problems/invalid-request");

        JsonNode badEnum = Api.problem(
                api.post(
                        "handian.clerk",
                        "/api/cases",
                        Intakes.with(Intakes.neighbourQuarrel(n + 2), "category", "GOSSIP"),
                        "Idempotency-Key",
                        java.util.UUID.randomUUID().toString()),
                400);
        assertThat(badEnum.get("field").asString()).isEqualTo("category");

        String id = api.intake("handian.clerk", Intakes.neighbourQuarrel(n + 3))
                .get("case")
                .get("id")
                .asString();
        assertThat(field(api.post("handian.clerk", "/api/cases/" + id + "/escalate", Map.of("reason", " "))))
                .isEqualTo("reason");
        assertThat(field(
                        api.post("handian.clerk", "/api/cases/" + id + "/refer", Map.of("to", "1404x", "reason", "x"))))
                .isEqualTo("to");
        api.act("handian.clerk", id, "file", null);
        api.act("handian.clerk", id, "assignments", Map.of("department", "PEOPLES_MEDIATION"));
        String task =
                api.read("handian.clerk", id).get("tasks").get(0).get("id").asString();
        api.act("handian.clerk", id, "tasks/" + task + "/accept", null);
        api.act("handian.clerk", id, "feedback", Map.of("result", "达成一致"));
        JsonNode close = Api.problem(
                api.post(
                        "handian.clerk",
                        "/api/cases/" + id + "/close",
                        Map.of(
                                "kind",
                                "MEDIATED",
                                "agreements",
                                List.of(Map.of(
                                        "parties", List.of("张三", "李四"), "terms", " ", "signedOn", "2026-11-27")))),
                400);
        assertThat(close.get("field").asString()).isEqualTo("agreements[0].terms");
        assertThat(field(api.get("handian.clerk", "/api/cases?status=OPENISH"))).isEqualTo("status");
        assertThat(field(api.get("handian.clerk", "/api/cases?q=%E6%B1%A1%00%E6%B0%B4")))
                .isEqualTo("q");
        assertThat(field(api.post("handian.clerk", "/api/cases/" + id + "/notes", Map.of("text", "已电话\u0000联系"))))
                .isEqualTo("text");
    }

    private static String field(org.zongzhi.testsupport.Http.Response response) {
        return Api.problem(response, 400).get("field").asString();
    }

    private static String label(JsonNode vocabulary, String list, String code) {
        for (JsonNode term : vocabulary.get(list)) {
            if (code.equals(term.get("code").asString())) {
                return term.get("label").asString();
            }
        }
        throw new AssertionError(code + " is not in " + list);
    }
}
