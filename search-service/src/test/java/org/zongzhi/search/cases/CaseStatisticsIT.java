package org.zongzhi.search.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.search.cases.CaseBuilder.takenIn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

@PlatformIntegrationTest
class CaseStatisticsIT {

    private static final String HANDIAN = "140404001";
    private static final String CHANGAN = "140404001001";
    private static final String FUHOU = "140404001002";

    private static boolean written;
    private static LocalDate day;
    private static String respondent;

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
        day = LocalDate.of(ThreadLocalRandom.current().nextInt(2300, 9000), 6, 1);
        Instant at = day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        respondent = "某建筑公司-" + UUID.randomUUID().toString().substring(0, 6);
        var cases = new ArrayList<CaseDocument>(List.of(
                takenIn(CHANGAN, at)
                        .about("WAGE_ARREARS")
                        .mediated(true, 7)
                        .followedUp("SATISFIED")
                        .build(),
                takenIn(CHANGAN, at)
                        .about("WAGE_ARREARS")
                        .guidedToLitigation(false, 30)
                        .followedUp("DISSATISFIED")
                        .build(),
                takenIn(CHANGAN, at)
                        .about("PROPERTY_MANAGEMENT")
                        .accepted(false)
                        .build(),
                takenIn(CHANGAN, at).about("NEIGHBOURS").build(),
                takenIn(FUHOU, at).about("NEIGHBOURS").mediated(true, 2).build()));
        Instant recently = Instant.now().minusSeconds(86_400);
        for (int i = 0; i < 5; i++) {
            cases.add(takenIn(CHANGAN, recently)
                    .about("WAGE_ARREARS")
                    .against(respondent, "长安工地")
                    .build());
        }
        // the next day: what is still open, by colour, and the supervision orders on it
        Instant nextDay = at.plusSeconds(86_400);
        cases.add(takenIn(CHANGAN, nextDay)
                .warned("RED")
                .supervised(2, 1, 1, Instant.now().minusSeconds(3_600))
                .build());
        cases.add(takenIn(CHANGAN, nextDay)
                .warned("YELLOW")
                .supervised(1, 1, 0, nextDay.plusSeconds(7 * 86_400))
                .build());
        cases.add(takenIn(CHANGAN, nextDay).mediated(true, 3).build());
        Documents.index(index, writer, client, cases);
        written = true;
    }

    private Http.Response get(String user, String path) {
        return Http.get("http://localhost:" + port + "/api/search/" + path, Tokens.of(user));
    }

    private JsonNode stats(String user, String query) {
        Http.Response response = get(user, "stats?from=" + day + "&to=" + day + "&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aVillagesNumbersFollowTheOneDefinition() {
        JsonNode overall = stats("changan.admin", "").get("overall");

        assertThat(overall.get("found").asLong()).isEqualTo(4);
        assertThat(overall.get("accepted").asLong()).isEqualTo(3);
        assertThat(overall.get("resolved").asLong()).isEqualTo(1);
        assertThat(overall.get("closed").asLong()).isEqualTo(2);
        assertThat(overall.get("resolutionRate").asDouble()).isEqualTo(0.25);
        assertThat(overall.get("closureRate").asDouble()).isEqualTo(0.6667);
        assertThat(overall.get("onTimeClosureRate").asDouble()).isEqualTo(0.5);
        assertThat(overall.get("timelyAcceptanceRate").asDouble()).isEqualTo(0.6667);
        assertThat(overall.get("followUpRate").asDouble()).isEqualTo(1.0);
        assertThat(overall.get("satisfactionRate").asDouble()).isEqualTo(0.5);
        assertThat(overall.get("averageCycleDays").asDouble()).isEqualTo(18.5);
    }

    @Test
    void aTownshipRollsUpItsVillagesTheSameWay() {
        JsonNode report = stats("handian.admin", "groupBy=child");

        assertThat(report.get("overall").get("found").asLong()).isEqualTo(5);
        assertThat(report.get("overall").get("resolved").asLong()).isEqualTo(2);
        JsonNode groups = report.get("groups");
        assertThat(groups.findValuesAsString("key")).containsExactlyInAnyOrder(CHANGAN, FUHOU);
        for (JsonNode group : groups) {
            if (group.get("key").asString().equals(CHANGAN)) {
                assertThat(group.get("measures"))
                        .isEqualTo(stats("changan.admin", "").get("overall"));
            }
        }
    }

    @Test
    void everyCenterOfTheSubtreeGetsItsOwnFiguresInOneAnswer() {
        JsonNode report = stats("handian.admin", "groupBy=center");

        JsonNode groups = report.get("groups");
        assertThat(groups.findValuesAsString("key")).containsExactlyInAnyOrder(HANDIAN, CHANGAN, FUHOU);
        for (JsonNode group : groups) {
            String key = group.get("key").asString();
            JsonNode own = key.equals(HANDIAN)
                    ? report.get("overall")
                    : stats(key.equals(CHANGAN) ? "changan.admin" : "fuhou.admin", "")
                            .get("overall");
            assertThat(group.get("measures")).as(key).isEqualTo(own);
        }
        assertThat(stats("changan.admin", "groupBy=center").get("groups").findValuesAsString("key"))
                .containsExactly(CHANGAN);
    }

    @Test
    void openCasesByColourAndSupervisionOrdersAreCounted() {
        LocalDate next = day.plusDays(1);
        Http.Response response = get("changan.admin", "stats?from=" + next + "&to=" + next + "&groupBy=day");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode overall = response.json().get("overall");

        assertThat(overall.get("found").asLong()).isEqualTo(3);
        assertThat(overall.get("open").asLong()).isEqualTo(2);
        assertThat(overall.get("openRed").asLong()).isEqualTo(1);
        assertThat(overall.get("openYellow").asLong()).isEqualTo(1);
        assertThat(overall.get("openBlue").asLong()).isZero();
        assertThat(overall.get("supervisionOrders").asLong()).isEqualTo(3);
        assertThat(overall.get("supervisionOpen").asLong()).isEqualTo(2);
        assertThat(overall.get("supervisionOverdue").asLong())
                .as("cases with an unanswered order past its due time")
                .isEqualTo(1);
        assertThat(overall.get("supervisionAnsweredLate").asLong()).isEqualTo(1);
        JsonNode days = response.json().get("groups");
        assertThat(days.findValuesAsString("key")).containsExactly(next.toString());
        assertThat(days.get(0).get("measures").get("found").asLong()).isEqualTo(3);
    }

    @Test
    void aChartsBreakdownCanAskForTheBasicFiguresOnly() {
        JsonNode report = stats("changan.admin", "groupBy=category&detail=basic");

        JsonNode wages = report.get("groups").get(0);
        assertThat(wages.get("key").asString()).isEqualTo("WAGE_ARREARS");
        assertThat(wages.get("measures").get("found").asLong()).isEqualTo(2);
        assertThat(wages.get("measures").get("resolved").asLong()).isEqualTo(1);
        assertThat(wages.get("measures").get("closed").asLong()).isEqualTo(2);
        assertThat(wages.get("measures").get("resolutionRate").asDouble()).isEqualTo(0.5);
        assertThat(wages.get("measures").has("followUpRate")).isFalse();
        assertThat(report.get("overall").get("found").asLong()).isEqualTo(4);
        assertThat(report.get("overall").has("followUpRate"))
                .as("the overall figures are the basic ones too")
                .isFalse();
        assertThat(get("changan.admin", "stats?groupBy=category&detail=everything")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void breaksDownByCategory() {
        JsonNode groups = stats("changan.admin", "groupBy=category").get("groups");

        assertThat(groups.findValuesAsString("key")).contains("WAGE_ARREARS", "PROPERTY_MANAGEMENT", "NEIGHBOURS");
        assertThat(groups.get(0).get("key").asString()).isEqualTo("WAGE_ARREARS");
        assertThat(groups.get(0).get("measures").get("found").asLong()).isEqualTo(2);
    }

    @Test
    void nobodyGetsNumbersOutsideTheirSubtree() {
        assertThat(get("changan.admin", "stats?center=" + FUHOU).status()).isEqualTo(404);
        assertThat(get("changan.admin", "stats?center=140404001").status()).isEqualTo(404);
        assertThat(get("yongji.admin", "stats?center=" + CHANGAN).status()).isEqualTo(404);
        assertThat(stats("fuhou.admin", "").get("overall").get("found").asLong())
                .isEqualTo(1);
    }

    @Test
    void manyCasesAgainstOneRespondentRaiseAGroupDisputeWarning() {
        JsonNode village = get("changan.admin", "alerts?days=7&threshold=5").json();
        JsonNode sibling = get("fuhou.admin", "alerts?days=7&threshold=5").json();

        assertThat(village.findValuesAsString("value")).contains(respondent);
        assertThat(sibling.findValuesAsString("value")).doesNotContain(respondent);
    }

    @Test
    void wageArrearsAreAHighFrequencyProblemThisMonth() {
        JsonNode trends = get("changan.admin", "trends?days=30").json();

        assertThat(trends.findValuesAsString("category")).contains("WAGE_ARREARS");
    }

    @Test
    void badParametersGetAClearAnswer() {
        for (String bad : List.of(
                "stats?groupBy=weather",
                "stats?center=1",
                "trends?days=0",
                "alerts?threshold=1",
                "stats?from=2025-13-01")) {
            Http.Response response = get("changan.admin", bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
        }
        assertThat(get("changan.admin", "stats?groupBy=child").status()).isEqualTo(400);
    }
}
