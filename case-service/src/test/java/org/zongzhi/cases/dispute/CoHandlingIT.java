package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.cases.fixtures.StoryUsers;
import tools.jackson.databind.JsonNode;

/**
 * Co-handling across centers: the mediator named on a task, wherever their center is, reads the case,
 * accepts the work and records their part; nobody else of their center does. Only real accounts are named.
 */
@CaseServiceIT
class CoHandlingIT {

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
    void theCountysMediatorAcceptsAndRecordsTheirPartOnATownshipsCase() {
        String id = filedAt("handian.clerk");
        JsonNode assigned = api.act(
                "handian.clerk",
                id,
                "assignments",
                Map.of("department", "LABOUR_INSPECTION", "mediator", "shangdang.mediator"));
        String task = assigned.get("tasks").get(0).get("id").asString();
        String tasks = "/api/cases/" + id + "/tasks/" + task;

        assertThat(actions("shangdang.mediator", id)).containsExactly("accept-task");
        assertThat(actions("shangdang.clerk", id)).isEmpty();
        Api.problem(api.post("shangdang.clerk", tasks + "/accept", null), 403);

        api.act("shangdang.mediator", id, "tasks/" + task + "/accept", null);
        assertThat(actions("shangdang.mediator", id)).containsExactly("record-part");
        JsonNode recorded =
                api.act("shangdang.mediator", id, "tasks/" + task + "/part", Map.of("contribution", "核实欠薪金额"));

        assertThat(recorded.get("holderCenter").asString()).isEqualTo("140404001");
        assertThat(recorded.get("tasks").get(0).get("partRecordedBy").asString())
                .isEqualTo("shangdang.mediator");
        assertThat(actions("shangdang.mediator", id)).isEmpty();
        JsonNode last = lastLine("handian.clerk", id);
        assertThat(last.get("action").asString()).isEqualTo("record-part");
        assertThat(last.get("actor").asString()).isEqualTo("shangdang.mediator");
        assertThat(last.get("actorCenter").asString()).isEqualTo("140404");
        assertThat(actions("handian.clerk", id)).contains("feed-back");
    }

    @Test
    void aSiblingsMediatorReadsAndWorksOnlyTheCaseTheyAreNamedOn() {
        String mediator = StoryUsers.ensure("fuhou.mediator", "140404001002", "mediator");
        String id = filedAt("changan.admin");
        String other = filedAt("changan.admin");
        String task = api.act("changan.admin", id, "assignments", Map.of("mediator", mediator))
                .get("tasks")
                .get(0)
                .get("id")
                .asString();

        assertThat(api.read(mediator, id).get("allowedActions").toString()).contains("accept-task");
        assertThat(api.get(mediator, "/api/cases/" + id + "/timeline").status()).isEqualTo(200);
        String code = api.read("changan.admin", id).get("code").asString();
        assertThat(api.get(mediator, "/api/cases/by-code/" + code).status()).isEqualTo(200);
        Api.problem(api.get("fuhou.admin", "/api/cases/by-code/" + code), 404);
        Api.problem(api.get("fuhou.admin", "/api/cases/" + id), 404);
        Api.problem(api.post("fuhou.admin", "/api/cases/" + id + "/tasks/" + task + "/accept", null), 404);
        Api.problem(api.get(mediator, "/api/cases/" + other), 404);
        Api.problem(api.get(mediator, "/api/cases/" + other + "/timeline"), 404);

        api.act(mediator, id, "tasks/" + task + "/accept", null);
        api.act(mediator, id, "tasks/" + task + "/part", Map.of("contribution", "已走访当事人"));
        Api.problem(api.post(mediator, "/api/cases/" + id + "/feedback", Map.of("result", "x")), 404);
        assertThat(api.read("changan.admin", id).get("tasks").get(0).get("part").asString())
                .isEqualTo("已走访当事人");
    }

    @Test
    void anUnknownMediatorIsRefusedNamingTheField() {
        String id = filedAt("handian.clerk");

        JsonNode problem = Api.problem(
                api.post("handian.clerk", "/api/cases/" + id + "/assignments", Map.of("mediator", "王调解员")), 400);

        assertThat(problem.get("field").asString()).isEqualTo("mediator");
        assertThat(api.read("handian.clerk", id).get("tasks")).isEmpty();
    }

    private String filedAt(String user) {
        String id = api.intake(user, Intakes.neighbourQuarrel(n++))
                .get("case")
                .get("id")
                .asString();
        n++;
        api.act(user, id, "file", null);
        return id;
    }

    private List<String> actions(String user, String id) {
        List<String> actions = new ArrayList<>();
        api.read(user, id).get("allowedActions").forEach(a -> actions.add(a.asString()));
        return actions;
    }

    private JsonNode lastLine(String user, String id) {
        JsonNode lines = api.get(user, "/api/cases/" + id + "/timeline").json();
        return lines.get(lines.size() - 1);
    }
}
