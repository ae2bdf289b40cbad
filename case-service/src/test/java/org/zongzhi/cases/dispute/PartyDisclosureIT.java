package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import tools.jackson.databind.JsonNode;

/** Full contact data only for the holding center's people who need it, and every such read on record. */
@CaseServiceIT
class PartyDisclosureIT {

    @LocalServerPort
    int port;

    Api api;
    int n;
    String id;
    String partyId;

    @BeforeEach
    void aCaseAtHandian() {
        api = new Api(port);
        n = People.fresh();
        JsonNode c = api.intake("handian.clerk", Intakes.neighbourQuarrel(n)).get("case");
        id = c.get("id").asString();
        partyId = c.get("parties").get(0).get("id").asString();
    }

    @Test
    void theHoldingCentersClerkSeesTheFullDataAndTheReadIsAudited() {
        JsonNode contact = api.post(
                        "handian.clerk",
                        "/api/cases/" + id + "/parties/" + partyId + "/disclosure",
                        Map.of("purpose", "电话通知当事人到场调解"))
                .json();

        assertThat(contact.get("idNumber").asString()).isEqualTo(People.idNumberOf(n));
        assertThat(contact.get("phone").asString()).isEqualTo(People.mobileOf(n));
        for (String auditor : new String[] {"province.auditor", "handian.admin", "shangdang.admin"}) {
            JsonNode log = api.get(auditor, "/api/cases/" + id + "/disclosures").json();
            assertThat(log).as(auditor).hasSize(1);
            assertThat(log.get(0).get("reader").asString()).isEqualTo("handian.clerk");
            assertThat(log.get(0).get("purpose").asString()).isEqualTo("电话通知当事人到场调解");
            assertThat(log.get(0).get("fields").asString()).isEqualTo("idNumber,phone");
        }
        assertThat(api.read("handian.clerk", id).toString()).doesNotContain(People.idNumberOf(n));
    }

    @Test
    void aReadWithoutAPurposeIsRefused() {
        Api.problem(
                api.post("handian.clerk", "/api/cases/" + id + "/parties/" + partyId + "/disclosure", Map.of()), 400);
    }

    @Test
    void rolesThatNeedNoContactDataSeeItMaskedOnly() {
        Api.problem(
                api.post(
                        "changzhi.admin",
                        "/api/cases/" + id + "/parties/" + partyId + "/disclosure",
                        Map.of("purpose", "查看")),
                403);
        Api.problem(
                api.post(
                        "province.auditor",
                        "/api/cases/" + id + "/parties/" + partyId + "/disclosure",
                        Map.of("purpose", "查看")),
                403);
        Api.problem(api.get("handian.clerk", "/api/cases/" + id + "/disclosures"), 403);
    }

    @Test
    void anUnknownPartyIsNotFound() {
        Api.problem(
                api.post(
                        "handian.clerk",
                        "/api/cases/" + id + "/parties/" + UUID.randomUUID() + "/disclosure",
                        Map.of("purpose", "x")),
                404);
    }

    @Test
    void aPersonsCasesAreFoundByIdNumberWithoutDecryptingAnything() {
        assertThat(api.post("handian.admin", "/api/cases/party-search", Map.of("idNumber", People.idNumberOf(n)))
                        .json()
                        .findValuesAsString("id"))
                .contains(id);
        assertThat(api.post("handian.admin", "/api/cases/party-search", Map.of("phone", People.mobileOf(n)))
                        .json()
                        .findValuesAsString("id"))
                .contains(id);
        Api.problem(api.post("handian.admin", "/api/cases/party-search", Map.of()), 400);
        Api.problem(api.post("handian.admin", "/api/cases/party-search", Map.of("idNumber", "123")), 400);
    }
}
