package org.zongzhi.console.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.zongzhi.console.Me;
import org.zongzhi.console.Templates;
import org.zongzhi.console.gateway.FakeApi;
import org.zongzhi.console.gateway.FakeApi.Answer;

/**
 * The conformance pages as their controllers fill them from the API (a fake one with the documented
 * shapes) and as the real templates render them: what each person sees, which forms they are offered,
 * what a form sends, and a refusal in Chinese.
 */
class ConformancePagesTest {

    static final String SHEET = """
            {"id": 7, "round": 3, "roundTitle": "2026年上半年评估", "center": "140404001", "centerName": "韩店街道",
             "level": "TOWNSHIP", "standardVersion": 2, "status": "%s", "comments": null,
             "items": [
              {"item": {"code": "sign.plate", "title": "统一挂牌", "dimension": "sign", "kind": "DECLARATION",
                        "points": 4, "comparison": null, "unit": null, "veto": false},
               "rule": {"threshold": null, "members": []}, "origin": "province", "tightenedBy": []},
              {"item": {"code": "premises.area", "title": "场所面积", "dimension": "premises", "kind": "PROFILE_FACT",
                        "points": 8, "comparison": "AT_LEAST", "unit": "㎡", "veto": false},
               "rule": {"threshold": 300, "members": []}, "origin": "1404", "tightenedBy": ["1404"]},
              {"item": {"code": "premises.rooms", "title": "功能室", "dimension": "premises", "kind": "SET",
                        "points": 4, "comparison": null, "unit": null, "veto": false},
               "rule": {"threshold": null, "members": ["MEDIATION", "COMMAND"]}, "origin": "province", "tightenedBy": []},
              {"item": {"code": "staff.full-time", "title": "专职人员", "dimension": "staff", "kind": "THRESHOLD",
                        "points": 6, "comparison": "AT_LEAST", "unit": "人", "veto": true},
               "rule": {"threshold": 5, "members": []}, "origin": "province", "tightenedBy": []}],
             "entries": {
              "sign.plate": {"item": "sign.plate", "self": {"met": true, "number": null, "members": null},
                             "note": "已挂牌", "evidence": [{"kind": "FILE", "ref": "f-1", "label": "牌子.png"}],
                             "verdict": "FAIL", "verdictReason": "照片看不出中心名称", "computed": null},
              "premises.area": {"item": "premises.area", "self": null, "note": null, "evidence": [], "verdict": null,
                                "verdictReason": null,
                                "computed": {"available": true, "value": {"met": true, "number": 320.0, "members": null},
                                             "reason": null, "inputs": {}}}},
             "history": [{"action": "SUBMITTED", "fromStatus": "OPEN", "toStatus": "SUBMITTED", "item": null,
                          "detail": "请审核", "actor": "handian.admin", "actorCenter": "140404001",
                          "at": "2026-05-01T02:00:00Z"}]}
            """;

    static final String STANDARD = """
            {"number": 2, "status": "PUBLISHED", "effectiveFrom": "2026-01-01", "publishedBy": "province.admin",
             "document": {"title": "综治中心规范化建设评估标准", "dimensions": [
               {"code": "sign", "name": "有牌子", "group": "五有"}, {"code": "premises", "name": "有场所", "group": "五有"},
               {"code": "staff", "name": "有力量", "group": "五有"}, {"code": "it-std", "name": "信息化建设规范化", "group": "五化"}],
              "items": [{"code": "premises.area", "title": "场所面积", "dimension": "premises", "kind": "PROFILE_FACT",
                         "points": 8, "comparison": "AT_LEAST", "unit": "㎡", "veto": false,
                         "levels": {"CITY": {"threshold": 1000, "members": []}, "TOWNSHIP": {"threshold": 200, "members": []}}}],
              "bands": []}}
            """;

