package org.zongzhi.tenant.conformance.domain;

import java.util.Map;

/**
 * A value the platform filled in at the round's cutoff, with the inputs it came from, or why there is none.
 *
 * @param inputs what the value was computed from (profile revision, measure counts, period)
 */
public record Computed(boolean available, Answer value, String reason, Map<String, Object> inputs) {

    public Computed {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }

    public static Computed of(Answer value, Map<String, Object> inputs) {
        return new Computed(true, value, null, inputs);
    }

    public static Computed notAvailable(String reason, Map<String, Object> inputs) {
        return new Computed(false, null, reason, inputs);
    }
}
