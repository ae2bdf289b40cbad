package org.zongzhi.search.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.infrastructure.CaseIndex;
import org.zongzhi.search.cases.infrastructure.CaseIndexWriter;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/** The same problem reported twice is recognised, across channels and centers, within the caller's reach. */
@PlatformIntegrationTest
class DuplicatesIT {

    private static boolean written;
    private static String personKey;
    private static String place;
    private static CaseDocument gridReport;
    private static CaseDocument hotlineReport;
    private static CaseDocument samePersonAtSibling;
    private static CaseDocument unrelated;

    @LocalServerPort
    int port;

    @Autowired
    CaseIndexWriter writer;

    @Autowired
    CaseIndex index;

    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    @BeforeEach
    void writeTheReports() throws Exception {
        if (written) {
            return;
        }
        String run = UUID.randomUUID().toString().substring(0, 6);
        personKey = "person-" + run;
        place = "长安社区" + run + "号楼";
        Instant now = Instant.now();
        gridReport = Documents.withPlaceAndParties(
                Documents.openCase("140404001001", "楼道污水管破裂", "网格员巡查发现" + place + "污水管破裂外溢", "HAZARD", now),
                place,
                List.of("grid-" + run));
        hotlineReport = Documents.withPlaceAndParties(
                Documents.openCase(
                        "140404001001", "12345反映污水管破裂", place + "污水管破裂，楼道有积水", "HAZARD", now.plusSeconds(3600)),
                place,
                List.of("caller-" + run));
        samePersonAtSibling = Documents.withPlaceAndParties(
                Documents.openCase("140404001002", "讨要工资", "同一申请人在府后街社区再次反映", "WAGE_ARREARS", now),
                "府后街" + run,
                List.of(personKey));
        unrelated = Documents.openCase("140404001001", "邻里噪音纠纷", "楼上装修噪音", "NEIGHBOURS", now);
        CaseDocument wages = Documents.withPlaceAndParties(
                Documents.openCase("140404001001", "农民工讨薪", "申请人反映工资被拖欠", "WAGE_ARREARS", now),
                "长安工地" + run,
                List.of(personKey));
        Documents.index(
                index, writer, client, List.of(gridReport, hotlineReport, samePersonAtSibling, unrelated, wages));
        written = true;
        wagesId = wages.id();
    }

    private static String wagesId;

    private List<String> duplicateIds(String user, String caseId) {
        Http.Response response =
                Http.get("http://localhost:" + port + "/api/search/cases/" + caseId + "/duplicates", Tokens.of(user));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return ids(response.json());
    }

    private static List<String> ids(JsonNode candidates) {
        var ids = new ArrayList<String>();
        candidates.forEach(c -> ids.add(c.get("document").get("id").asString()));
        return ids;
    }

    @Test
    void aHotlineCallAboutTheSameBurstPipeIsRecognised() {
        assertThat(duplicateIds("changan.admin", gridReport.id()))
                .contains(hotlineReport.id())
                .doesNotContain(unrelated.id(), gridReport.id());
    }

    @Test
    void theSamePersonReportingAtTwoVillagesIsSeenFromAbove() {
        assertThat(duplicateIds("shangdang.admin", wagesId)).contains(samePersonAtSibling.id());
    }

    @Test
    void aVillageNeverLearnsOfItsSiblingsCasesThroughDuplicates() {
        assertThat(duplicateIds("changan.admin", wagesId)).doesNotContain(samePersonAtSibling.id());
        Http.Response sibling = Http.get(
                "http://localhost:" + port + "/api/search/cases/" + wagesId + "/duplicates", Tokens.of("fuhou.admin"));
        assertThat(sibling.status()).isEqualTo(404);
    }

    @Test
    void aReportBeingTakenInIsCheckedBeforeItBecomesACase() {
        Http.Response response = Http.postJson(
                "http://localhost:" + port + "/api/search/duplicates",
                Tokens.of("changan.grid"),
                Http.json(Map.of("title", "污水管破裂", "description", place + "污水外溢", "place", place)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response.json())).contains(gridReport.id(), hotlineReport.id());
        JsonNode first = response.json().get(0);
        assertThat(first.get("reasons").toString()).contains("similar-text", "same-place");
    }

    @Test
    void anEmptyDraftIsA400() {
        Http.Response response =
                Http.postJson("http://localhost:" + port + "/api/search/duplicates", Tokens.of("changan.grid"), "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("title");
    }

    @Test
    void aNullAmongThePartyKeysIsA400NamingIt() {
        Http.Response response = Http.postJson(
                "http://localhost:" + port + "/api/search/duplicates",
                Tokens.of("changan.grid"),
                "{\"title\":\"污水管破裂\",\"partyKeys\":[\"abc\",null]}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("partyKeys[1]");
    }
}
