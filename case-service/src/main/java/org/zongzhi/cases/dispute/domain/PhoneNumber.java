package org.zongzhi.cases.dispute.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mainland mobile number (11 digits starting 13–19) or a landline with its area code (0 + 2–3 digits,
 * then 7–8 digits). Personal information: stored encrypted, shown masked, never repeated in messages.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (!MOBILE.matcher(value).matches() && !LANDLINE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a phone number is a mobile number of 11 digits starting 13-19, or a landline with its area code"
                            + " (e.g. 0351-1234567)");
        }
    }

    /** Reads a number as people write it: spaces and dashes dropped, a +86 or 0086 prefix removed. */
    public static PhoneNumber parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a phone number is required");
        }
        String digits = text.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return new PhoneNumber(digits);
    }

    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /** The first three and the last four digits, e.g. {@code 138****5678}. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
