package org.zongzhi.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zongzhi.console.domain.Dashboard;
import org.zongzhi.console.domain.Period;

class NumbersPageTest {

    private final Templates templates = new Templates();

    private static Map<String, Object> measures(long found, Double resolution) {
        var m = new HashMap<String, Object>();
        m.put("found", found);
        m.put("resolved", 1L);
        m.put("closed", 1L);
        m.put("resolutionRate", resolution);
        m.put("open", 2L);
        m.put("openRed", 1L);
        return m;
    }

    private Map<String, Object> model(String code, boolean wall, List<Dashboard.Row> rows) {
        Period period = Period.of("month", null, null, LocalDate.of(2026, 12, 2));
        var model = new HashMap<String, Object>();
        model.put("ask", new NumbersController.Ask(code, period, "found", true, wall, null));
        model.put("period", period);
        model.put("kinds", Period.KINDS);
        Map<String, String> labels = new LinkedHashMap<>();
        Period.KINDS.forEach(
                k -> labels.put(k, Period.of(k, null, null, period.to()).label()));
        model.put("kindLabels", labels);
        model.put("centerCode", code);
        model.put("centerName", "韩店街道");
        model.put("levelName", "乡镇（街道）");
        model.put("village", code.length() == 12);
        model.put("parentCode", "140404");
        model.put("measures", Dashboard.MEASURES);
        model.put("rankingMeasures", Dashboard.RANKING);
        Map<String, Object> overall = measures(5, 0.2);
        model.put("overall", overall);
        var deltas = new LinkedHashMap<String, Dashboard.Delta>();
        Dashboard.MEASURES.forEach(m -> deltas.put(m.key(), Dashboard.delta(overall.get(m.key()), 3L, m.rate())));
        model.put("deltas", deltas);
        model.put("rows", rows);
        model.put("tileMeasure", Dashboard.measure("resolutionRate"));
        model.put("tileChoices", Dashboard.RANKING);
        model.put("tiles", org.zongzhi.console.domain.TileMap.of(code, rows, Dashboard.measure("resolutionRate")));
        model.put(
                "standings",
                new org.zongzhi.console.conformance.ChildrenConformance.Summary(
                        3,
                        Map.of(
                                "140404001001",
                                new org.zongzhi.console.conformance.ChildrenConformance.Standing("良好", 87.5, 1))));
        List<Map<String, Object>> trend = List.of(Map.of("key", "2026-12-01", "measures", measures(5, 0.2)));
        model.put("trend", trend);
        List<Map<String, Object>> categories = List.of(Map.of("key", "NEIGHBOURS", "measures", measures(5, 0.2)));
        model.put("categories", categories);
        model.put("channels", categories);
        model.put("risks", categories);
        model.put("trends", List.of(Map.of("category", "NEIGHBOURS", "recent", 5, "previous", 1, "rising", true)));
        model.put("alerts", List.of(Map.of("kind", "place", "value", "长安工地", "cases", 6)));
        model.put(
                "charts",
                Map.of(
                        "trend",
                        "{\"type\":\"line\"}",
                        "category",
                        "{\"type\":\"bar\"}",
                        "channel",
                        "{\"type\":\"pie\"}",
                        "risk",
                        "{\"type\":\"bar\"}",
                        "children",
                        "{}"));
        return model;
    }

    @Test
    void aTownshipsDashboardShowsEveryVillageAndLinksEachNumberToItsCases() {
        List<Dashboard.Row> rows = Dashboard.children(
                List.of(
                        Map.of("code", "140404001001", "name", "长安社区居委会"),
                        Map.of("code", "140404001002", "name", "府后社区居委会")),
                List.of(Map.of("key", "140404001001", "measures", measures(5, 0.2))));

        String html = templates.render("numbers", model("140404001", false, rows));

        assertThat(html)
                .contains("统计", "韩店街道", "下级中心排名", "长安社区居委会", "府后社区居委会", "本期无案件")
                .contains("受理总量 ↓", "红色预警", "较上月同期", "高频问题", "群体性纠纷预警", "长安工地")
                .contains("/cases?center=140404001001&amp;createdFrom=2026-12-01&amp;createdTo=2026-12-02")
                .contains("data-chart=\"{&quot;type&quot;:&quot;line&quot;}\"")
                .contains("data-chart=\"{&quot;type&quot;:&quot;pie&quot;}\"")
                .contains(">本周</a>", ">本年</a>")
                .contains("达标等级（第 3 版）", ">良好</a>", "87.5%", "未评")
                .contains("/numbers.xlsx?center=140404001&amp;period=month");
    }

    @Test
    void theProvinceSeesItsCitiesAsTilesColouredByTheChosenMeasure() {
        List<Dashboard.Row> rows = Dashboard.children(
                List.of(Map.of("code", "1404", "name", "长治市"), Map.of("code", "1402", "name", "大同市")),
                List.of(Map.of("key", "1404", "measures", measures(5, 0.2))));

        String html = templates.render("numbers", model("14", false, rows));

        assertThat(html)
                .contains("全省地市示意图", "tile low", "tile none", "长治市", "示意图，不是地图")
                .contains("grid-row: 5; grid-column: 3");
    }

    @Test
    void aVillageHasNoRankingAndTheWallHasNoNavigation() {
        String html = templates.render("numbers", model("140404001001", true, List.of()));

        assertThat(html).contains("数据驾驶舱", "data-refresh=\"60\"").doesNotContain("下级中心排名", "mainnav");
    }
}
