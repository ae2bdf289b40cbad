package org.zongzhi.console.grids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.zongzhi.console.Me;
import org.zongzhi.console.Templates;
import org.zongzhi.console.gateway.FakeApi;
import org.zongzhi.console.gateway.FakeApi.Answer;

/**
 * The 网格 pages as their controller fills them from the API (a fake one with the documented shapes) and as
 * the real templates render them: who gets which forms, what 上报为案件 sends to case-service and
 * tenant-service, and refusals in Chinese.
 */
class GridPagesTest {

    static final String CHANGAN = "140404001001";
    static final String GRID = CHANGAN + "001";
    static final String CENTER = """
            {"code": "140404001001", "name": "长安社区居委会", "displayName": "长安社区居委会综治中心", "status": "OPERATING"}
            """;
    static final String GRIDS = """
            [{"code": "140404001001001", "center": "140404001001", "number": 1, "name": "东街网格", "kind": "COMPREHENSIVE",
              "kindLabel": "综合网格", "covers": null, "coversLabel": null, "households": 320, "boundary": null,
              "validFrom": "2026-12-01", "validTo": null, "endedReason": null, "active": true,
              "members": [{"username": "changan.grid", "fullName": "长安网格员", "role": "FULL_TIME", "roleLabel": "专职网格员"}],
              "householdGroups": [{"id": 3, "gridCode": "140404001001001", "leaderName": "李大爷", "households": 10}],
              "createdBy": "changan.admin"},
             {"code": "140404001001002", "center": "140404001001", "number": 2, "name": "老西街网格", "kind": "COMPREHENSIVE",
              "kindLabel": "综合网格", "covers": null, "coversLabel": null, "households": 90, "boundary": null,
              "validFrom": "2025-01-01", "validTo": "2026-11-30", "endedReason": "并入东街网格", "active": false,
              "members": [], "householdGroups": [], "createdBy": "changan.admin"}]
            """;
    static final String PATROL = """
            {"id": 9, "gridCode": "140404001001001", "gridName": "东街网格", "center": "140404001001", "worker": "changan.grid",
             "startedAt": "2026-12-02T01:30:00Z", "endedAt": null, "open": true, "householdsVisited": null, "note": null,
             "findings": [{"id": 21, "kind": "SAFETY_HAZARD", "kindLabel": "安全隐患", "description": "污水外溢",
                           "outcome": null, "outcomeLabel": null, "resolution": null, "caseCode": null,
                           "recordedBy": "changan.grid", "recordedAt": "2026-12-02T01:40:00Z", "settledAt": null}]}
            """;

    static final Me ADMIN = new Me("changan.admin", "长安管理员", CHANGAN, List.of("center-admin"));
    static final Me TOWNSHIP = new Me("handian.admin", "韩店管理员", "140404001", List.of("center-admin"));
    static final Me WORKER = new Me("changan.grid", "长安网格员", CHANGAN, List.of("grid-worker"));

    final FakeApi api = new FakeApi();
    final Templates templates = new Templates();
    final OAuth2AuthorizedClient client = org.zongzhi.console.TestClients.signedIn();

    @AfterEach
    void stop() {
        api.close();
    }

    GridPagesController controller() {
        return new GridPagesController(api.gateway());
    }

    @Test
    void theVillagesAdminGetsTheFormsAndTheTownshipReadsOnly() {
        api.on("GET /api/tenants/" + CHANGAN, CENTER)
                .on("GET /api/tenants/" + CHANGAN + "/ancestors", "[]")
                .on("GET /api/tenants/" + CHANGAN + "/grids", GRIDS)
                .on("GET /api/tenants/" + CHANGAN + "/staff", """
                        [{"username": "changan.grid", "fullName": "长安网格员", "roles": ["grid-worker"], "enabled": true}]
                        """);
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("me", ADMIN);
        String html = templates.render(controller().grids(CHANGAN, client, ADMIN, model), model);
        assertThat(html).contains("东街网格", "140404001001001", "综合网格", "320", "专职网格员", "李大爷");
        assertThat(html).contains("id=\"grid-form\"", "分配网格员", "登记十户联户", "撤销网格", "长安网格员（changan.grid）");
        assertThat(html).contains("已撤销的网格", "老西街网格", "2026-11-30", "并入东街网格");
        assertThat(html.split("id=\"grids-ended\"")[1]).doesNotContain("分配网格员");

        ExtendedModelMap above = new ExtendedModelMap();
        above.addAttribute("me", TOWNSHIP);
        String read = templates.render(controller().grids(CHANGAN, client, TOWNSHIP, above), above);
        assertThat(read).contains("东街网格", "本页为只读").doesNotContain("id=\"grid-form\"", "分配网格员");
    }

    @Test
    void reportingAFindingTakesItInAsAGridCaseThenRecordsItsCode() {
        api.on("GET /api/tenants/" + CHANGAN + "/patrols/9", PATROL)
                .on("POST /api/cases", Answer.json("""
                        {"case": {"id": "2b7c1d4e-0000-4000-8000-000000000001", "code": "140404001001-261202-00001-0"},
                         "citizenSecret": "ABCD2345", "replayed": false, "possibleDuplicates": []}
                        """))
                .on("POST /api/tenants/" + CHANGAN + "/patrols/9/findings/21/case", PATROL);
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        String view = controller().report(9, 21, "", client, WORKER, redirect);

        assertThat(view).isEqualTo("redirect:/grids/patrol");
        assertThat(redirect.getFlashAttributes().get("done").toString()).contains("已上报为案件 140404001001-261202-00001-0");
        var intake = api.received().stream()
                .filter(r -> r.path().equals("/api/cases"))
                .findFirst()
                .orElseThrow();
        assertThat(intake.body())
                .contains("\"channel\":\"GRID_REPORT\"", "\"category\":\"HAZARD\"", "\"gridCode\":\"" + GRID + "\"")
                .contains("东街网格巡查发现安全隐患：污水外溢");
        assertThat(api.received())
                .anyMatch(r ->
                        r.path().endsWith("/findings/21/case") && r.body().contains("140404001001-261202-00001-0"));
    }

    @Test
    void theWorkersPageOffersBothWaysForAnOpenFindingAndARefusalReadsInChinese() {
        api.on("GET /api/tenants/" + CHANGAN + "/patrols", "[" + PATROL + "]")
                .on("GET /api/tenants/" + CHANGAN + "/grids", GRIDS);
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("me", WORKER);
        String html = templates.render(controller().patrol(client, WORKER, model), model);
        assertThat(html).contains("正在巡查", "东街网格", "污水外溢", "上报为案件", "当场化解", "结束巡查");
        assertThat(html).contains("<option value=\"HAZARD\" selected=\"selected\">");

        api.on("POST /api/tenants/" + CHANGAN + "/grids/" + GRID + "/patrols", Answer.problem(409, null));
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        controller().start(GRID, client, WORKER, redirect);
        assertThat(redirect.getFlashAttributes().get("error").toString())
                .contains("不在有效期内")
                .doesNotContain("Grid");
    }
}
