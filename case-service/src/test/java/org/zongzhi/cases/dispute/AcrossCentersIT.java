package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.dispute.application.TransferExpiry;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.cases.fixtures.SiblingServices;
import org.zongzhi.cases.fixtures.TestClock;
import tools.jackson.databind.JsonNode;

/**
 * Referral only to centers that can take a case over, transfers nobody answers going back, who is
 * responsible after a transfer, what a case not accepted still offers, and the grid worker's escalation.
 */
@CaseServiceIT
class AcrossCentersIT {

    private static final String TOWNSHIP = "handian.clerk";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    TransferExpiry transfers;

    Api api;
    String id;

    @BeforeAll
    static void tenantServiceRuns() {
        SiblingServices.tenantService();
    }

    @BeforeEach
    void takeACaseIn() {
        api = new Api(port);
        id = api.intake(TOWNSHIP, Intakes.neighbourQuarrel(People.fresh()))
                .get("case")
                .get("id")
                .asString();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReferralGoesOnlyToACenterThatExistsAndOperates() {
        api.act(TOWNSHIP, id, "file", null);
        String planned = plannedVillageOf("140404001");

        for (String to : List.of("140404001999", planned)) {
            JsonNode refused = Api.problem(refer(to), 400);
            assertThat(refused.get("field").asString()).as(to).isEqualTo("to");
            assertThat(refused.get("detail").asString()).contains(to);
        }
        assertThat(api.read(TOWNSHIP, id).get("holderCenter").asString()).isEqualTo("140404001");

        assertThat(refer("140404001001").status()).isEqualTo(200);
        assertThat(api.read(TOWNSHIP, id).get("holderCenter").asString()).isEqualTo("140404001001");
    }

    @Test
    void aTransferNobodyAnswersInTimeGoesBackToTheSenderWithATimelineLine() {
        api.act(TOWNSHIP, id, "file", null);
        JsonNode referred = api.act(TOWNSHIP, id, "refer", Map.of("to", "140404001001", "reason", "属社区调解范围"));
        Instant due = Instant.parse(referred.get("deadline").get("dueAt").asString());

        clock.setTo(due.minus(Duration.ofMinutes(1)));
        transfers.returnUnanswered();
        assertThat(api.read(TOWNSHIP, id).get("status").asString()).isEqualTo("TRANSFERRING");

        clock.setTo(due.plus(Duration.ofMinutes(1)));
        transfers.returnUnanswered();

        JsonNode back = api.read(TOWNSHIP, id);
        assertThat(back.get("holderCenter").asString()).isEqualTo("140404001");
        assertThat(back.get("status").asString()).isEqualTo("FILED");
        assertThat(back.get("transfer").isNull()).isTrue();
        JsonNode lines = api.get(TOWNSHIP, "/api/cases/" + id + "/timeline").json();
        JsonNode last = lines.get(lines.size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("return-transfer");
        assertThat(last.get("summary").asString()).contains("140404001001", "自动退回", "140404001");
        assertThat(api.read("changan.admin", id).get("allowedActions")).isEmpty();
    }

    @Test
    void theSummaryAndTheTimelineAgreeOnWhoIsResponsibleAfterAReferral() {
        api.act(TOWNSHIP, id, "file", null);
        api.act(TOWNSHIP, id, "refer", Map.of("to", "140404001001", "reason", "属社区调解范围"));
        JsonNode accepted = api.act("changan.admin", id, "transfer/accept", null);

        assertThat(accepted.get("firstResponder").asString()).isEqualTo(TOWNSHIP);
        assertThat(accepted.get("responsible").asString()).isEqualTo("changan.admin");
        JsonNode lines =
                api.get("changan.admin", "/api/cases/" + id + "/timeline").json();
        String summary = lines.get(lines.size() - 1).get("summary").asString();
        assertThat(summary).contains("当前责任人 changan.admin", "首问责任人 " + TOWNSHIP);
        assertThat(summary).doesNotContain("首接责任人 changan.admin");
    }

    @Test
    void aCaseNotAcceptedOffersNoJudicialConfirmationReopeningOrFollowUp() {
        JsonNode rejected = api.act(TOWNSHIP, id, "reject", Map.of("reason", "不属于受理范围"));

        assertThat(actions(rejected))
                .doesNotContain("confirm-judicially", "reopen", "follow-up")
                .contains("archive");
        for (var refused : List.of(
                api.post(
                        TOWNSHIP,
                        "/api/cases/" + id + "/follow-ups",
                        Map.of("kind", "PHONE", "satisfaction", "DISSATISFIED")),
                api.post(TOWNSHIP, "/api/cases/" + id + "/reopen", Map.of("reason", "x")),
                api.post(
                        TOWNSHIP,
                        "/api/cases/" + id + "/judicial-confirmations",
                        Map.of(
                                "confirmations",
                                List.of(Map.of(
                                        "agreement",
                                        1,
                                        "court",
                                        "上党区人民法院",
                                        "rulingNumber",
                                        "(2026)晋0404民特1号",
                                        "confirmedOn",
                                        "2026-11-30")))))) {
            JsonNode problem = Api.problem(refused, 409);
            assertThat(actions(problem)).doesNotContain("confirm-judicially", "reopen", "follow-up");
        }
        assertThat(api.act(TOWNSHIP, id, "archive", null).get("status").asString())
                .isEqualTo("ARCHIVED");
    }

    @Test
    void aGridWorkerEscalatesWhatTheyReportedAndNothingElse() {
        JsonNode reported = api.intake(
                        "changan.grid",
                        Intakes.with(Intakes.neighbourQuarrel(People.fresh()), "channel", "GRID_REPORT"))
                .get("case");
        String mine = reported.get("id").asString();
        String colleagues = api.intake("changan.admin", Intakes.neighbourQuarrel(People.fresh()))
                .get("case")
                .get("id")
                .asString();

        assertThat(actions(api.read("changan.grid", mine))).containsExactlyInAnyOrder("escalate", "add-note");
        assertThat(actions(api.read("changan.grid", colleagues))).isEmpty();
        Api.problem(api.post("changan.grid", "/api/cases/" + mine + "/file", null), 403);
        Api.problem(api.post("changan.grid", "/api/cases/" + colleagues + "/escalate", Map.of("reason", "x")), 403);

        api.act("changan.grid", mine, "notes", Map.of("text", "现场已拍照"));
        JsonNode escalated = api.act("changan.grid", mine, "escalate", Map.of("reason", "污水管破裂，需街道协调抢修"));

        assertThat(escalated.get("holderCenter").asString()).isEqualTo("140404001");
        assertThat(actions(escalated)).isEmpty();
        assertThat(actions(api.read("handian.admin", mine))).contains("accept-transfer");
    }

    private org.zongzhi.testsupport.Http.Response refer(String to) {
        return api.post(TOWNSHIP, "/api/cases/" + id + "/refer", Map.of("to", to, "reason", "属下级调解范围"));
    }

    /** A village of the township that is not on the platform yet, as tenant-service lists it. */
    private static String plannedVillageOf(String township) {
        JsonNode children = new Api("http://localhost:28081")
                .get("handian.admin", "/api/tenants/" + township + "/children")
                .json();
        for (JsonNode child : children) {
            if ("PLANNED".equals(child.path("status").asString(null))) {
                return child.get("code").asString();
            }
        }
        throw new AssertionError("every village of " + township + " operates: " + children);
    }

    private static List<String> actions(JsonNode caseOrProblem) {
        List<String> actions = new ArrayList<>();
        caseOrProblem.get("allowedActions").forEach(a -> actions.add(a.asString()));
        return actions;
    }
}
