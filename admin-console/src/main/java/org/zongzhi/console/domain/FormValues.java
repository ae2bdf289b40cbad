package org.zongzhi.console.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person typed into a form, kept so a refused form comes back filled in. Values are stripped;
 * blanks count as absent.
 */
public record FormValues(Map<String, List<String>> values) {

    public static final FormValues EMPTY = new FormValues(Map.of());

    public FormValues {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> copy.put(
                    k,
                    v == null
                            ? List.of()
                            : v.stream().map(s -> s == null ? "" : s.strip()).toList()));
        }
        values = Map.copyOf(copy);
    }

    /** The first value, or null when absent or blank. */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() || list.get(0).isEmpty() ? null : list.get(0);
    }

    /** The value or a default, for pre-filling a field. */
    public String valueOr(String name, String fallback) {
        String value = value(name);
        return value == null ? fallback : value;
    }

    /** Every value of a repeated field, blanks kept so rows stay aligned. */
    public List<String> all(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list;
    }

    /** The value of row {@code i} of a repeated field, or null. */
    public String row(String name, int i) {
        List<String> list = all(name);
        return i < list.size() && !list.get(i).isEmpty() ? list.get(i) : null;
    }

    /** Whether a checkbox was ticked, or a multi-select holds {@code option}. */
    public boolean has(String name, String option) {
        return all(name).contains(option);
    }

    public boolean checked(String name) {
        String value = value(name);
        return value != null && !"false".equals(value);
    }

    /** The number of rows of a repeated field (at least {@code minimum}). */
    public int rows(String name, int minimum) {
        return Math.max(minimum, all(name).size());
    }
}
