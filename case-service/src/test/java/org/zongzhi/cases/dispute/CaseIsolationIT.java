package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.zongzhi.cases.fixtures.SiblingServices;
import org.zongzhi.platform.tenancy.TenantCode;
import tools.jackson.databind.JsonNode;

/**
 * Who sees and who acts, endpoint by endpoint: a village's case against its sibling village (府后街 next
 * to 长安), its parent township and county, another county (永济), a child of the holder, and ids and
 * codes made up by hand.
 */
@CaseServiceIT
class CaseIsolationIT {

    @LocalServerPort
    int port;

    Api api;
    int n;
    String id;
    String code;
    String partyId;

    @BeforeEach
    void aCaseAtChangan() {
        api = new Api(port);
        n = People.fresh();
        JsonNode c = api.intake("changan.admin", Intakes.neighbourQuarrel(n)).get("case");
        id = c.get("id").asString();
        code = c.get("code").asString();
        partyId = c.get("parties").get(0).get("id").asString();
    }

    @Test
    void aSiblingVillageSeesNothingOfTheCaseThroughAnyEndpoint() {
        String sibling = "fuhou.admin";

        Api.problem(api.get(sibling, "/api/cases/" + id), 404);
        Api.problem(api.get(sibling, "/api/cases/by-code/" + code), 404);
        Api.problem(api.get(sibling, "/api/cases/" + id + "/timeline"), 404);
        Api.problem(api.get(sibling, "/api/cases/" + id + "/disclosures"), 404);
        Api.problem(api.post(sibling, "/api/cases/" + id + "/file", null), 404);
        Api.problem(api.post(sibling, "/api/cases/" + id + "/escalate", Map.of("reason", "x")), 404);
        Api.problem(api.post(sibling, "/api/cases/" + id + "/notes", Map.of("text", "x")), 404);
        Api.problem(
                api.post(sibling, "/api/cases/" + id + "/parties/" + partyId + "/disclosure", Map.of("purpose", "x")),
                404);
        assertThat(api.get(sibling, "/api/cases?size=200").json().get("items").findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(api.post(sibling, "/api/cases/party-search", Map.of("idNumber", People.idNumberOf(n)))
                        .json()
                        .findValuesAsString("id"))
                .doesNotContain(id);
    }

    @Test
    void anotherCountySeesNothingEither() {
        Api.problem(api.get("yongji.admin", "/api/cases/" + id), 404);
        Api.problem(api.get("yongji.clerk", "/api/cases/by-code/" + code), 404);
        assertThat(api.get("yongji.admin", "/api/cases?within=140881&size=200")
                        .json()
                        .get("items")
                        .findValuesAsString("id"))
                .doesNotContain(id);
    }

    @Test
    void theCentersAboveReadTheCaseButOnlyItsHolderActs() {
        for (String above : List.of("handian.admin", "shangdang.admin", "changzhi.admin", "province.admin")) {
            JsonNode seen = api.read(above, id);
            assertThat(seen.get("allowedActions")).as(above).isEmpty();
            assertThat(api.get(above, "/api/cases/" + id + "/timeline").status())
                    .isEqualTo(200);
            assertThat(api.get(above, "/api/cases?within=140404001001&size=200")
                            .json()
                            .get("items")
                            .findValuesAsString("id"))
                    .as(above)
                    .contains(id);
        }
        JsonNode refused = Api.problem(api.post("handian.admin", "/api/cases/" + id + "/file", null), 403);
        assertThat(refused.get("detail").asString()).contains("140404001001");
        Api.problem(api.post("shangdang.admin", "/api/cases/" + id + "/reject", Map.of("reason", "x")), 403);
        Api.problem(
                api.post(
                        "shangdang.mediator",
                        "/api/cases/" + id + "/parties/" + partyId + "/disclosure",
                        Map.of("purpose", "联系当事人")),
                403);
        assertThat(api.read("changan.admin", id).get("allowedActions").toString())
                .contains("file");
    }

    @Test
    void aChildCenterDoesNotSeeItsParentsCase() {
        String townshipCase = api.intake("handian.clerk", Intakes.neighbourQuarrel(n + 3))
                .get("case")
                .get("id")
                .asString();

        Api.problem(api.get("changan.admin", "/api/cases/" + townshipCase), 404);
        Api.problem(api.get("changan.grid", "/api/cases/" + townshipCase + "/timeline"), 404);
    }

    @Test
    void guessedIdsAndCodesFindNothingAndMistypedCodesSaySo() {
        UUID guessed = UUID.randomUUID();
        CaseCode guessedCode = CaseCode.issue(TenantCode.of("140404001001"), LocalDate.of(2020, 1, 1), 99_999);

        for (String anyone : List.of("changan.admin", "province.admin", "fuhou.admin")) {
            Api.problem(api.get(anyone, "/api/cases/" + guessed), 404);
            Api.problem(api.get(anyone, "/api/cases/by-code/" + guessedCode.display()), 404);
            Api.problem(api.post(anyone, "/api/cases/" + guessed + "/file", null), 404);
        }
        String mistyped = code.substring(0, code.length() - 1) + (code.endsWith("1") ? "2" : "1");
        JsonNode problem = Api.problem(api.get("changan.admin", "/api/cases/by-code/" + mistyped), 400);
        assertThat(problem.get("detail").asString()).contains("mistyped");
        Api.problem(api.get("changan.admin", "/api/cases/by-code/12345"), 400);
    }

    @Test
    void aListOutsideOnesSubtreeIsRefusedNotSilentlyEmpty() {
        JsonNode problem = Api.problem(api.get("changan.admin", "/api/cases?within=140404001002"), 400);
        assertThat(problem.get("detail").asString()).contains("outside your center's subtree");
        Api.problem(api.get("changan.admin", "/api/cases?status=DANCING"), 400);
        Api.problem(api.get("changan.admin", "/api/cases?size=100000"), 400);
    }

    @Test
    void everyCenterTheCaseWentThroughKeepsReadingItButOnlyTheHolderActs() {
        SiblingServices.tenantService();
        api.act("changan.admin", id, "escalate", Map.of("reason", "村里调解不成"));

        Api.problem(api.post("changan.admin", "/api/cases/" + id + "/notes", Map.of("text", "x")), 403);
        assertThat(api.read("changan.admin", id).get("holderCenter").asString()).isEqualTo("140404001");
        api.act("handian.admin", id, "transfer/accept", null);
        api.act("handian.admin", id, "escalate", Map.of("reason", "镇里需区级协调"));
        api.act("shangdang.admin", id, "transfer/accept", null);
        api.act("shangdang.admin", id, "refer", Map.of("to", "140404001002", "reason", "当事人现居府后街社区"));

        JsonNode atFuhou = api.read("fuhou.admin", id);
        assertThat(atFuhou.get("holderCenter").asString()).isEqualTo("140404001002");
        assertThat(atFuhou.get("allowedActions").toString()).contains("accept-transfer", "return-transfer");
        assertThat(api.read("changan.admin", id).get("allowedActions")).isEmpty();
        assertThat(api.read("handian.admin", id).get("formerHolders").toString())
                .contains("140404001001", "140404001", "140404");
        assertThat(api.timelineActions("changan.admin", id))
                .containsExactly("report", "escalate", "accept-transfer", "escalate", "accept-transfer", "refer");
        Api.problem(api.get("yongji.admin", "/api/cases/" + id), 404);
    }

    @Test
    void aGridWorkerAndAnAuditorMayReadButNotHandle() {
        assertThat(api.read("changan.grid", id).get("allowedActions")).isEmpty();
        Api.problem(api.post("changan.grid", "/api/cases/" + id + "/file", null), 403);
        assertThat(api.read("province.auditor", id)
                        .get("parties")
                        .get(0)
                        .get("idNumber")
                        .asString())
                .contains("*");
        Api.problem(api.post("province.auditor", "/api/cases/" + id + "/notes", Map.of("text", "x")), 403);
    }

    @Test
    void noTokenNoCase() {
        Api.problem(api.get(null, "/api/cases/" + id), 401);
        Api.problem(api.get(null, "/api/cases"), 401);
        Api.problem(api.post(null, "/api/cases/" + id + "/file", null), 401);
    }
}
