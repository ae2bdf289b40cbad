package org.zongzhi.tenant.conformance.domain;

import java.util.List;

/** The lists a standard, a tailoring or an answer is given, checked for empty elements ({@code [null]}). */
final class Elements {

    private Elements() {}

    /** An unmodifiable copy (empty for null); an element that is null is the client's mistake, named by its path. */
    static <T> List<T> of(String field, List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] is empty (null): remove it or give a value");
            }
        }
        return List.copyOf(list);
    }
}
