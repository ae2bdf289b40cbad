package org.zongzhi.cases.dispute.domain;

import java.util.function.Supplier;

/**
 * A value of one request field that breaks its rule. {@link #field()} is the field's JSON path as the
 * client sent it ({@code reason}, {@code applicants[0].idNumber}, {@code agreements[0].terms}), so that a
 * client can point at the input that needs changing.
 */
public final class InvalidField extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidField(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /**
     * The same problem seen from the enclosing field: {@code terms} inside {@code agreements[0]} becomes
     * {@code agreements[0].terms}; a problem without a field of its own is the enclosing field's.
     */
    public static InvalidField within(String parent, IllegalArgumentException problem) {
        if (problem instanceof InvalidField inner) {
            String path = inner.field.startsWith("[") ? parent + inner.field : parent + "." + inner.field;
            return new InvalidField(path, inner.reason);
        }
        return new InvalidField(parent, problem.getMessage());
    }

    /** Parses one field's value; whatever the parser refuses is that field's problem. */
    public static <T> T parsing(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw within(field, e);
        }
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
