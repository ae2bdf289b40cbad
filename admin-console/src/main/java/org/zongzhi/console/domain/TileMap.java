package org.zongzhi.console.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A schematic tile map of a province's cities, coloured by one measure. It is not a map in the surveying
 * law's sense (no boundaries, no scale; docs/conformance.md §5): each city is a tile placed roughly where it
 * lies. Only Shanxi's layout is known; other provinces get the treemap alone.
 */
public final class TileMap {

    private TileMap() {}

    /** Row and column of each of Shanxi's 11 cities, north at the top (大同 and 朔州) to 运城 and 晋城. */
    private static final Map<String, int[]> SHANXI = Map.ofEntries(
            Map.entry("1406", new int[] {0, 0}),
            Map.entry("1402", new int[] {0, 2}),
            Map.entry("1409", new int[] {1, 1}),
            Map.entry("1411", new int[] {2, 0}),
            Map.entry("1401", new int[] {2, 1}),
            Map.entry("1403", new int[] {2, 2}),
            Map.entry("1407", new int[] {3, 1}),
            Map.entry("1410", new int[] {4, 0}),
            Map.entry("1404", new int[] {4, 2}),
            Map.entry("1408", new int[] {5, 0}),
            Map.entry("1405", new int[] {5, 2}));

    /** One tile: where it goes (1-based for CSS grid), what it says, and its colour step (none, 1–5). */
    public record Tile(int row, int column, String code, String name, Object value, String shade) {}

    public static boolean known(String province) {
        return "14".equals(province);
    }

    /**
     * The tiles of the rows' cities. Rates shade by the same bands as the treemap (below 60 %, to 90 %, from
     * 90 %); counts by fifths of the largest. A city without a value is "none".
     */
    public static List<Tile> of(String province, List<Dashboard.Row> rows, Dashboard.Measure measure) {
        if (!known(province) || measure == null) {
            return List.of();
        }
        double max = rows.stream()
                .map(r -> r.get(measure.key()))
                .filter(Number.class::isInstance)
                .mapToDouble(v -> ((Number) v).doubleValue())
                .max()
                .orElse(0);
        var tiles = new ArrayList<Tile>();
        for (Dashboard.Row row : rows) {
            int[] at = SHANXI.get(row.code());
            if (at == null) {
                continue;
            }
            Object value = row.get(measure.key());
            tiles.add(new Tile(at[0] + 1, at[1] + 1, row.code(), row.name(), value, shade(value, measure, max)));
        }
        return tiles;
    }

    static String shade(Object value, Dashboard.Measure measure, double max) {
        if (!(value instanceof Number n)) {
            return "none";
        }
        double v = n.doubleValue();
        if (measure.rate()) {
            return v < 0.6 ? "low" : v < 0.9 ? "mid" : "high";
        }
        if (max <= 0 || v <= 0) {
            return "s0";
        }
        return "s" + Math.max(1, (int) Math.ceil(v / max * 5));
    }
}
