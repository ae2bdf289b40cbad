package org.zongzhi.cases.dispute.domain;

/**
 * Checks for the free text people type into a case. Each names the request field it checks (its JSON
 * name, e.g. {@code reason}) and says in words what the value is.
 */
final class Text {

    private Text() {}

    /** A missing value the caller must supply: a 400 for the client, never a NullPointerException. */
    static <T> T present(T value, String field, String what) {
        if (value == null) {
            throw new InvalidField(field, what + " is required");
        }
        return value;
    }

    static String required(String text, String field, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, what + " is required");
        }
        return optional(text, field, what, maxLength);
    }

    static String optional(String text, String field, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
                // PostgreSQL cannot store NUL in text, and no other control character belongs in what a
                // person typed: refused with the field named, before anything is written.
                throw new InvalidField(
                        field, what + " contains a control character (U+" + String.format("%04X", (int) c) + ")");
            }
        }
        if (stripped.length() > maxLength) {
            throw new InvalidField(field, what + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }
}
