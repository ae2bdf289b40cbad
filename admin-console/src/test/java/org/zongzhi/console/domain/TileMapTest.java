package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TileMapTest {

    private static final List<Map<String, Object>> CITIES = List.of(
            Map.of("code", "1401", "name", "太原市"),
            Map.of("code", "1402", "name", "大同市"),
            Map.of("code", "1404", "name", "长治市"),
            Map.of("code", "1408", "name", "运城市"));

    private static Map<String, Object> group(String code, long found, double resolution) {
        return Map.of("key", code, "measures", Map.of("found", found, "resolutionRate", resolution));
    }

    @Test
    void shanxisCitiesSitRoughlyWhereTheyLieAndAreShadedByTheMeasure() {
        List<Dashboard.Row> rows =
                Dashboard.children(CITIES, List.of(group("1404", 100, 0.95), group("1401", 20, 0.5)));

        List<TileMap.Tile> byCount = TileMap.of("14", rows, Dashboard.measure("found"));
        List<TileMap.Tile> byRate = TileMap.of("14", rows, Dashboard.measure("resolutionRate"));

        assertThat(byCount).extracting(TileMap.Tile::code).containsExactly("1401", "1402", "1404", "1408");
        TileMap.Tile datong = byCount.get(1);
        TileMap.Tile yuncheng = byCount.get(3);
        assertThat(datong.row()).as("大同 is north of 运城").isLessThan(yuncheng.row());
        assertThat(byCount).extracting(TileMap.Tile::shade).containsExactly("s1", "s0", "s5", "s0");
        assertThat(byRate).extracting(TileMap.Tile::shade).containsExactly("low", "none", "high", "none");
    }

    @Test
    void aProvinceWithoutAKnownLayoutHasNoTiles() {
        assertThat(TileMap.of("13", List.of(), Dashboard.measure("found"))).isEmpty();
    }
}
