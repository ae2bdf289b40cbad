package org.zongzhi.cases.dispute.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zongzhi.cases.dispute.domain.InvalidField;

/** Small checks on request bodies and parameters that turn client mistakes into 400s with a reason. */
final class Bodies {

    private Bodies() {}

    static <T> T required(T body) {
        if (body == null) {
            throw new IllegalArgumentException("a JSON request body is required");
        }
        return body;
    }

    /** The parameter as the name of one of the enum's constants, or null when absent. */
    static <E extends Enum<E>> String oneOf(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, name).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidField(
                    parameter,
                    parameter + "=" + value + " is not one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    /** Parses one field's value; whatever the parser refuses is that field's problem. */
    static <T> T field(String field, Supplier<T> parse) {
        return InvalidField.parsing(field, parse);
    }
}
