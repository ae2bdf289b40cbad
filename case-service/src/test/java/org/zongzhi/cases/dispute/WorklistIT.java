package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.cases.fixtures.StoryUsers;
import org.zongzhi.cases.fixtures.TestClock;
import org.zongzhi.cases.supervision.WarningScan;
import tools.jackson.databind.JsonNode;

/** The 待办 of a person and of a center: what waits for them, soonest due first, and nobody else's. */
@CaseServiceIT
class WorklistIT {

    private static final String CLERK = "handian.clerk";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    WarningScan scan;

    Api api;
    int n;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        n = People.fresh();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPersonSeesTheCasesTheyAreResponsibleForAndTheTasksNamingThem() {
        String mine = intake(CLERK);
        String colleagues = intake("handian.admin");
        api.act(CLERK, mine, "file", null);
        String task = api.act(CLERK, mine, "assignments", Map.of("mediator", "shangdang.mediator"))
                .get("tasks")
                .get(0)
                .get("id")
                .asString();

        List<JsonNode> clerks = all(CLERK, "mine");
        assertThat(ids(clerks, "RESPONSIBLE")).contains(mine).doesNotContain(colleagues);
        assertThat(ids(clerks, "TASK")).doesNotContain(mine);
        assertThat(ids(all("handian.admin", "center"), "RESPONSIBLE")).contains(mine, colleagues);
        assertThat(ids(all("handian.admin", "center"), "TASK")).contains(mine);

        List<JsonNode> mediators = all("shangdang.mediator", "mine");
        JsonNode item = only(mediators, "TASK", mine);
        assertThat(item.get("taskId").asString()).isEqualTo(task);
        assertThat(item.get("code").asString()).contains("-");
        assertThat(item.get("statusLabel").asString()).isEqualTo("已指派");
        assertThat(item.get("dueAt").isNull()).isFalse();
        assertThat(item.get("detail").asString()).contains("待接诊");
        assertThat(ids(all("shangdang.admin", "center"), "TASK")).doesNotContain(mine);

        api.act("shangdang.mediator", mine, "tasks/" + task + "/accept", null);
        api.act("shangdang.mediator", mine, "tasks/" + task + "/part", Map.of("contribution", "已核实"));
        assertThat(ids(all("shangdang.mediator", "mine"), "TASK")).doesNotContain(mine);

        JsonNode page = api.get(CLERK, "/api/cases/worklist?scope=mine&kind=RESPONSIBLE&size=5")
                .json();
        assertThat(page.get("counts").propertyNames())
                .containsExactly("RESPONSIBLE", "TASK", "TRANSFER", "SUPERVISION");
        assertThat(page.get("counts").get("RESPONSIBLE").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(5);
        page.get("items").forEach(i -> assertThat(i.get("kind").asString()).isEqualTo("RESPONSIBLE"));
    }

    @Test
    void aCenterSeesTransfersToAcceptAndSupervisionOrdersToAnswer() {
        String escalated = intake("changan.admin");
        api.act("changan.admin", escalated, "escalate", Map.of("reason", "村里调解不成"));
        String overdue = intake(CLERK);
        Instant due = Instant.parse(
                api.read(CLERK, overdue).get("deadline").get("dueAt").asString());
        clock.setTo(due.plus(Duration.ofMinutes(5)));
        scan.scan();

        List<JsonNode> township = all("handian.admin", "mine");
        JsonNode transfer = only(township, "TRANSFER", escalated);
        assertThat(transfer.get("detail").asString()).contains("上报", "140404001001", "村里调解不成");
        JsonNode order = only(township, "SUPERVISION", overdue);
        assertThat(order.get("orderId").isNull()).isFalse();
        assertThat(order.get("detail").asString()).contains("督办", "140404");
        assertThat(ids(all("handian.admin", "center"), "SUPERVISION")).contains(overdue);
        assertThat(ids(all("changan.admin", "center"), "RESPONSIBLE")).doesNotContain(escalated);
        List<Instant> dues = township.stream()
                .map(i -> i.get("dueAt").isNull()
                        ? null
                        : Instant.parse(i.get("dueAt").asString()))
                .toList();
        for (int i = 1; i < dues.size(); i++) {
            assertThat(
                            dues.get(i - 1) == null
                                    ? dues.get(i) == null
                                    : dues.get(i) == null || !dues.get(i).isBefore(dues.get(i - 1)))
                    .as("sorted by dueAt, nulls last, at " + i)
                    .isTrue();
        }
        String orderId = order.get("orderId").asString();
        api.act("handian.admin", overdue, "supervisions/" + orderId + "/response", Map.of("response", "已加派人手"));
        assertThat(ids(all("handian.admin", "mine"), "SUPERVISION")).doesNotContain(overdue);
    }

    @Test
    void siblingChildParentAndCousinCentersNeverSeeEachOthersItems() {
        String sibling = StoryUsers.ensure("sudian.admin", "140404101", "center-admin");
        String cousin = StoryUsers.ensure("sudian.village.admin", "140404101200", "center-admin");
        String townshipCase = intake(CLERK);
        String villageCase = intake("changan.admin");
        String escalated = intake("changan.admin");
        api.act("changan.admin", escalated, "escalate", Map.of("reason", "村里调解不成"));

        List<String> township = List.of(townshipCase, escalated);
        for (String other : List.of("changan.admin", "shangdang.admin", sibling, cousin, "fuhou.admin")) {
            for (String scope : List.of("mine", "center")) {
                assertThat(ids(all(other, scope), null)).as(other + " " + scope).doesNotContainAnyElementsOf(township);
            }
        }
        for (String other : List.of("handian.admin", "shangdang.admin", "fuhou.admin", cousin)) {
            assertThat(ids(all(other, "center"), null)).as(other).doesNotContain(villageCase);
        }
        assertThat(ids(all("changan.admin", "center"), "RESPONSIBLE")).contains(villageCase);
        Api.problem(api.get(CLERK, "/api/cases/worklist?scope=everyone"), 400);
        assertThat(Api.problem(api.get(CLERK, "/api/cases/worklist?kind=NOTES"), 400)
                        .get("field")
                        .asString())
                .isEqualTo("kind");
    }

    private String intake(String user) {
        n += 2;
        return api.intake(user, Intakes.neighbourQuarrel(n))
                .get("case")
                .get("id")
                .asString();
    }

    /** Every item of the worklist, page after page. */
    private List<JsonNode> all(String user, String scope) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var response = api.get(user, "/api/cases/worklist?scope=" + scope + "&size=100&page=" + page);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            response.json().get("items").forEach(items::add);
            if (!response.json().get("hasNext").asBoolean()) {
                return items;
            }
        }
        throw new AssertionError("more than 50 pages of work for " + user);
    }

    private static List<String> ids(List<JsonNode> items, String kind) {
        return items.stream()
                .filter(i -> kind == null || kind.equals(i.get("kind").asString()))
                .map(i -> i.get("caseId").asString())
                .toList();
    }

    private static JsonNode only(List<JsonNode> items, String kind, String caseId) {
        List<JsonNode> found = items.stream()
                .filter(i -> kind.equals(i.get("kind").asString())
                        && caseId.equals(i.get("caseId").asString()))
                .toList();
        assertThat(found).as(kind + " " + caseId).hasSize(1);
        return found.getFirst();
    }
}
