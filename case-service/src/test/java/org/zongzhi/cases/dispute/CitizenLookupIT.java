package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.testsupport.Http;
import tools.jackson.databind.JsonNode;

/** 一码可查: a citizen follows the case with its code and secret, without an account. */
@CaseServiceIT
class CitizenLookupIT {

    @LocalServerPort
    int port;

    Api api;
    String id;
    String code;
    String secret;

    @BeforeEach
    void aCaseTakenIn() {
        api = new Api(port);
        JsonNode created = api.intake(
                "shangdang.clerk",
                Intakes.with(Intakes.neighbourQuarrel(People.fresh()), "publicNote", "已登记，三个工作日内答复"));
        id = created.get("case").get("id").asString();
        code = created.get("case").get("code").asString();
        secret = created.get("citizenSecret").asString();
    }

    private Http.Response lookUp(String code, String secret) {
        return api.post(null, "/api/cases/lookup", Map.of("code", code, "secret", secret));
    }

    @Test
    void showsTheStatusThePublicStepsAndThePublicNotesOnly() {
        api.act("shangdang.clerk", id, "file", null);
        api.act("shangdang.clerk", id, "notes", Map.of("text", "内部：申请人情绪激动", "publicNote", false));
        api.act("shangdang.clerk", id, "notes", Map.of("text", "已安排调解员", "publicNote", true));

        Http.Response response = lookUp(code.replace("-", ""), secret.toLowerCase());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode view = response.json();
        assertThat(view.get("code").asString()).isEqualTo(code);
        assertThat(view.get("status").asString()).isEqualTo("FILED");
        assertThat(view.get("publicNotes").findValuesAsString("text")).containsExactly("已登记，三个工作日内答复", "已安排调解员");
        assertThat(view.get("holderCenter").asString()).isEqualTo("140404");
        assertThat(view.get("steps").findValuesAsString("action")).containsExactly("report", "file");
        assertThat(view.get("steps").findValuesAsString("label")).containsExactly("登记", "立案受理（分诊）");
        assertThat(view.get("steps").findValuesAsString("center")).containsExactly("140404", "140404");
        assertThat(view.get("steps").get(0).propertyNames())
                .containsExactlyInAnyOrder("at", "action", "label", "center");
        assertThat(view.propertyNames())
                .containsExactlyInAnyOrder(
                        "code", "status", "statusLabel", "updatedAt", "holderCenter", "steps", "publicNotes");
        assertThat(response.body()).doesNotContain("内部", "张三", "idNumber", "shangdang.clerk", "add-note", "问题上报");
    }

    @Test
    void aWrongSecretAndAnUnknownCodeGetTheSameAnswer() {
        String other = secret.equals("AAAAAAAA") ? "BBBBBBBB" : "AAAAAAAA";
        JsonNode wrongSecret = Api.problem(lookUp(code, other), 404);
        String unknownCode = CaseCode.issue(TenantCode.of("140404"), LocalDate.of(2021, 3, 3), 4242)
                .display();
        JsonNode unknown = Api.problem(lookUp(unknownCode, secret), 404);

        assertThat(wrongSecret.get("detail")).isEqualTo(unknown.get("detail"));
    }

    @Test
    void malformedInputIsAClientError() {
        Api.problem(lookUp("12345", secret), 400);
        Api.problem(lookUp(code, "short"), 400);
        Api.problem(api.post(null, "/api/cases/lookup", "{}"), 400);
    }

    private Http.Response lookUpFrom(String address, String code, String secret) {
        return api.post(null, "/api/cases/lookup", Map.of("code", code, "secret", secret), "X-Forwarded-For", address);
    }

    /** An address of the documentation ranges, different for every run so that earlier runs' counts don't matter. */
    private static String address(int net) {
        return "203.0." + net + "."
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
    }

    @Test
    void aStrangersWrongSecretsLockOutTheStrangerNotTheCitizen() {
        String wrong = secret.equals("AAAAAAAA") ? "BBBBBBBB" : "AAAAAAAA";
        String stranger = address(113);
        for (int i = 0; i < 10; i++) {
            Api.problem(lookUpFrom(stranger, code, wrong), 404);
        }

        JsonNode locked = Api.problem(lookUpFrom(stranger, code, secret), 429);
        assertThat(locked.get("type").asString()).endsWith("too-many-attempts");
        assertThat(lookUpFrom(address(114), code, secret).status())
                .as("the citizen, from their own address, still follows the case")
                .isEqualTo(200);
    }

    @Test
    void anAddressThatTriesTooFastIsSlowedDownWithRetryAfter() {
        String busy = address(112);
        int refused = 0;
        // 25 lookups in well under ten seconds: whichever two windows they fall in, one holds more than ten
        for (int i = 0; i < 25; i++) {
            Http.Response response = lookUpFrom(busy, code, secret);
            if (response.status() == 429) {
                refused++;
                assertThat(response.header("Retry-After")).isNotBlank();
                assertThat(response.json().get("type").asString()).endsWith("too-fast");
            }
        }

        assertThat(refused)
                .as("at most ten lookups per ten seconds from one address")
                .isPositive();
    }

    @Test
    void aForwardedAddressIsTrustedOnlyAsTheGatewaysLastHop() {
        String wrong = secret.equals("AAAAAAAA") ? "BBBBBBBB" : "AAAAAAAA";
        String real = address(111);
        for (int i = 0; i < 10; i++) {
            // a client cannot pick its own address by sending one: the gateway's appended hop counts
            Api.problem(lookUpFrom(address(110) + ", " + real, code, wrong), 404);
        }

        Api.problem(lookUpFrom(real, code, secret), 429);
    }
}
