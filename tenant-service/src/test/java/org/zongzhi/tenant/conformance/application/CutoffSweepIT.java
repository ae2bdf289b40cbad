package org.zongzhi.tenant.conformance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.tenant.conformance.Api;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The platform fills in computed items by itself once a round's cutoff has passed. */
@PlatformIntegrationTest
class CutoffSweepIT {

    @LocalServerPort
    int port;

    @Autowired
    ConformanceJobs jobs;

    @Test
    void theSweepComputesRoundsPastTheirCutoffOnce() {
        Api api = new Api(port);
        int version = api.ok(api.post("province.admin", "standards", Map.of("copyOf", 1)))
                .get("number")
                .asInt();
        api.ok(api.post(
                "province.admin",
                "standards/" + version + "/publication",
                Map.of("effectiveFrom", LocalDate.now().toString())));
        long round = api.ok(api.post(
                        "shangdang.admin",
                        "assessments/rounds",
                        Map.of(
                                "title",
                                "截止已过的评估",
                                "standardVersion",
                                version,
                                "periodFrom",
                                "2025-07-01",
                                "periodTo",
                                "2025-12-31",
                                "cutoff",
                                Instant.now().minus(Duration.ofMinutes(1)).toString(),
                                "levels",
                                List.of("TOWNSHIP"),
                                // on a fresh instance no township of 上党区 operates yet
                                "includePlanned",
                                true)))
                .get("round")
                .get("id")
                .asLong();

        jobs.sweep();

        JsonNode computed = api.ok(api.get("shangdang.admin", "assessments/rounds/" + round))
                .get("round");
        assertThat(computed.get("computedAt").isNull()).isFalse();
        assertThat(computed.get("computation").get("caseMeasures").asString()).contains("not available");
        long handian = -1;
        for (JsonNode a : api.ok(api.get("handian.admin", "assessments/rounds/" + round + "/assessments"))) {
            handian = a.get("id").asLong();
        }
        JsonNode sheet = api.ok(api.get("handian.admin", "assessments/" + handian));
        assertThat(sheet.get("entries").get("premises.area").get("computed").isNull())
                .isFalse();
        assertThat(sheet.get("history"))
                .extracting(e -> e.get("actor").asString())
                .contains("system");
    }
}
