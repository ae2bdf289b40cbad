package org.zongzhi.search.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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

/**
 * Searching the real Elasticsearch with the platform's Chinese analysis. Each run writes its cases on days of
 * its own (a random far-future year), so counts are exact whatever earlier runs left in the shared index.
 */
@PlatformIntegrationTest
class CaseSearchIT {

    private static final String CHANGAN = "140404001001";
    private static final String FUHOU = "140404001002";
    private static final String HANDIAN = "140404001";
    private static final String YONGJI_TOWNSHIP = "140881001";

    private static boolean written;
    private static LocalDate day;
    private static CaseDocument wages;
    private static CaseDocument property;
    private static CaseDocument siblingProperty;
    private static CaseDocument siblingProject;
    private static CaseDocument otherCountyWages;
    private static CaseDocument escalated;
    private static CaseDocument noted;
    private static String internalWord;

    @LocalServerPort
    int port;

    @Autowired
    CaseIndexWriter writer;

    @Autowired
    CaseIndex index;

    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    @BeforeEach
    void writeTheCases() throws Exception {
        if (written) {
            return;
        }
        day = LocalDate.of(ThreadLocalRandom.current().nextInt(2300, 9000), 3, 15);
        Instant at = day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        wages = Documents.openCase(CHANGAN, "农民工工资被拖欠三个月", "六名农民工反映包工头2025年欠薪，无书面合同", "WAGE_ARREARS", at);
        property = Documents.openCase(CHANGAN, "小区物业服务差", "电梯长期停运，物业公司不作为", "PROPERTY_MANAGEMENT", at);
        siblingProperty = Documents.openCase(FUHOU, "物业公司乱收费", "居民反映物业费上涨", "PROPERTY_MANAGEMENT", at);
        siblingProject = Documents.openCase(FUHOU, "拖欠工程款", "施工队讨要工程款", "CONSTRUCTION_PAYMENT", at);
        otherCountyWages = Documents.openCase(YONGJI_TOWNSHIP, "工厂欠薪", "工人讨薪", "WAGE_ARREARS", at);
        escalated = Documents.handled(
                CHANGAN, HANDIAN, List.of(CHANGAN), "邻里宅基地纠纷上报", "村里调解不成，上报街道", "LAND_AND_HOMESTEAD", at);
        internalWord = "暗访记录" + Long.toString(System.nanoTime() % 100_000, 36);
        noted = Documents.withNotes(
                Documents.openCase(CHANGAN, "路口井盖缺失", "网格员巡查发现井盖缺失", "HAZARD", at),
                List.of("已派人设置警示标志"),
                List.of("内部：反映人多次投诉，" + internalWord));
        Documents.index(
                index,
                writer,
                client,
                List.of(wages, property, siblingProperty, siblingProject, otherCountyWages, escalated, noted));
        written = true;
    }

    private JsonNode search(String user, String query) {
        Http.Response response = Http.get(
                "http://localhost:" + port + "/api/search/cases?createdFrom=" + day + "&createdTo=" + day + "&" + query,
                Tokens.of(user));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode result) {
        var ids = new ArrayList<String>();
        result.get("items")
                .forEach(item -> ids.add(item.get("document").get("id").asString()));
        return ids;
    }

    @Test
    void internalNotesAreSearchedAndShownOnlyForThoseWhoReadThem() {
        assertThat(ids(search("changan.admin", "q=" + internalWord))).containsExactly(noted.id());
        assertThat(ids(search("changan.grid", "q=" + internalWord)))
                .as("a grid worker cannot find a case by its internal note")
                .isEmpty();
        JsonNode reporterHit = search("changan.grid", "q=警示标志");
        assertThat(ids(reporterHit)).contains(noted.id());
        assertThat(reporterHit.toString()).doesNotContain(internalWord).contains("已派人设置警示标志");
        assertThat(search("changan.admin", "q=警示标志").toString()).contains(internalWord);
    }

    @Test
    void findsWageArrearsByChineseWords() {
        assertThat(ids(search("changan.admin", "q=欠薪"))).contains(wages.id());
        assertThat(ids(search("changan.admin", "q=农民工工资")).getFirst()).isEqualTo(wages.id());
        assertThat(ids(search("changan.admin", "q=物业"))).containsExactly(property.id());
    }