    static final String SCORECARD = """
            {"assessment": 7, "round": 3, "center": "140404001", "centerName": "韩店街道", "standardVersion": 2,
             "status": "FINAL", "frozen": true,
             "scorecard": {"points": 22, "awarded": 18, "lost": 4, "percent": 81.8, "grade": "良好", "passing": true,
               "vetoed": false,
               "dimensions": [{"dimension": "sign", "name": "有牌子", "group": "五有", "points": 4, "awarded": 0, "percent": 0},
                              {"dimension": "premises", "name": "有场所", "group": "五有", "points": 12, "awarded": 12, "percent": 100},
                              {"dimension": "staff", "name": "有力量", "group": "五有", "points": 6, "awarded": 6, "percent": 100}],
               "items": [{"item": "sign.plate", "title": "统一挂牌", "dimension": "sign", "kind": "DECLARATION", "points": 4,
                          "awarded": 0, "lost": 4, "counted": true, "met": false, "vetoTriggered": false, "value": null,
                          "reasons": ["上级审核不通过：照片看不出中心名称"]},
                         {"item": "premises.area", "title": "场所面积", "dimension": "premises", "kind": "PROFILE_FACT",
                          "points": 8, "awarded": 8, "lost": 0, "counted": true, "met": true, "vetoTriggered": false,
                          "value": null, "reasons": []}]},
             "previous": {"assessment": 2, "round": 1, "standardVersion": 1, "percent": 75.0, "grade": "合格",
                          "deltaPercent": 6.8, "items": [{"item": "sign.plate", "previousAwarded": 4, "awarded": 0}]},
             "openRectifications": [{"id": 11, "item": "sign.plate", "requirement": "按统一样式挂牌", "status": "OPEN"}]}
            """;

    static final String TASK = """
            {"task": {"id": 11, "assessmentId": 7, "roundId": 3, "center": "140404001", "inspector": "140404",
              "item": "sign.plate", "requirement": "按统一样式挂牌", "status": "%s",
              "clock": {"workingDays": 10, "startedAt": "2026-05-06T01:00:00Z", "blueAt": "2026-05-12T01:00:00Z",
                        "yellowAt": "2026-05-15T01:00:00Z", "dueAt": "2099-05-20T01:00:00Z"},
              "colour": "NONE", "supervisedAt": null, "supervisionOrder": null, "response": null, "submittedAt": null,
              "verifiedBy": null, "verifiedAt": null, "verificationComment": null,
              "history": [{"action": "CREATED", "detail": "due in 10 working days", "actor": "shangdang.admin",
                           "at": "2026-05-06T01:00:00Z"}],
              "createdBy": "shangdang.admin", "createdAt": "2026-05-06T01:00:00Z"},
             "colourNow": "YELLOW", "colourLabel": "黄色预警",
             "files": [{"id": "f-2", "filename": "新牌子.png", "contentType": "image/png", "size": 100,
                        "uploadedAt": "2026-05-07T01:00:00Z"}]}
            """;

    static final Me TOWNSHIP = new Me("handian.admin", "韩店管理员", "140404001", List.of("center-admin"));
    static final Me COUNTY = new Me("shangdang.admin", "上党区管理员", "140404", List.of("county-admin"));

    final FakeApi api = new FakeApi();
    final Templates templates = new Templates();
    final OAuth2AuthorizedClient client = org.zongzhi.console.TestClients.signedIn();
    final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void stop() {
        api.close();
    }

    AssessmentController assessments() {
        api.on("GET /api/tenants/standards/2", STANDARD);
        return new AssessmentController(api.gateway(), directory());
    }

    @Test
    void theCenterFillsItsSheetItemByItemWithTheRuleForItsLevel() {
        api.on("GET /api/tenants/assessments/7", SHEET.formatted("OPEN"));
        ExtendedModelMap model = new ExtendedModelMap();
        String html = templates.render(assessments().show(client, TOWNSHIP, 7, model), model);

        assertThat(html).contains("五有 · 有牌子", "五有 · 有场所", "统一挂牌", "≥ 300 ㎡", "由长治市细化");
        assertThat(html).contains("平台按中心档案计算", "320 ㎡", "应具备：调解室、指挥室", "一票否决");
        assertThat(html).contains("enctype=\"multipart/form-data\"", "accept=\"image/*,application/pdf\"");
        assertThat(html).contains("href=\"/conformance/evidence/f-1\"", "牌子.png");
        assertThat(html).contains("提交上级审核").doesNotContain("记录审核意见");
        assertThat(html).contains("<label for=\"number-staff.full-time\">实际数值（人）</label>");
        assertThat(html).contains("已填报 1 / 3 项自评项");
    }

