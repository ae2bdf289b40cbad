package org.zongzhi.tenant.conformance.domain;

/**
 * A rule of the standard or of an assessment refused what was asked, in words the person asking can act
 * on. {@link Kind} says whether the request itself was wrong or the thing is not in a state that allows it.
 */
public final class Refusal extends RuntimeException {

    public enum Kind {
        INVALID,
        CONFLICT,
        FORBIDDEN,
        NOT_FOUND
    }

    private final Kind kind;

    private Refusal(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public static Refusal invalid(String detail) {
        return new Refusal(Kind.INVALID, detail);
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Kind.CONFLICT, detail);
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, detail);
    }

    /** Outside the caller's reach, or not there: the same answer, so nobody learns what exists elsewhere. */
    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, detail);
    }

    public Kind kind() {
        return kind;
    }
}