    @Test
    void findsAMixOfChineseAndDigitsAndCaseCodes() {
        assertThat(ids(search("changan.admin", "q=2025年欠薪"))).contains(wages.id());
        assertThat(ids(search("changan.admin", "q=" + wages.code()))).first().isEqualTo(wages.id());
    }

    @Test
    void aVillageNeverFindsItsSiblingsCases() {
        assertThat(ids(search("changan.admin", "q=物业")))
                .doesNotContain(siblingProperty.id())
                .contains(property.id());
        assertThat(ids(search("fuhou.admin", "q=物业"))).containsExactly(siblingProperty.id());
        assertThat(ids(search("fuhou.admin", "q=欠薪"))).doesNotContain(wages.id());
        assertThat(ids(search("changan.admin", "center=" + FUHOU))).isEmpty();
    }

    @Test
    void facetsCountOnlyWhatTheCallerMaySee() {
        JsonNode village = search("changan.admin", "size=1");
        JsonNode county = search("shangdang.admin", "size=1");

        assertThat(village.get("total").asLong()).isEqualTo(4);
        assertThat(village.get("facets").get("category").toString()).doesNotContain("CONSTRUCTION_PAYMENT");
        assertThat(county.get("total").asLong()).isEqualTo(6);
        assertThat(county.get("facets").get("category").findValuesAsString("value"))
                .contains("CONSTRUCTION_PAYMENT", "PROPERTY_MANAGEMENT", "WAGE_ARREARS");
    }

    @Test
    void aCountySeesExactlyItsSubtreeAndTheProvinceSeesAll() {
        assertThat(ids(search("shangdang.admin", "size=100")))
                .containsExactlyInAnyOrder(
                        wages.id(),
                        property.id(),
                        siblingProperty.id(),
                        siblingProject.id(),
                        escalated.id(),
                        noted.id());
        assertThat(ids(search("yongji.admin", "size=100"))).containsExactly(otherCountyWages.id());
        assertThat(ids(search("province.admin", "size=100"))).hasSize(7);
    }

    @Test
    void anEscalatedCaseStaysVisibleToEveryCenterThatHeldIt() {
        assertThat(ids(search("changan.admin", "q=宅基地"))).containsExactly(escalated.id());
        assertThat(ids(search("handian.admin", "q=宅基地"))).containsExactly(escalated.id());
        assertThat(ids(search("fuhou.admin", "q=宅基地"))).isEmpty();
    }

    @Test
    void filtersByCategoryAndLevelAndHighlightsMatches() {
        JsonNode result = search("shangdang.admin", "q=物业&category=property_management&level=VILLAGE");

        assertThat(ids(result)).containsExactlyInAnyOrder(property.id(), siblingProperty.id());
        assertThat(result.get("items").get(0).get("highlights").toString()).contains("<em>");
    }

    @Test
    void aCaseIsReadOnlyWithinReach() {
        String url = "http://localhost:" + port + "/api/search/cases/";

        assertThat(Http.get(url + property.id(), Tokens.of("changan.admin")).status())
                .isEqualTo(200);
        assertThat(Http.get(url + property.id(), Tokens.of("fuhou.admin")).status())
                .isEqualTo(404);
        assertThat(Http.get(url + property.id(), Tokens.of("yongji.admin")).status())
                .isEqualTo(404);
    }

    @Test
    void badParametersGetAClearAnswer() {
        String url = "http://localhost:" + port + "/api/search/cases?";
        String token = Tokens.of("changan.admin");

        for (String bad :
                List.of("size=1000", "level=hamlet", "createdFrom=yesterday", "sort=popular", "center=12345")) {
            Http.Response response = Http.get(url + bad, token);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() throws Exception {
        CaseDocument v1 = Documents.openCase(CHANGAN, "版本测试", "第一版", "OTHER", wages.createdAt());
        CaseDocument v3 = Documents.withVersion(v1, 3, "第三版");
        writer.upsert(List.of(v3));
        writer.upsert(List.of(v1));
        writer.upsert(List.of(v3));
        client.indices().refresh(r -> r.index(CaseIndex.ALIAS));

        var stored = client.get(g -> g.index(CaseIndex.ALIAS).id(v1.id()), CaseDocument.class);
        assertThat(stored.source().description()).isEqualTo("第三版");
        assertThat(stored.version()).isEqualTo(3);
    }
}
