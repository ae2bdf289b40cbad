package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;

/**
 * Each role's daily case work, played in a real browser through the gateway and Keycloak's login form,
 * asserting what the person sees. Screenshots of every page land in {@code target/screenshots}.
 */
class ConsoleJourneysBrowserIT {

    private static final Pattern CASE_PAGE = Pattern.compile("/cases/([0-9a-f-]{36})");

    private static String gateway;
    private static Platform.Backing backing;
    private final String marker =
            Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        backing = TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
        Centers.operating(gateway, "140404001", "shangdang.admin");
        Centers.operating(gateway, "140404001001", "shangdang.admin");
    }

    @Test
    void theGridWorkerReportsTheSewagePipeOnAPhoneAndEscalatesIt() {
        try (Browser phone = Browser.phone(gateway)) {
            phone.signIn("changan.grid");
            assertThat(phone.text()).contains("您好").contains("网格上报").doesNotContain("Home");
            assertThat(phone.scrollsSideways())
                    .as("home page fits a 390 px phone")
                    .isFalse();
            phone.screenshot("01-grid-home-phone");

            phone.press(".shortcuts", "网格上报");
            phone.find("#place");
            assertThat(phone.scrollsSideways())
                    .as("intake form fits a 390 px phone")
                    .isFalse();
            phone.type("place", "长安社区3号楼北侧")
                    .type("title", "污水管破裂外溢 " + marker)
                    .type("description", "巡查发现3号楼北侧污水管破裂，污水外溢到人行道，影响居民出行。" + marker)
                    .select("#category", "HAZARD")
                    .type("applicant-0-name", "王五");
            phone.type("applicant-0-id", "140404199003070013");
            phone.waitForText("身份证号校验码不对");
            phone.screenshot("02-grid-intake-checked-as-typed");
            phone.type("applicant-0-id", IdNumbers.valid("14040419900307001"));
            assertThat(phone.text("#applicant-0-id-hint")).isEmpty();
            submitIntake(phone, "03-grid-intake-repeats");
            assertThat(phone.text()).contains("矛盾纠纷受理回执").contains("查询密码");
            assertThat(phone.text("#receipt-secret")).isNotBlank();
            assertThat(phone.present(".qr svg")).isTrue();
            assertThat(phone.scrollsSideways()).as("receipt fits the phone").isFalse();
            phone.screenshot("04-grid-receipt");
            String receipt = phone.url();

            phone.press("main", "查看案件");
            phone.find("#actions");
            assertThat(phone.text()).contains("污水管破裂外溢 " + marker).contains("网格巡查");
            String escalate = phone.openAction("escalate");
            phone.typeIn(escalate + " textarea[name=reason]", "污水管属市政管网，社区无权维修，请街道协调");
            phone.screenshot("05-grid-case-escalate-form");
            phone.press(escalate, "上报上级中心");
            phone.waitForText("已办理：上报上级中心");
            assertThat(phone.text()).contains("待接收").contains("韩店街道");
            assertThat(phone.scrollsSideways()).as("case page fits the phone").isFalse();
            phone.screenshot("06-grid-case-escalated");

            phone.open(receipt.substring(receipt.indexOf("/cases/")));
            assertThat(phone.present("#receipt-secret"))
                    .as("the secret is shown once")
                    .isFalse();
            assertThat(phone.text()).contains("查询密码只在登记时显示一次");
        }
    }

    @Test
    void theTownshipWorksAWageCaseThroughTheWholeLoopWithTheCounty() {
        String caseId;
        try (Browser township = Browser.desk(gateway)) {
            township.signIn("handian.admin");
            township.open("/cases/new");
            township.select("#channel", "WALK_IN")
                    .select("#category", "WAGE_ARREARS")
                    .type("place", "韩店街道某小区工地")
                    .type("title", "12 名农民工讨要工资 " + marker)
                    .type("description", "某建筑公司拖欠12名农民工工资共计18万元，工人到中心求助。" + marker)
                    .type("groupSize", "12")
                    .type("applicant-0-name", "李师傅")
                    .type("applicant-0-phone", "13900139000");
            township.press("#intake", "再添加一位申请人");
            township.find("#applicant-1-name");
            assertThat(township.find("#applicant-0-name").getDomProperty("value"))
                    .isEqualTo("李师傅");
            township.type("applicant-1-name", "赵师傅")
                    .select("#respondent-0-kind", "ORGANISATION")
                    .type("respondent-0-name", "某建筑工程有限公司");
            township.screenshot("10-township-intake-desk");
            submitIntake(township, null);
            township.press("main", "查看案件");
            caseId = caseIdOf(township.url());
            assertThat(township.text()).contains("139****9000").doesNotContain("13900139000");
            township.typeIn("#parties-h ~ .table-scroll input[name=purpose]", "电话联系申请人核实欠薪人数");
            township.press("#parties-h ~ .table-scroll", "查看完整信息");
            township.waitForText("13900139000");
            assertThat(township.text()).contains("已显示（本次查看已记录）");

            township.press(township.openAction("file"), "立案受理");
            township.waitForText("已办理：立案受理");

            String assign = township.openAction("assign");
            township.select(assign + " select[name=department]", "LABOUR_INSPECTION")
                    .typeIn(assign + " input[name=mediator]", "nobody.here." + marker.toLowerCase());
            township.press(assign, "指派");
            township.waitForText("调解员账号不存在");
            assertThat(township.find(assign + " input[name=mediator]").getDomProperty("value"))
                    .as("what was typed survives a refusal")
                    .isEqualTo("nobody.here." + marker.toLowerCase());
            township.screenshot("11-township-assign-refused");
            township.typeIn(assign + " input[name=mediator]", "shangdang.mediator");
            township.press(assign, "指派");
            township.waitForText("已办理：任务指派");

            String consult = township.openAction("consult");
            township.click(consult + " input[value=HUMAN_RESOURCES]").click(consult + " input[value=JUSTICE]");
            township.typeIn(consult + " textarea[name=topic]", "欠薪数额核定与调解方案");
            township.press(consult, "发起会诊");
            township.waitForText("已办理：会诊");
            township.screenshot("12-township-consultation");
        }

        try (Browser county = Browser.desk(gateway)) {
            county.signIn("shangdang.mediator");
            county.open("/worklist?kind=TASK");
            county.waitForText("12 名农民工讨要工资 " + marker);
            county.screenshot("13-county-mediator-worklist");
            county.open("/cases/" + caseId);
            county.press("#tasks-h + ul", "接诊");
            county.waitForText("已办理：接诊");
            county.typeIn("#tasks-h + ul textarea[name=contribution]", "劳动监察已核实欠薪 18 万元，建筑公司同意分期支付");
            county.press("#tasks-h + ul", "记录意见");
            county.waitForText("已办理：记录会诊意见");
            county.screenshot("14-county-mediator-part-recorded");
        }

        try (Browser township = Browser.desk(gateway)) {
            township.signIn("handian.admin");
            township.open("/cases/" + caseId);
            String feedback = township.openAction("feed-back");
            township.typeIn(feedback + " textarea[name=result]", "各方达成一致");
            township.press(feedback, "提交反馈");
            township.waitForText("意见未全部记录");
            assertThat(township.find(feedback + " textarea[name=result]").getDomProperty("value"))
                    .isEqualTo("各方达成一致");
            township.screenshot("15-township-feedback-refused");

            while (township.all("#tasks-h + ul textarea[name=contribution]").size() > 0) {
                township.typeIn("#tasks-h + ul textarea[name=contribution]", "人社、司法所同意调解方案");
                township.press("#tasks-h + ul", "记录意见");
                township.waitForText("已办理：记录会诊意见");
            }
            feedback = township.openAction("feed-back");
            township.typeIn(feedback + " textarea[name=result]", "建筑公司同意三个月内分三期付清 18 万元");
            township.press(feedback, "提交反馈");
            township.waitForText("已办理：处理反馈");

            String close = township.openAction("close");
            township.typeIn(close + " #ag-parties-0", "李师傅、赵师傅、某建筑工程有限公司")
                    .typeIn(close + " #ag-terms-0", "建筑公司于三个月内分三期付清欠薪 18 万元")
                    .date(close + " #ag-signed-0", "2026-12-02");
            township.screenshot("16-township-close-form");
            township.press(close, "结案");
            township.waitForText("已办理：结案");
            assertThat(township.text()).contains("调解协议 1").contains("已办结");

            String confirm = township.openAction("confirm-judicially");
            township.typeIn(confirm + " input[name=court]", "上党区人民法院")
                    .typeIn(confirm + " input[name=rulingNumber]", "（2026）晋0404民特12号")
                    .date(confirm + " input[name=confirmedOn]", "2026-12-02");
            township.press(confirm, "记录司法确认");
            township.waitForText("已办理：司法确认");
            assertThat(township.text()).contains("已司法确认");

            String followUp = township.openAction("follow-up");
            township.select(followUp + " select[name=kind]", "PHONE")
                    .select(followUp + " select[name=satisfaction]", "SATISFIED")
                    .typeIn(followUp + " textarea[name=note]", "工人表示已收到第一期款项");
            township.press(followUp, "记录回访");
            township.waitForText("已办理：回访");

            township.press(township.openAction("archive"), "归档");
            township.waitForText("已办理：归档");
            assertThat(township.text()).contains("已归档").contains("电话回访").contains("满意");
            assertThat(township.text()).doesNotContain("record-part").doesNotContain("140404001 ·");
            township.screenshot("17-township-case-archived");
        }
    }

    @Test
    void theCountyRefersACaseDownAndTheTownshipReturnsIt() {
        String caseId;
        try (Browser county = Browser.desk(gateway)) {
            county.signIn("shangdang.clerk");
            caseId = takeIn(county, "邻里噪音纠纷 " + marker, "NEIGHBOURS", "韩店街道长安社区");
            String refer = county.openAction("refer");
            county.select(refer + " select[name=to]", "140404001")
                    .typeIn(refer + " textarea[name=reason]", "属地纠纷，请街道就地化解");
            county.press(refer, "转办");
            county.waitForText("已办理：转办");
            assertThat(county.text()).contains("待接收的移交").contains("韩店街道");
            county.screenshot("20-county-referred");
        }
        try (Browser township = Browser.desk(gateway)) {
            township.signIn("handian.admin");
            township.open("/worklist?scope=center&kind=TRANSFER");
            township.waitForText("邻里噪音纠纷 " + marker);
            township.screenshot("21-township-transfer-worklist");
            township.open("/cases/" + caseId);
            String back = township.openAction("return-transfer");
            township.typeIn(back + " textarea[name=reason]", "当事人均居住在府后街社区以外，应由区里协调");
            township.press(back, "退回");
            township.waitForText("已办理：退回");
            township.screenshot("22-township-returned");
        }
        try (Browser county = Browser.desk(gateway)) {
            county.signIn("shangdang.clerk");
            county.open("/cases/" + caseId);
            assertThat(county.text()).contains("退回").contains("当事人均居住在府后街社区以外");
            assertThat(county.present("#act-refer"))
                    .as("the county can act on it again")
                    .isTrue();
        }
    }

    @Test
    void aTownshipAnswersTheSupervisionOrderOfItsCounty() throws SQLException {
        try (Browser township = Browser.desk(gateway)) {
            township.signIn("handian.admin");
            String caseId = takeIn(township, "物业停水纠纷 " + marker, "PROPERTY_MANAGEMENT", "韩店街道某小区");
            overdue(caseId);
            township.reloadUntil("待回复", Duration.ofSeconds(90));
            assertThat(township.text()).contains("督办").contains("上党区");
            township.screenshot("30-township-supervised");
            township.open("/worklist?kind=SUPERVISION&scope=center");
            township.waitForText("物业停水纠纷 " + marker);
            township.screenshot("31-township-supervision-worklist");
            township.open("/cases/" + caseId);
            township.typeIn("#supervision-h + ul textarea[name=response]", "已约谈物业公司，今日 18 时前恢复供水");
            township.press("#supervision-h + ul", "提交回复");
            township.waitForText("已办理：督办回复");
            assertThat(township.text()).contains("已回复").contains("已约谈物业公司");
            township.screenshot("32-township-supervision-answered");
        }
    }

    @Test
    void unknownPagesAnswerNotFoundAndTheConsoleSpeaksChinese() {
        try (Browser desk = Browser.desk(gateway)) {
            desk.signIn("handian.clerk");
            desk.open("/no-such-page");
            assertThat(desk.text()).contains("页面不存在");
            desk.open("/cases/not-a-case");
            assertThat(desk.text()).contains("未找到");
            desk.open("/cases");
            assertThat(desk.text())
                    .doesNotContain("Cases")
                    .doesNotContain("Search")
                    .doesNotContain("Status");
            desk.screenshot("40-cases-search");
            desk.open("/");
            desk.screenshot("41-clerk-home");
        }
        Http.Response api = Http.get(gateway + "/api/no-such-thing", Tokens.of("handian.clerk"));
        assertThat(api.status()).isEqualTo(404);
    }

    /** Takes a case in through the console's form at the signed-in person's center; returns its id. */
    private String takeIn(Browser browser, String title, String category, String place) {
        browser.open("/cases/new");
        browser.select("#category", category)
                .type("place", place)
                .type("title", title)
                .type("description", title + "，当事人到中心反映。")
                .type("applicant-0-name", "周女士")
                .type("applicant-0-phone", "13700137000");
        submitIntake(browser, null);
        browser.press("main", "查看案件");
        browser.find("#summary-h");
        return caseIdOf(browser.url());
    }

    /** Submits the intake form; when likely repeats are shown, goes on with a new case. Waits for the receipt. */
    private static void submitIntake(Browser browser, String repeatsScreenshot) {
        browser.click("#submit-intake");
        browser.find("#receipt-code, #create-anyway, #intake-error");
        if (browser.present("#create-anyway")) {
            if (repeatsScreenshot != null) {
                browser.screenshot(repeatsScreenshot);
            }
            browser.click("#create-anyway");
        }
        browser.find("#receipt-code");
    }

    private static String caseIdOf(String url) {
        Matcher m = CASE_PAGE.matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return m.group(1);
    }

    /**
     * Moves a case's clock back so its step is past due, as if days had gone by: the warning scan (every
     * 30 s) then turns it red and the holder's parent issues a supervision order.
     */
    private static void overdue(String caseId) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                backing.caseJdbcUrl(), backing.databaseUser(), backing.databasePassword())) {
            db.setAutoCommit(false);
            db.createStatement().execute("select set_config('app.system', 'on', true)");
            try (PreparedStatement backdate = db.prepareStatement(
                    "update cases set step_started_at = now() - interval '4 hours', blue_at = now() - interval '3 hours', yellow_at = now() - interval '2 hours',"
                            + " due_at = now() - interval '1 hour', next_warning_at = now() - interval '1 minute'"
                            + " where id = ?::uuid")) {
                backdate.setString(1, caseId);
                assertThat(backdate.executeUpdate()).isEqualTo(1);
            }
            db.commit();
        }
    }
}
