package org.zongzhi.cases.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import tools.jackson.databind.JsonNode;

/**
 * Internal notes (内部备注) are read by the staff who handle and oversee cases; a grid worker, who reported
 * the case from the street, sees the public notes only — in the case, in the list and on the timeline.
 */
@CaseServiceIT
class InternalNotesIT {

    @LocalServerPort
    int port;

    @Test
    void aGridWorkerSeesThePublicNotesButNotTheInternalOnes() {
        Api api = new Api(port);
        Map<String, Object> report = Intakes.with(
                Intakes.form("GRID_REPORT", "HAZARD", "井盖缺失", List.of(Intakes.person("钱七", People.fresh())), List.of()),
                "publicNote",
                "已派人处置");
        String id = api.intake("changan.grid", report).get("case").get("id").asString();
        String internal = "内部：当事人曾多次上访，注意沟通方式 " + id.substring(0, 8);
        assertThat(api.post("changan.admin", "/api/cases/" + id + "/notes", Map.of("text", internal))
                        .status())
                .isEqualTo(200);

        JsonNode handler = api.read("changan.admin", id);
        JsonNode reporter = api.read("changan.grid", id);
        String reporterTimeline =
                api.get("changan.grid", "/api/cases/" + id + "/timeline").body();
        String reporterList = api.get("changan.grid", "/api/cases?size=100").body();

        assertThat(handler.get("internalNotes").toString()).contains(internal);
        assertThat(handler.get("notes").toString()).contains(internal, "已派人处置");
        assertThat(reporter.toString()).doesNotContain(internal).contains("已派人处置");
        assertThat(reporter.get("internalNotes")).isEmpty();
        assertThat(reporterTimeline).doesNotContain(internal).contains("内部备注，仅办理人员可见");
        assertThat(reporterList).doesNotContain(internal);
        assertThat(api.get("changan.admin", "/api/cases/" + id + "/timeline").body())
                .contains(internal);
    }
}
