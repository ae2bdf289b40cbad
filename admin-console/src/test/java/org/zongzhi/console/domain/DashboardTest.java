package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardTest {

    private static final List<Map<String, Object>> TOWNSHIPS = List.of(
            Map.of("code", "140404001", "name", "韩店街道", "status", "OPERATING"),
            Map.of("code", "140404002", "name", "西火镇", "status", "PLANNED"),
            Map.of("code", "140404003", "name", "苏店镇", "status", "OPERATING"));

    private static Map<String, Object> group(String code, long found, Double resolution) {
        var measures = new java.util.HashMap<String, Object>();
        measures.put("found", found);
        measures.put("resolutionRate", resolution);
        return Map.of("key", code, "measures", measures);
    }

    @Test
    void everyChildIsARowAndOneWithoutCasesSaysSo() {
        List<Dashboard.Row> rows = Dashboard.children(TOWNSHIPS, List.of(group("140404003", 4, 0.5)));

        assertThat(rows).extracting(Dashboard.Row::name).containsExactly("韩店街道", "西火镇", "苏店镇");
        assertThat(rows.get(0).hasCases()).isFalse();
        assertThat(rows.get(0).get("found")).as("no cases: zero found").isEqualTo(0L);
        assertThat(rows.get(0).get("resolutionRate")).as("no cases: no rate").isNull();
        assertThat(rows.get(2).get("found")).isEqualTo(4L);
    }

    @Test
    void theRankingSortsByAMeasureWithTheEmptyOnesLast() {
        List<Dashboard.Row> rows =
                Dashboard.children(TOWNSHIPS, List.of(group("140404001", 10, 0.9), group("140404003", 4, 0.95)));

        assertThat(Dashboard.sorted(rows, "resolutionRate", true))
                .extracting(Dashboard.Row::code)
                .containsExactly("140404003", "140404001", "140404002");
        assertThat(Dashboard.sorted(rows, "resolutionRate", false))
                .extracting(Dashboard.Row::code)
                .containsExactly("140404001", "140404003", "140404002");
        assertThat(Dashboard.sorted(rows, "found", false))
                .extracting(Dashboard.Row::code)
                .as("a center without cases has found = 0")
                .containsExactly("140404002", "140404003", "140404001");
        assertThat(Dashboard.sorted(rows, "weather", true)).isEqualTo(rows);
    }

    @Test
    void changesAreSaidInCountsAndPercentagePoints() {
        assertThat(Dashboard.delta(12L, 9L, false)).isEqualTo(new Dashboard.Delta("↑ 3", "up"));
        assertThat(Dashboard.delta(0.9, 0.925, true)).isEqualTo(new Dashboard.Delta("↓ 2.5 个百分点", "down"));
        assertThat(Dashboard.delta(5L, 5L, false).text()).isEqualTo("持平");
        assertThat(Dashboard.delta(null, 5L, false).direction()).isEqualTo("none");
    }
}
