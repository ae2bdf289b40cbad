package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.zongzhi.e2e.CaseJourneyEndToEndIT;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;

/**
 * Issue 11's dashboards in a real browser: the province's charts carry the numbers of their tables, the
 * ranking sorts, a drill-down goes 山西省 → 长治市 → 上党区 → 韩店街道 → 长安社区 and a number opens the cases
 * behind it; a village admin sees its own dashboard; the wall mode fills 1920×1080; the numbers export to
 * Excel as they are on the screen.
 */
class DashboardBrowserIT {

    private static String gateway;

    @BeforeAll
    static void thePlatformRunsWithACaseThisMonth() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
        String marker = "DASH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CaseJourneyEndToEndIT.takeIn(gateway, marker);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Http.get(gateway + "/api/search/cases?q=" + marker, Tokens.of("changan.admin"))
                                        .json()
                                        .get("total")
                                        .asLong())
                                .isEqualTo(1));
    }

    @Test
    void theProvinceDrillsDownToAVillageAndOpensTheCasesBehindANumber() throws Exception {
        try (Browser province = Browser.desk(gateway)) {
            province.signIn("province.admin");
            province.press(".mainnav", "统计");
            province.waitForText("下级中心排名");
            assertThat(province.text("h1")).contains("统计", "山西省");
            assertThat(province.text("#period-line")).contains("本月", "较上月同期");
            // the charts are drawn, and each carries the numbers of the table under it
            assertThat(chartSeries(province, "chart-trend", 0)).isEqualTo(column(province, "table-trend", 1));
            assertThat(chartSeries(province, "chart-category", 0)).isEqualTo(column(province, "table-category", 1));
            assertThat(province.present("#chart-trend svg")).isTrue();
            // every city is a row, with or without cases; 长治 has this month's case
            assertThat(province.all("#ranking tbody tr")).hasSize(11);
            assertThat(province.text("#ranking")).contains("长治市", "本期无案件");
            province.screenshot("70-province-dashboard");
            // the 11 cities as a schematic tile map, coloured by a measure of the user's choosing
            assertThat(province.all("#tiles .tile")).hasSize(11);
            String changzhiFound = province.text("#ranking tr[data-code='1404'] td:nth-child(2)");
            province.press("#tiles nav", "受理总量");
            province.waitForText("按受理总量着色");
            assertThat(province.text("#tiles .tile[data-code='1404']")).contains("长治", changzhiFound);
            String busiest = province.all("#ranking tbody tr").stream()
                    .max(java.util.Comparator.comparingLong(row -> Long.parseLong(
                            row.findElements(By.tagName("td")).get(1).getText().strip())))
                    .orElseThrow()
                    .getDomAttribute("data-code");
            assertThat(province.find("#tiles .tile[data-code='" + busiest + "']")
                            .getDomAttribute("class"))
                    .as("the city with the most cases has the darkest tile")
                    .contains("s5");

            province.press("#ranking thead", "受理总量");
            province.waitForText("受理总量 ↓");
            List<Long> found = rankingColumn(province, 1);
            assertThat(found).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            province.press("#ranking thead", "受理总量 ↓");
            province.waitForText("受理总量 ↑");
            assertThat(rankingColumn(province, 1)).isSorted();

            for (String next : List.of("1404", "140404", "140404001")) {
                province.click("#ranking tr[data-code='" + next + "'] td a");
                province.find("h1 .code");
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> assertThat(province.text("h1")).contains(next));
                assertThat(province.all("#ranking tbody tr"))
                        .as("the children of %s", next)
                        .isNotEmpty();
            }
            assertThat(province.text("h1")).contains("韩店街道");
            province.click("#ranking tr[data-code='140404001001'] td a");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(province.text("h1")).contains("140404001001"));
            assertThat(province.present("#ranking"))
                    .as("a village has no children to rank")
                    .isFalse();
            assertThat(province.text("#kpis")).contains("受理总量", "化解率", "回访率", "督办已超期");
            long villageFound = Long.parseLong(province.text(".kpi[data-key=found] .kpi-value"));
            assertThat(villageFound).isPositive();
            province.screenshot("71-village-dashboard-from-province");

            province.click(".kpi[data-key=found] a");
            province.waitForText("范围");
            assertThat(province.text(".scope")).contains("长安社区", "登记于");
            assertThat(province.text()).contains("楼道污水管破裂");
            province.screenshot("72-cases-behind-a-number");
        }
    }

    @Test
    void aVillageAdminSeesItsOwnDashboardOnAPhone() {
        try (Browser village = Browser.phone(gateway)) {
            village.signIn("changan.admin");
            village.open("/numbers");
            village.waitForText("平均办理天数");
            assertThat(village.text("h1")).contains("140404001001");
            assertThat(village.text()).doesNotContain("下级中心排名").doesNotContain("Bad Request");
            assertThat(Long.parseLong(village.text(".kpi[data-key=found] .kpi-value")))
                    .isPositive();
            assertThat(village.scrollsSideways())
                    .as("the dashboard fits a 390 px phone")
                    .isFalse();
            village.screenshot("73-village-dashboard-phone");
        }
    }

    @Test
    void theWallScreenAndTheWorkbookShowTheSameNumbers() throws Exception {
        try (Browser wall = Browser.wall(gateway)) {
            wall.signIn("shangdang.admin");
            wall.open("/numbers?period=year&view=wall");
            wall.waitForText("数据驾驶舱");
            assertThat(wall.present(".mainnav"))
                    .as("the wall shows no navigation")
                    .isFalse();
            assertThat(wall.script("return document.body.dataset.refresh")).isEqualTo("60");
            assertThat(wall.scrollsSideways()).as("the wall mode fits 1920 px").isFalse();
            wall.screenshot("74-county-wall-1920x1080");
            String handianFound = wall.text("#ranking tr[data-code='140404001'] td:nth-child(2)");

            wall.open("/numbers?period=year");
            String workbook = Browser.unzipped(
                    wall.download(wall.find("a[href*='numbers.xlsx']").getDomAttribute("href")));
            assertThat(workbook).contains("受理总量", "化解率（%）", "（140404001）");
            java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                            "（140404001）</t></is></c><c r=\"[A-Z]+\\d+\"><v>(\\d+)</v>")
                    .matcher(workbook);
            assertThat(row.find()).as("韩店's row in the workbook").isTrue();
            assertThat(row.group(1))
                    .as("韩店's found in the workbook is the screen's")
                    .isEqualTo(handianFound);
            assertThat(Long.parseLong(handianFound)).isPositive();

            // the center list of the county's whole subtree, and both exports audited as the person who made them
            wall.open("/centers");
            String centers = Browser.unzipped(
                    wall.download(wall.find("a[href$='centers.xlsx']").getDomAttribute("href")));
            assertThat(centers).contains("中心名录", "140404001", "140404001001", "村（社区）");
            String audit = Http.get(
                            gateway + "/api/search/exports?username=shangdang.admin&size=50",
                            Tokens.of("shangdang.admin"))
                    .body();
            assertThat(audit).contains("\"kind\":\"numbers\"", "\"kind\":\"centers\"");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Long> chartSeries(Browser browser, String chart, int series) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.script(
                                "return !!(window.zongzhiCharts && window.zongzhiCharts[arguments[0]])", chart)
                        .equals(Boolean.TRUE));
        List<Object> data = (List<Object>) browser.script(
                "return window.zongzhiCharts[arguments[0]].getOption().series[arguments[1]].data", chart, series);
        var values = new ArrayList<Long>();
        for (Object value : data) {
            values.add(
                    value instanceof java.util.Map<?, ?> m
                            ? ((Number) m.get("value")).longValue()
                            : ((Number) value).longValue());
        }
        return values;
    }

    /** A table column's numbers, read from the DOM (the table may be folded in its details). */
    private static List<Long> column(Browser browser, String table, int index) {
        var values = new ArrayList<Long>();
        for (WebElement row : browser.all("#" + table + " tbody tr")) {
            String text = row.findElements(By.tagName("td"))
                    .get(index)
                    .getAttribute("textContent")
                    .strip();
            values.add(Long.parseLong(text));
        }
        return values;
    }

    private static List<Long> rankingColumn(Browser browser, int index) {
        var values = new ArrayList<Long>();
        for (WebElement row : browser.all("#ranking tbody tr")) {
            values.add(Long.parseLong(
                    row.findElements(By.tagName("td")).get(index).getText().strip()));
        }
        return values;
    }
}
