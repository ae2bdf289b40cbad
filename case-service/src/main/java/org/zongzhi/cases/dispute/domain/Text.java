package org.zongzhi.cases.dispute.domain;

/** Checks for the free text people type into a case. */
final class Text {

    private Text() {}

    /** A missing value the caller must supply: a 400 for the client, never a NullPointerException. */
    static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    static String required(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return optional(text, what, maxLength);
    }

    static String optional(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }
}
