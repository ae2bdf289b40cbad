package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.cases.fixtures.SiblingServices;
import org.zongzhi.cases.outbox.OutboxRelay;
import tools.jackson.databind.JsonNode;

/**
 * Intake points out likely repeats by the platform's one duplicate rule, search-service's: the same party,
 * or similar text at the same place or of the same category, across channels.
 */
@CaseServiceIT
class IntakeRepeatsIT {

    private static String search;

    @LocalServerPort
    int port;

    @Autowired
    OutboxRelay relay;

    Api api;
    int n;

    @BeforeAll
    static void searchServiceRuns() {
        search = SiblingServices.searchService();
    }

    @BeforeEach
    void setUp() {
        api = new Api(port);
        n = People.fresh();
    }

    @Test
    void anObviousRepeatIsFoundAtIntakeByTheSearchServicesRule() {
        String place = "长安社区" + n + "号楼";
        Map<String, Object> first = sewage(place, List.of(Intakes.person("赵六", n)));
        String firstId =
                api.intake("changan.admin", first).get("case").get("id").asString();
        indexed(firstId);

        JsonNode sameApplicant = api.intake(
                "changan.grid",
                Intakes.with(sewage(place, List.of(Intakes.person("赵六", n))), "channel", "GRID_REPORT"));
        JsonNode noParties = api.intake(
                "changan.grid",
                Intakes.with(
                        Intakes.with(sewage(place, List.of()), "channel", "GRID_REPORT"),
                        "title",
                        place + "下水管道破裂污水外溢"));

        assertThat(sameApplicant.get("possibleDuplicates").findValuesAsString("id"))
                .contains(firstId);
        assertThat(noParties.get("possibleDuplicates").findValuesAsString("id")).contains(firstId);
        assertThat(noParties.get("possibleDuplicates").findValuesAsString("id"))
                .doesNotContain(noParties.get("case").get("id").asString());
        JsonNode ref = noParties.get("possibleDuplicates").get(0);
        assertThat(ref.get("code").asString()).isNotBlank();
        assertThat(ref.get("holderCenter").asString()).isEqualTo("140404001001");
    }

    private static Map<String, Object> sewage(String place, List<Map<String, Object>> applicants) {
        Map<String, Object> form =
                Intakes.form("WALK_IN", "ENVIRONMENT", place + "下水管破裂，污水外溢到路面", applicants, List.of());
        form.put("place", place);
        form.put("description", place + "门前下水管破裂，污水外溢到路面，气味很大，居民出行不便。");
        return form;
    }

    /** Publishes the outbox and waits until search-service has indexed the case. */
    private void indexed(String id) {
        Api searchApi = new Api(search);
        await("search-service indexes " + id)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    relay.relayAll();
                    return searchApi
                                    .get("changan.admin", "/api/search/cases/" + id)
                                    .status()
                            == 200;
                });
    }
}