    @Test
    void theParentInspectsASubmittedSheet() {
        api.on("GET /api/tenants/assessments/7", SHEET.formatted("SUBMITTED"));
        ExtendedModelMap model = new ExtendedModelMap();
        String html = templates.render(assessments().show(client, COUNTY, 7, model), model);

        assertThat(html).contains("记录审核意见", "审核完成", "退回修改", "审核不通过", "照片看不出中心名称");
        assertThat(html).doesNotContain("提交上级审核", "保存本项");
    }

    @Test
    void aReviewedSheetOffersARectificationForTheFailedItem() {
        api.on("GET /api/tenants/assessments/7", SHEET.formatted("REVIEWED"));
        ExtendedModelMap model = new ExtendedModelMap();
        String html = templates.render(assessments().show(client, COUNTY, 7, model), model);

        assertThat(html).contains("下发整改任务", "name=\"workingDays\"", "value=\"10\"", "定稿", "立即计算平台项");
    }

    @Test
    void aVerdictWithoutAReasonComesBackInChineseWithTheFormAsTyped() {
        api.on("GET /api/tenants/assessments/7", SHEET.formatted("SUBMITTED"))
                .on("PUT /api/tenants/assessments/7/items/sign.plate/verdict", Answer.problem(400, "reason"));
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("verdict", "FAIL");
        form.add("title", "统一挂牌");
        ExtendedModelMap model = new ExtendedModelMap();
        String view = assessments()
                .verdict(client, COUNTY, 7, "sign.plate", form, model, new RedirectAttributesModelMap(), response);
        String html = templates.render(view, model);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(html).contains("「理由」未填写或不符合要求，请检查后重试。");
        assertThat(api.received())
                .anyMatch(r -> r.method().equals("PUT") && r.body().contains("\"verdict\":\"FAIL\""));
    }

