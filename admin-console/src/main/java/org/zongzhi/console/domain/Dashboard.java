package org.zongzhi.console.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's arithmetic, apart from where the numbers come from: which measures it shows, every child
 * center as a row whether or not it has cases, the ranking's order, and each number's change against the
 * period before.
 */
public final class Dashboard {

    private Dashboard() {}

    /** One measure: its field in search-service's answer, its Chinese name, whether it is a rate (a fraction). */
    public record Measure(String key, String label, boolean rate) {}

    /** The period's measures in the order the dashboard shows them (docs/measures.md). */
    public static final List<Measure> MEASURES = List.of(
            new Measure("found", "受理总量", false),
            new Measure("accepted", "受理数", false),
            new Measure("resolved", "化解数", false),
            new Measure("closed", "办结数", false),
            new Measure("resolutionRate", "化解率", true),
            new Measure("onTimeClosureRate", "按时办结率", true),
            new Measure("timelyAcceptanceRate", "受理及时率", true),
            new Measure("closureRate", "办结率", true),
            new Measure("followUpRate", "回访率", true),
            new Measure("satisfactionRate", "满意率", true),
            new Measure("averageCycleDays", "平均办理天数", false),
            new Measure("open", "在办", false),
            new Measure("openRed", "红色预警", false),
            new Measure("openYellow", "黄色预警", false),
            new Measure("openBlue", "蓝色预警", false),
            new Measure("supervisionOpen", "督办未反馈", false),
            new Measure("supervisionOverdue", "督办已超期", false),
            new Measure("supervisionAnsweredLate", "督办逾期反馈", false));

    /** The columns of the ranking table: fewer than the tiles, so it fits. */
    public static final List<Measure> RANKING = MEASURES.stream()
            .filter(m -> List.of(
                            "found",
                            "resolved",
                            "closed",
                            "resolutionRate",
                            "onTimeClosureRate",
                            "timelyAcceptanceRate",
                            "followUpRate",
                            "satisfactionRate",
                            "open",
                            "openRed")
                    .contains(m.key()))
            .toList();

    public static Measure measure(String key) {
        return MEASURES.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    /** A child center with its measures; {@code measures} is empty when it has no cases in the period. */
    public record Row(String code, String name, String status, Map<String, Object> measures) {

        public boolean hasCases() {
            return !measures.isEmpty();
        }

        public Object get(String key) {
            Object value = measures.get(key);
            if (value == null
                    && !hasCases()
                    && measure(key) != null
                    && !measure(key).rate()) {
                return key.equals("averageCycleDays") ? null : 0L;
            }
            return value;
        }
    }

    /**
     * Every child center, in the tree's order, with its group from a {@code groupBy=child} answer; a child
     * without cases is a row too, and a group whose center is not in the list (the names could not be read)
     * is still shown by its code.
     */
    public static List<Row> children(List<Map<String, Object>> centers, List<Map<String, Object>> groups) {
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        for (Map<String, Object> group : groups) {
            if (group.get("key") != null && group.get("measures") instanceof Map<?, ?> m) {
                Map<String, Object> measures = new HashMap<>();
                m.forEach((k, v) -> measures.put(String.valueOf(k), v));
                byCode.put(group.get("key").toString(), measures);
            }
        }
        var rows = new ArrayList<Row>();
        for (Map<String, Object> center : centers) {
            String code = String.valueOf(center.get("code"));
            rows.add(new Row(
                    code,
                    center.get("name") == null ? code : center.get("name").toString(),
                    center.get("status") == null ? null : center.get("status").toString(),
                    byCode.getOrDefault(code, Map.of())));
            byCode.remove(code);
        }
        byCode.forEach((code, measures) -> rows.add(new Row(code, code, null, measures)));
        return rows;
    }

    /**
     * The rows by one measure; the tree's order when {@code key} is not a measure. Rows without a value (no
     * cases, or a rate with no denominator) come last either way, so "best first" never starts with "—".
     */
    public static List<Row> sorted(List<Row> rows, String key, boolean descending) {
        if (key == null || measure(key) == null) {
            return rows;
        }
        Comparator<Row> byValue = Comparator.comparingDouble(r -> ((Number) r.get(key)).doubleValue());
        if (descending) {
            byValue = byValue.reversed();
        }
        List<Row> withValue = new ArrayList<>(
                rows.stream().filter(r -> r.get(key) instanceof Number).toList());
        withValue.sort(byValue.thenComparing(Row::code));
        withValue.addAll(
                rows.stream().filter(r -> !(r.get(key) instanceof Number)).toList());
        return withValue;
    }

    /** A change against the period before: its text, and up, down or flat (or none when it cannot be said). */
    public record Delta(String text, String direction) {}

    public static Delta delta(Object now, Object before, boolean rate) {
        if (!(now instanceof Number n) || !(before instanceof Number b)) {
            return new Delta("—", "none");
        }
        double change = rate ? (n.doubleValue() - b.doubleValue()) * 100 : n.doubleValue() - b.doubleValue();
        if (Math.abs(change) < 0.05) {
            return new Delta("持平", "flat");
        }
        String amount = Numbers.number(Math.abs(change)) + (rate ? " 个百分点" : "");
        return change > 0 ? new Delta("↑ " + amount, "up") : new Delta("↓ " + amount, "down");
    }
}
