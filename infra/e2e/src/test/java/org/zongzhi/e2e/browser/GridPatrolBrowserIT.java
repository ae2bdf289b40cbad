package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.TestPlatform;

/**
 * 网格 in the console: 长安社区's admin draws two grids and assigns the grid worker; the worker, on a phone,
 * patrols one, records a hazard and reports it as a case in one tap, and the case carries the grid; the
 * township (韩店街道) sees the grid numbers; the sibling village (府后街社区) sees nothing of it.
 */
class GridPatrolBrowserIT {

    private static final String CHANGAN = "140404001001";
    private static final String FUHOU = "140404001002";
    private static final Pattern CODE = Pattern.compile("编码 (\\d{15})");

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    @Test
    void aVillageDrawsGridsItsWorkerPatrolsAndReportsACaseTheTownshipCountsItAndTheSiblingSeesNothing() {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String east = "东街网格" + run;
        String market = "农贸市场网格" + run;
        String eastCode;
        String marketCode;
        try (Browser admin = Browser.phone(gateway)) {
            admin.signIn("changan.admin");
            admin.open("/grids");
            assertThat(admin.url()).endsWith("/centers/" + CHANGAN + "/grids");
            assertThat(admin.text(".center-tabs a.active")).isEqualTo("网格");

            admin.type("gf-name", east).select("#gf-kind", "COMPREHENSIVE").type("gf-households", "320");
            admin.type(
                    "gf-boundary",
                    "{\"type\":\"Polygon\",\"coordinates\":[[[113.10,36.10],[113.12,36.10],[113.12,36.12],[113.10,36.10]]]}");
            admin.click("#gf-submit");
            eastCode = code(admin.text("#grid-done"));

            admin.type("gf-name", market).select("#gf-kind", "DEDICATED").type("gf-households", "40");
            admin.click("#gf-submit");
            assertThat(admin.text("#grid-problems")).contains("专属网格请选择覆盖对象");
            admin.type("gf-name", market).select("#gf-kind", "DEDICATED").select("#gf-covers", "MARKET");
            admin.type("gf-households", "40");
            admin.click("#gf-submit");
            marketCode = code(admin.text("#grid-done"));
            assertThat(admin.text("#grid-" + marketCode)).contains(market, "专属网格", "市场", "40 户", "在用");

            String section = "#grid-" + eastCode;
            admin.click(section + " details.action:nth-of-type(1) > summary");
            admin.select(section + " .member-username", "changan.grid").select(section + " .member-role", "FULL_TIME");
            admin.click(section + " .member-submit");
            assertThat(admin.text("#grid-done")).contains("已把 changan.grid 分配到网格 " + eastCode, "专职网格员");
            assertThat(admin.text(section + " .grid-members")).contains("changan.grid", "专职网格员");
            assertThat(admin.scrollsSideways()).isFalse();
            admin.screenshot("grid-01-village-grids");
        }

        String caseCode;
        try (Browser worker = Browser.phone(gateway)) {
            worker.signIn("changan.grid");
            worker.open("/");
            worker.click("#home-patrol");
            assertThat(worker.url()).endsWith("/grids/patrol");
            if (worker.present("#patrol-open")) { // a patrol left open by an earlier run
                worker.type("patrol-households", "0").click("#patrol-end");
            }
            worker.click("button[data-grid='" + eastCode + "']");
            assertThat(worker.text("#patrol-open")).contains("正在巡查", east);
            assertThat(worker.scrollsSideways()).isFalse();

            worker.click("input[name='kind'][value='SAFETY_HAZARD']");
            worker.type("finding-description", "东街主管道污水外溢，影响三户通行" + run);
            worker.click("#finding-submit");
            assertThat(worker.text("#patrol-done")).contains("已记录：安全隐患");
            assertThat(worker.text("#findings")).contains("安全隐患", "东街主管道污水外溢");
            worker.screenshot("grid-02-patrol-finding");

            worker.click("#findings li.finding:last-child .report-case");
            String done = worker.text("#patrol-done");
            assertThat(done).contains("已上报为案件");
            Matcher m =
                    Pattern.compile("(" + CHANGAN + "-\\d{6}-\\d{5}-[\\dX])").matcher(done);
            assertThat(m.find()).as(done).isTrue();
            caseCode = m.group(1);
            assertThat(worker.text("#findings li.finding:last-child")).contains("已上报为案件", caseCode);
            assertThat(worker.scrollsSideways()).isFalse();
            worker.screenshot("grid-03-reported");

            worker.click("#patrol-case-link");
            assertThat(worker.text("main h1")).contains(caseCode);
            assertThat(worker.text("#case-grid")).isEqualTo(eastCode);
            assertThat(worker.text()).contains("网格巡查");
            worker.screenshot("grid-04-case-with-grid");

            worker.open("/grids/patrol");
            worker.type("patrol-households", "8").type("patrol-note", "东街一带");
            worker.click("#patrol-end");
            assertThat(worker.text("#patrol-done")).contains("巡查已结束，走访 8 户");
            assertThat(worker.text("#patrol-recent")).contains(east, "走访 8 户", "发现 1 条");
            // 网格上报 outside a patrol offers the worker's grids too
            worker.open("/cases/new");
            assertThat(worker.text("#gridCode")).contains(east, "不属于网格");
        }

        try (Browser township = Browser.desk(gateway)) {
            township.signIn("handian.admin");
            township.open("/grids");
            assertThat(township.url()).contains("/centers/140404001/grid-numbers");
            assertThat(township.text("main h1")).startsWith("网格巡查统计");
            String row = "#grid-rows tr[data-code='" + eastCode + "']";
            assertThat(township.text(row)).contains(east, "长安");
            assertThat(Integer.parseInt(township.text(row + " .grid-patrols"))).isGreaterThanOrEqualTo(1);
            assertThat(township.text(row + " .grid-cases")).isEqualTo("1");
            assertThat(township.text("#grid-rows tr[data-code='" + marketCode + "'] .grid-patrols"))
                    .isEqualTo("0");
            assertThat(township.text("#grid-groups tr[data-code='" + CHANGAN + "']"))
                    .contains("长安");
            assertThat(township.text("#kpi-coverage")).endsWith("%");
            assertThat(township.text()).doesNotContain("案件办理结果暂时无法读取");
            township.screenshot("grid-05-township-numbers");
            // the township reads the village's grids but manages nothing there
            township.open("/centers/" + CHANGAN + "/grids");
            assertThat(township.text("#grid-" + eastCode)).contains(east, "changan.grid");
            assertThat(township.present("#grid-form")).isFalse();
            assertThat(township.text()).contains("本页为只读");
        }
        try (Browser township = Browser.phone(gateway)) {
            township.signIn("handian.admin");
            township.open("/centers/140404001/grid-numbers");
            assertThat(township.text("#grid-rows")).contains(east);
            assertThat(township.scrollsSideways()).isFalse();
        }

        try (Browser sibling = Browser.desk(gateway)) {
            sibling.signIn("fuhou.admin");
            sibling.open("/centers/" + CHANGAN + "/grids");
            assertThat(sibling.text()).doesNotContain(east, eastCode);
            assertThat(sibling.text()).contains("HTTP 404");
            sibling.open("/centers/" + CHANGAN + "/grid-numbers");
            assertThat(sibling.text()).doesNotContain(east, eastCode).contains("HTTP 404");
            sibling.open("/grids/cases/" + caseCode);
            assertThat(sibling.text()).doesNotContain("东街主管道污水外溢").contains("HTTP 404");
            sibling.open("/centers/" + FUHOU + "/grids");
            assertThat(sibling.text()).doesNotContain(east, eastCode);
            sibling.screenshot("grid-06-sibling-sees-nothing");
        }
    }

    private static String code(String done) {
        Matcher m = CODE.matcher(done);
        assertThat(m.find()).as(done).isTrue();
        return m.group(1);
    }
}
