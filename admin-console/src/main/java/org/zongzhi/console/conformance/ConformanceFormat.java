package org.zongzhi.console.conformance;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zongzhi.console.domain.Conformance;

/** The conformance pages' words for the templates, as {@code ${@cf.label('status', a.status)}}. */
@Component("cf")
public class ConformanceFormat {

    public String label(String kind, Object code) {
        return Conformance.label(kind, code);
    }

    public String colourClass(Object colour) {
        return Conformance.colourClass(colour);
    }

    public String plain(Object number) {
        return Conformance.plain(number);
    }

    /** An item's rule (a map {threshold, members}) as a sentence, using the item's kind, comparison and unit. */
    public String rule(Map<?, ?> item, Object rule) {
        Object threshold = rule instanceof Map<?, ?> r ? r.get("threshold") : null;
        List<?> members = rule instanceof Map<?, ?> r && r.get("members") instanceof List<?> m ? m : List.of();
        return Conformance.rule(
                text(item.get("kind")), text(item.get("comparison")), text(item.get("unit")), threshold, members);
    }

    /** A value {met, number, members} as shown: 已达到 / 未达到, a number with its unit, the members listed. */
    public String value(Map<?, ?> item, Object value) {
        if (!(value instanceof Map<?, ?> v)) {
            return "—";
        }
        StringBuilder shown = new StringBuilder();
        if (v.get("number") instanceof Number n) {
            shown.append(Conformance.plain(n));
            if (item != null && item.get("unit") != null) {
                shown.append(' ').append(item.get("unit"));
            }
        }
        if (v.get("members") instanceof List<?> m && !m.isEmpty()) {
            if (!shown.isEmpty()) {
                shown.append("；");
            }
            shown.append(String.join(
                    "、", m.stream().map(x -> Conformance.label("member", x)).toList()));
        }
        if (v.get("met") instanceof Boolean met) {
            if (!shown.isEmpty()) {
                shown.append("；");
            }
            shown.append(met ? "已达到" : "未达到");
        }
        return shown.isEmpty() ? "—" : shown.toString();
    }

    /** Whether a list of members holds this one, for a checkbox. */
    public boolean holds(Object value, Object member) {
        return value instanceof Map<?, ?> v
                && v.get("members") instanceof List<?> m
                && m.stream().anyMatch(x -> String.valueOf(x).equals(String.valueOf(member)));
    }

    /** Why an item lost points, in Chinese. */
    public String reason(Object text) {
        return Conformance.reason(text);
    }

    /** The center directly above a center. */
    public String parentOf(Object code) {
        return Conformance.parentOf(text(code));
    }

    /** A level's Chinese name. */
    public String level(Object code) {
        return org.zongzhi.console.domain.Labels.level(code);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
