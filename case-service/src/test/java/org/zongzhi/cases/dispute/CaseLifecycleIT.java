package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.cases.outbox.OutboxRelay;
import org.zongzhi.platform.events.EventEnvelope;
import org.zongzhi.testsupport.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@CaseServiceIT
class CaseLifecycleIT {

    private static final String CLERK = "handian.clerk";

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @Autowired
    OutboxRelay relay;

    Api api;
    String id;

    @BeforeEach
    void takeACaseIn() {
        api = new Api(port);
        id = api.intake(CLERK, Intakes.neighbourQuarrel(People.fresh()))
                .get("case")
                .get("id")
                .asString();
    }

    @Test
    void aCaseRunsTheClosedLoopFromReportToArchive() {
        api.act(CLERK, id, "file", Map.of("note", "属人民调解范围"));
        JsonNode assigned = api.act(
                CLERK, id, "assignments", Map.of("department", "PEOPLES_MEDIATION", "mediator", "shangdang.mediator"));
        String task = assigned.get("tasks").get(0).get("id").asString();
        api.act(CLERK, id, "tasks/" + task + "/accept", null);
        api.act(CLERK, id, "tasks/" + task + "/part", Map.of("contribution", "组织双方现场查看排水沟"));
        api.act(CLERK, id, "feedback", Map.of("result", "双方同意共同修缮排水沟"));
        api.act(
                CLERK,
                id,
                "close",
                Map.of(
                        "kind",
                        "MEDIATED",
                        "agreements",
                        List.of(Map.of(
                                "parties", List.of("张三", "李四"), "terms", "共同出资修缮排水沟", "signedOn", "2026-11-27"))));
        api.act(CLERK, id, "follow-ups", Map.of("kind", "PHONE", "satisfaction", "SATISFIED"));
        JsonNode archived = api.act(CLERK, id, "archive", null);

        assertThat(archived.get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(archived.get("outcome").asString()).isEqualTo("MEDIATED");
        assertThat(archived.get("satisfaction").asString()).isEqualTo("SATISFIED");
        assertThat(archived.get("allowedActions")).isEmpty();
        assertThat(api.timelineActions(CLERK, id))
                .containsExactly(
                        "report",
                        "file",
                        "assign",
                        "accept-task",
                        "record-part",
                        "feed-back",
                        "close",
                        "follow-up",
                        "archive");
    }

    @Test
    void aRefusedActionIsAConflictNamingTheStateAndWhatIsAllowed() {
        Http.Response response = api.post(CLERK, "/api/cases/" + id + "/archive", null);

        JsonNode problem = Api.problem(response, 409);
        assertThat(problem.get("currentState").asString()).isEqualTo("REPORTED");
        assertThat(problem.get("action").asString()).isEqualTo("archive");
        assertThat(problem.get("allowedActions").toString()).contains("file", "reject", "escalate");
        assertThat(problem.get("detail").asString()).contains("REPORTED", "Allowed now");
    }

    @Test
    void aBrokenRuleIsAConflictSayingWhy() {
        api.act(CLERK, id, "file", null);
        JsonNode consulted = api.act(
                CLERK, id, "consultations", Map.of("departments", List.of("COURT", "JUSTICE"), "topic", "疑难纠纷"));

        JsonNode problem =
                Api.problem(api.post(CLERK, "/api/cases/" + id + "/feedback", Map.of("result", "done")), 409);

        assertThat(problem.get("detail").asString()).contains("waits for the part of");
        assertThat(consulted.get("diagnosis").asString()).isEqualTo("CONSULT");
    }

    @Test
    void badInputToAnActionIsAClientErrorWithTheReason() {
        Api.problem(api.post(CLERK, "/api/cases/" + id + "/reject", Map.of()), 400);
        Api.problem(api.post(CLERK, "/api/cases/" + id + "/escalate", null), 400);
        Api.problem(api.post(CLERK, "/api/cases/" + id + "/refer", Map.of("to", "1404x", "reason", "x")), 400);
        Api.problem(api.post(CLERK, "/api/cases/" + id + "/refer", Map.of("to", "140881", "reason", "x")), 422);
        Api.problem(api.post(CLERK, "/api/cases/not-a-uuid/file", null), 400);
        api.act(CLERK, id, "file", null);
        JsonNode unknownDepartment =
                Api.problem(api.post(CLERK, "/api/cases/" + id + "/assignments", Map.of("department", "MAGIC")), 400);
        assertThat(unknownDepartment.get("detail").asString()).contains("department", "COURT");
        JsonNode formerCode =
                Api.problem(api.post(CLERK, "/api/cases/" + id + "/assignments", Map.of("department", "court")), 400);
        assertThat(formerCode.get("field").asString()).isEqualTo("department");
        assertThat(formerCode.get("detail").asString()).contains("'court'", "send COURT (法院)");
        Api.problem(api.post(CLERK, "/api/cases/" + id + "/tasks/" + UUID.randomUUID() + "/accept", null), 409);
    }

    @Test
    void anUnknownTaskOfAnAssignedCaseIsNotFound() {
        api.act(CLERK, id, "file", null);
        api.act(CLERK, id, "assignments", Map.of("department", "JUSTICE"));

        Api.problem(api.post(CLERK, "/api/cases/" + id + "/tasks/" + UUID.randomUUID() + "/accept", null), 404);
    }

    @Test
    void aMediatorCannotBeGivenAnOutcomeSignedByStrangers() {
        api.act(CLERK, id, "file", null);
        String task = api.act(CLERK, id, "assignments", Map.of("mediator", "shangdang.mediator"))
                .get("tasks")
                .get(0)
                .get("id")
                .asString();
        api.act(CLERK, id, "tasks/" + task + "/accept", null);
        api.act(CLERK, id, "feedback", Map.of("result", "达成一致"));

        JsonNode problem = Api.problem(
                api.post(
                        CLERK,
                        "/api/cases/" + id + "/close",
                        Map.of(
                                "kind",
                                "MEDIATED",
                                "agreements",
                                List.of(Map.of(
                                        "parties", List.of("张三", "陌生人"), "terms", "x", "signedOn", "2026-11-27")))),
                422);
        assertThat(problem.get("detail").asString()).contains("陌生人");
    }

    @Test
    void everyChangeReachesTheEventStreamInOrderWithTheSnapshotAsPayload() {
        api.act(CLERK, id, "file", null);
        api.act(CLERK, id, "notes", Map.of("text", "已通知双方到场", "publicNote", true));
        api.act(CLERK, id, "escalate", Map.of("reason", "需区级协调"));

        relay.relayAll();
        List<EventEnvelope> events = eventsOf(id);

        assertThat(events)
                .hasSize(4)
                .extracting(EventEnvelope::type)
                .containsExactly("CaseReported", "CaseFiled", "CaseNoteAdded", "CaseEscalated");
        assertThat(events).extracting(EventEnvelope::version).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).allSatisfy(e -> assertThat(e.tenant()).isEqualTo("140404001"));
        JsonNode last = json.readTree(events.getLast().payload());
        assertThat(last.get("status").asString()).isEqualTo("TRANSFERRING");
        assertThat(last.get("holderCenter").asString()).isEqualTo("140404");
        assertThat(last.get("formerHolders").toString()).contains("140404001");
        assertThat(last.get("publicNotes").toString()).contains("已通知双方到场");
        assertThat(last.get("parties").get(0).get("idNumber").asString()).contains("****");
        assertThat(last.get("parties").get(0).get("partyKey").asString()).hasSize(64);
    }

    @Test
    void aRefusedActionWritesNeitherTimelineNorEvent() {
        api.post(CLERK, "/api/cases/" + id + "/archive", null);
        api.act(CLERK, id, "file", null);

        relay.relayAll();
        assertThat(eventsOf(id)).hasSize(2);
        assertThat(api.timelineActions(CLERK, id)).containsExactly("report", "file");
    }

    List<EventEnvelope> eventsOf(String caseId) {
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .reverseRange("case-events", Range.unbounded(), Limit.limit().count(5000));
        List<EventEnvelope> events = new ArrayList<>();
        for (MapRecord<String, Object, Object> r :
                records == null ? List.<MapRecord<String, Object, Object>>of() : records) {
            Object envelope = r.getValue().get("envelope");
            if (envelope != null && envelope.toString().contains(caseId)) {
                EventEnvelope e = json.readValue(envelope.toString(), EventEnvelope.class);
                if (e.aggregateId().equals(caseId)) {
                    events.add(e);
                }
            }
        }
        Collections.reverse(events);
        return events;
    }
}
