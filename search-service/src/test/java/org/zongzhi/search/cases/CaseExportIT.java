package org.zongzhi.search.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.springframework.test.context.TestPropertySource;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.CaseSheet;
import org.zongzhi.search.cases.infrastructure.CaseIndex;
import org.zongzhi.search.cases.infrastructure.CaseIndexWriter;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * The Excel export against the real Elasticsearch, two cases a page so every export here spans several
 * point-in-time pages. The cases are taken in on a day of this run's own (a random far-future year).
 */
@PlatformIntegrationTest
@TestPropertySource(properties = "platform.export.page-size=2")
class CaseExportIT {

    private static final String CHANGAN = "140404001001";
    private static final String FUHOU = "140404001002";
    private static final String HANDIAN = "140404001";
    private static final String YONGJI_TOWNSHIP = "140881001";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static boolean written;
    private static LocalDate day;
    private static List<CaseDocument> changan;
    private static CaseDocument fuhou;
    private static CaseDocument yongji;
    private static CaseDocument escalated;

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
        day = LocalDate.of(ThreadLocalRandom.current().nextInt(2300, 9000), 5, 20);
        Instant at = day.atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        changan = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            changan.add(
                    Documents.openCase(CHANGAN, "长安欠薪第" + i + "件", "工人讨薪", "WAGE_ARREARS", at.plusSeconds(600L * i)));
        }
        changan.set(0, Documents.withPartyNames(changan.get(0), List.of("王小明", "欧阳娜娜")));
        fuhou = Documents.openCase(FUHOU, "府后物业纠纷", "物业费", "PROPERTY_MANAGEMENT", at.plusSeconds(7000));
        yongji = Documents.openCase(YONGJI_TOWNSHIP, "永济欠薪", "工厂欠薪", "WAGE_ARREARS", at.plusSeconds(8000));
        escalated = Documents.handled(
                CHANGAN, HANDIAN, List.of(CHANGAN), "长安上报街道", "调解不成", "LAND_AND_HOMESTEAD", at.plusSeconds(9000));
        var all = new ArrayList<>(changan);
        all.addAll(List.of(fuhou, yongji, escalated));
        Documents.index(index, writer, client, all);
        written = true;
    }

    private String day() {
        return "createdFrom=" + day + "&createdTo=" + day;
    }

    private HttpResponse<byte[]> export(String user, String query) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/search/cases/export?" + day() + "&" + query))
                        .header("Authorization", "Bearer " + Tokens.of(user))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<List<String>> exported(String user, String query) throws Exception {
        HttpResponse<byte[]> response = export(user, query);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        List<List<String>> rows = Workbooks.rows(response.body());
        assertThat(rows.getFirst()).isEqualTo(CaseSheet.HEADER);
        return rows.subList(1, rows.size());
    }

    private static List<String> codes(List<List<String>> rows) {
        return rows.stream().map(List::getFirst).toList();
    }

    private List<String> searched(String user, String query) {
        Http.Response response = Http.get(
                "http://localhost:" + port + "/api/search/cases?" + day() + "&size=100&" + query, Tokens.of(user));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var codes = new ArrayList<String>();
        response.json()
                .get("items")
                .forEach(item -> codes.add(item.get("document").get("code").asString()));
        return codes;
    }

    @Test
    void theExportHoldsExactlyTheRowsOfTheSearchInItsOrder() throws Exception {
        for (String query : List.of("sort=newest", "sort=oldest", "q=欠薪", "category=WAGE_ARREARS&sort=risk", "")) {
            assertThat(codes(exported("shangdang.admin", query)))
                    .as(query)
                    .isEqualTo(searched("shangdang.admin", query));
        }
        assertThat(codes(exported("changan.admin", "sort=oldest")))
                .containsExactlyElementsOf(
                        java.util.stream.Stream.concat(changan.stream(), java.util.stream.Stream.of(escalated))
                                .map(CaseDocument::code)
                                .toList());
    }

    @Test
    void aRowSaysTheCaseInChineseWithNamesMasked() throws Exception {
        List<List<String>> rows = exported("changan.admin", "sort=oldest");
        List<String> first = rows.getFirst();
        CaseDocument c = changan.getFirst();

        assertThat(first.get(0)).isEqualTo(c.code());
        assertThat(first.get(1)).isEqualTo(c.title());
        assertThat(first.get(6)).isEqualTo("正常");
        assertThat(first.get(7)).isEqualTo(CHANGAN);
        assertThat(first.get(9)).isEqualTo("王**、欧***");
        assertThat(first.get(11)).isEqualTo(day + " 08:00");
        assertThat(String.join(
                        "|",
                        rows.stream().flatMap(List::stream).map(String::valueOf).toList()))
                .doesNotContain("王小明", "欧阳娜娜", "工人讨薪", "party-");
    }

    @Test
    void noCenterExportsAnotherCentersCases() throws Exception {
        assertThat(codes(exported("fuhou.admin", ""))).containsExactly(fuhou.code());
        assertThat(codes(exported("fuhou.admin", "center=" + CHANGAN))).isEmpty();
        assertThat(codes(exported("yongji.admin", ""))).containsExactly(yongji.code());
        assertThat(codes(exported("handian.admin", "center=" + FUHOU))).containsExactly(fuhou.code());
        assertThat(codes(exported("yongji.admin", "center=" + HANDIAN))).isEmpty();
        assertThat(codes(exported("shangdang.admin", ""))).hasSize(7).doesNotContain(yongji.code());
    }

    @Test
    void aBadFilterIsAProblemNotAFile() throws Exception {
        for (String bad : List.of("level=hamlet", "createdTo=tomorrow", "sort=popular", "center=12345")) {
            HttpResponse<byte[]> response = export("changan.admin", bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(bad)
                    .startsWith("application/problem+json");
        }
    }

    @Test
    void everyExportIsAuditedWithWhoWhichFiltersAndHowManyRows() throws Exception {
        int rows = exported("changan.admin", "status=investigating").size();

        JsonNode records = Http.get(
                        "http://localhost:" + port + "/api/search/exports?username=changan.admin&size=20",
                        Tokens.of("changan.admin"))
                .json();
        JsonNode record = null;
        for (JsonNode r : records) {
            if (day.toString().equals(r.get("filters").path("createdFrom").asString())
                    && "investigating".equals(r.get("filters").path("status").asString())) {
                record = r;
                break;
            }
        }
        assertThat(record).as(records.toString()).isNotNull();
        assertThat(record.get("rows").asLong()).isEqualTo(rows).isEqualTo(6);
        assertThat(record.get("center").asString()).isEqualTo(CHANGAN);
        assertThat(record.get("kind").asString()).isEqualTo("cases");
        assertThat(record.get("completed").asBoolean()).isTrue();

        JsonNode sibling = Http.get(
                        "http://localhost:" + port + "/api/search/exports?username=changan.admin&size=20",
                        Tokens.of("fuhou.admin"))
                .json();
        assertThat(sibling.isEmpty()).as("a sibling reads none of 长安's exports").isTrue();
        JsonNode parent = Http.get(
                        "http://localhost:" + port + "/api/search/exports?username=changan.admin&size=20",
                        Tokens.of("shangdang.admin"))
                .json();
        assertThat(parent.toString()).contains(day.toString());
    }

    @Test
    void anExportTheConsoleWroteIsAuditedAsTheSignedInPerson() {
        String url = "http://localhost:" + port + "/api/search/exports";
        String marker = "D" + System.nanoTime();
        Http.Response recorded = Http.postJson(
                url,
                Tokens.of("changan.admin"),
                Http.json(java.util.Map.of(
                        "kind",
                        "numbers",
                        "filters",
                        java.util.Map.of("center", CHANGAN, "period", marker),
                        "rows",
                        3)));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("username").asString()).isEqualTo("changan.admin");
        assertThat(recorded.json().get("center").asString()).isEqualTo(CHANGAN);
        assertThat(Http.get(url + "?username=changan.admin&size=50", Tokens.of("changan.admin"))
                        .body())
                .contains(marker);
        for (String bad : java.util.List.of(
                "{\"kind\":\"cases\",\"rows\":1}", "{\"kind\":\"numbers\"}", "{\"kind\":\"numbers\",\"rows\":-1}")) {
            Http.Response refused = Http.postJson(url, Tokens.of("changan.admin"), bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