    @Test
    void anAnswerWithAPhotoSavesTheAnswerThenUploadsThePhoto() {
        api.on("PUT /api/tenants/assessments/7/items/sign.plate", "{}")
                .on("POST /api/tenants/assessments/7/items/sign.plate/evidence", "{\"id\": \"f-9\"}");
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("met", "true");
        form.add("note", "已挂牌");
        form.add("title", "统一挂牌");
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        String view = assessments()
                .answer(
                        client,
                        TOWNSHIP,
                        7,
                        "sign.plate",
                        form,
                        new MockMultipartFile("file", "牌子.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                        new ExtendedModelMap(),
                        redirect,
                        response);

        assertThat(view).isEqualTo("redirect:/conformance/assessments/7#item-sign.plate");
        assertThat(redirect.getFlashAttributes().get("done")).isEqualTo("已保存：统一挂牌");
        var received = api.received();
        assertThat(received.get(0).body()).contains("\"met\":true", "\"note\":\"已挂牌\"");
        assertThat(received.get(1).path()).endsWith("/evidence");
        assertThat(received.get(1).body()).contains("name=\"file\"", "image/png");
    }

    @Test
    void evidenceIsStreamedWithTheApisContentType() {
        api.on(
                "GET /api/tenants/assessments/evidence/f-1",
                new Answer(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        ResponseEntity<byte[]> file = assessments().evidence(client, "f-1");
        assertThat(file.getHeaders().getContentType()).hasToString("image/png");
        assertThat(file.getBody()).hasSize(4);
    }

    @Test
    void theScorecardShowsPointsLostWhyTheRadarAndThePreviousRound() {
        api.on("GET /api/tenants/assessments/7/scorecard", SCORECARD);
        ExtendedModelMap model = new ExtendedModelMap();
        String html = templates.render(assessments().scorecard(client, TOWNSHIP, 7, model), model);

        assertThat(html).contains("18 / 22", "81.8%", "良好", "上级审核不通过：照片看不出中心名称");
        assertThat(html).contains("<svg class=\"radar\"", "有牌子 0%", "有场所 100%");
        assertThat(html).contains("提高 6.8", "按统一样式挂牌", "五有 · 有牌子");
        assertThat(html).contains("scope=\"col\"", "scope=\"rowgroup\"");
    }

    @Test
    void theRankingAndItsWorkbookShowTheSameNumbers() {
        api.on("GET /api/tenants/standards", "[{\"number\": 2, \"status\": \"PUBLISHED\", \"title\": \"标准\"}]")
                .on("GET /api/tenants/assessments/ranking", """
                        {"root": "140404", "level": "TOWNSHIP", "standardVersion": 2, "total": 2, "page": 0, "size": 1000,
                         "centers": [{"rank": 1, "center": "140404101", "name": "苏店镇", "percent": 100, "awarded": 22,
                                      "points": 22, "grade": "优秀", "passing": true},
                                     {"rank": 2, "center": "140404001", "name": "韩店街道", "percent": 81.8, "awarded": 18,
                                      "points": 22, "grade": "良好", "passing": true}]}
                        """)
                .on("GET /api/tenants/assessments/conformance-rate", """
                        {"root": "140404", "standardVersion": 2, "level": "TOWNSHIP", "assessed": 2, "passing": 2, "rate": 100,
                         "children": [{"center": "140404001", "name": "韩店街道", "assessed": 1, "passing": 1, "rate": 100}]}
                        """);
        ConformanceController controller =
                new ConformanceController(api.gateway(), new org.zongzhi.console.gateway.ExportLog(api.gateway()));
        ExtendedModelMap model = new ExtendedModelMap();
        String html = templates.render(controller.ranking(client, COUNTY, null, null, null, model), model);

        assertThat(html).contains("乡镇（街道）排名（共 2 个）", "苏店镇", "韩店街道", "81.8%", "导出 Excel");
        assertThat(api.received())
                .anyMatch(r ->
                        r.path().startsWith("/api/tenants/assessments/ranking?root=140404&level=TOWNSHIP&version=2"));
        ResponseEntity<byte[]> workbook = controller.rankingWorkbook(client, COUNTY, null, null, null);
        assertThat(workbook.getHeaders().getFirst("Content-Disposition")).contains("ranking.xlsx");
        assertThat(new String(workbook.getBody(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
    }

    @Test
    void theCenterAnswersARectificationAndTheCountyVerifiesIt() {
        api.on("GET /api/tenants/assessments/rectifications/11", TASK.formatted("OPEN"))
                .on("GET /api/tenants/assessments/7", SHEET.formatted("FINAL"));
        RectificationController controller = new RectificationController(api.gateway(), directory());
        ExtendedModelMap model = new ExtendedModelMap();
        String html = templates.render(controller.show(client, TOWNSHIP, 11, model), model);
        assertThat(html).contains("按统一样式挂牌", "统一挂牌", "韩店街道", "黄色预警", "新牌子.png", "提交验收", "下发整改");
        assertThat(html).doesNotContain("提交验收结论");

        api.on("GET /api/tenants/assessments/rectifications/11", TASK.formatted("SUBMITTED"));
        ExtendedModelMap county = new ExtendedModelMap();
        assertThat(templates.render(controller.show(client, COUNTY, 11, county), county))
                .contains("提交验收结论", "验收结论")
                .doesNotContain("上传佐证</button>");
    }

    @Test
    void theHomePageAndTheWorklistRender() {
        api.on("GET /api/tenants/assessments/rounds", """
                        [{"id": 3, "owner": "140404", "title": "2026年上半年评估", "version": 2, "periodFrom": "2026-01-01",
                          "periodTo": "2026-06-30", "levels": ["TOWNSHIP"]}]
                        """)
                .on("GET /api/tenants/assessments", """
                        [{"id": 7, "round": 3, "roundTitle": "2026年上半年评估", "center": "140404001", "name": "韩店街道",
                          "level": "TOWNSHIP", "standardVersion": 2, "status": "SUBMITTED"}]
                        """)
                .on("GET /api/tenants/assessments/rectifications", "[" + TASK.formatted("OPEN") + "]");
        ConformanceController controller =
                new ConformanceController(api.gateway(), new org.zongzhi.console.gateway.ExportLog(api.gateway()));
        ExtendedModelMap model = new ExtendedModelMap();
        String html = templates.render(controller.home(client, COUNTY, model), model);
        assertThat(html).contains("下级中心已提交的自评", "韩店街道", "审核", "2026年上半年评估", "乡镇（街道）", "黄色预警");

        ExtendedModelMap list = new ExtendedModelMap();
        assertThat(templates.render(
                        new RectificationController(api.gateway(), directory()).list(client, null, list), list))
                .contains("按统一样式挂牌", "整改中", "<td>韩店街道</td>");
    }

    @Test
    void theStandardShowsEveryLevelsRuleAndTheFormsForWhoMayUseThem() {
        api.on("GET /api/tenants/standards/2", STANDARD).on("GET /api/tenants/standards/2/tailorings", """
                        [{"standardVersion": 2, "owner": "1404", "revision": 1, "changedBy": "changzhi.admin",
                          "changedAt": "2026-01-05T01:00:00Z", "additions": [],
                          "tightenings": [{"item": "premises.area", "level": "TOWNSHIP", "threshold": 300, "members": null,
                                           "reason": "长治市乡镇不少于300㎡"}]}]
                        """);
        StandardController controller = new StandardController(api.gateway(), directory());
        Me province = new Me("province.admin", "省管理员", "14", List.of("province-admin"));
        ExtendedModelMap model = new ExtendedModelMap();
        String html = templates.render(controller.show(client, province, 2, model), model);
        assertThat(html).contains("≥ 1000 ㎡", "≥ 200 ㎡", "不适用", "停用此版本", "复制为新草稿");
        assertThat(html).contains("长治市", "场所面积（乡镇（街道））：300，长治市乡镇不少于300㎡");
        assertThat(html).doesNotContain("保存细化要求");

        ExtendedModelMap county = new ExtendedModelMap();
        assertThat(templates.render(controller.show(client, COUNTY, 2, county), county))
                .contains("保存细化要求", "<label for=\"tailor-threshold\">")
                .doesNotContain("停用此版本");
    }

    @Test
    void aCountyOpensARoundForItsTownshipsAndSeesItsSheets() {
        api.on("GET /api/tenants/standards", "[{\"number\": 2, \"status\": \"PUBLISHED\", \"title\": \"标准\"}]")
                .on(
                        "POST /api/tenants/assessments/rounds",
                        "{\"round\": {\"id\": 3}, \"assessmentsByStatus\": {\"OPEN\": 12}}");
        RoundController controller = new RoundController(api.gateway());
        ExtendedModelMap blank = new ExtendedModelMap();
        assertThat(templates.render(controller.form(client, COUNTY, blank), blank))
                .contains("<label for=\"round-cutoff\">", "第 2 版 · 标准", "乡镇（街道）", "筹建中的中心也参评");

        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", "2026年上半年评估");
        form.add("standardVersion", "2");
        form.add("periodFrom", "2026-01-01");
        form.add("periodTo", "2026-06-30");
        form.add("cutoff", "2026-07-10T18:00");
        form.add("levels", "TOWNSHIP");
        form.add("includePlanned", "true");
        String view = controller.open(
                client, COUNTY, form, new ExtendedModelMap(), new RedirectAttributesModelMap(), response);
        assertThat(view).isEqualTo("redirect:/conformance/rounds/3");
        assertThat(api.received().getLast().body())
                .contains(
                        "\"cutoff\":\"2026-07-10T10:00:00Z\"", "\"levels\":[\"TOWNSHIP\"]", "\"includePlanned\":true");

        api.on("GET /api/tenants/assessments/rounds/3", """
                        {"round": {"id": 3, "owner": "140404", "title": "2026年上半年评估", "version": 2,
                                   "periodFrom": "2026-01-01", "periodTo": "2026-06-30", "computedAt": null},
                         "assessmentsByStatus": {"OPEN": 11, "SUBMITTED": 1}}
                        """)
                .on("GET /api/tenants/assessments/rounds/3/assessments", """
                        [{"id": 7, "center": "140404001", "name": "韩店街道", "level": "TOWNSHIP", "status": "SUBMITTED",
                          "percent": null, "grade": null, "passing": null}]
                        """);
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("me", COUNTY);
        assertThat(templates.render(controller.show(client, COUNTY, 3, model), model))
                .contains("待自评 11", "已提交待审核 1", "韩店街道", "立即计算平台项", "平台项尚未计算");
    }

    org.zongzhi.console.Directory directory() {
        api.on("GET /api/tenants/140404001", "{\"code\": \"140404001\", \"name\": \"韩店街道\"}")
                .on("GET /api/tenants/1404", "{\"code\": \"1404\", \"name\": \"长治市\"}");
        return org.zongzhi.console.TestDirectories.of(api.gateway());
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
