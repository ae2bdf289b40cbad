package org.zongzhi.cases.dispute.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * One case, one code (一案一码): the center that took the case in, the day, a running number of that center
 * and day, and a check character (ISO 7064 MOD 11-2) that catches a mistyped character or two swapped
 * neighbours before anything is looked up. Written {@code 140404001001-261127-00042-7}; read with or
 * without the dashes.
 *
 * <p>The center's division code is padded with zeros to twelve digits: no real division code ends in a
 * group of zeros, so the center can be read back from the code.
 */
public record CaseCode(String value) {

    public static final int LENGTH = 24;
    public static final int MAX_SEQUENCE = 99_999;

    public CaseCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !value.substring(0, LENGTH - 1).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a case code has 23 digits and a check character");
        }
        if (!Mod11Check.matches(value.substring(0, LENGTH - 1), value.charAt(LENGTH - 1))) {
            throw new IllegalArgumentException(
                    "the case code's check character does not match: a character is probably mistyped or two are swapped");
        }
    }

    public static CaseCode issue(TenantCode center, LocalDate day, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("a center can issue at most " + MAX_SEQUENCE + " codes a day");
        }
        String body = padded(center)
                + String.format("%02d%02d%02d", day.getYear() % 100, day.getMonthValue(), day.getDayOfMonth())
                + String.format("%05d", sequence);
        return new CaseCode(body + Mod11Check.of(body));
    }

    /** Reads a code as people write it: dashes and spaces are ignored, a lower-case x is accepted. */
    public static CaseCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a case code is required, e.g. 140404001001-261127-00042-7");
        }
        String compact = text.replaceAll("[\\s-]", "").toUpperCase();
        if (compact.length() != LENGTH) {
            throw new IllegalArgumentException("a case code has " + LENGTH + " characters without dashes (got "
                    + compact.length() + "), e.g. 140404001001-261127-00042-7");
        }
        if (!compact.substring(0, LENGTH - 1).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a case code has 23 digits before its check character");
        }
        char check = compact.charAt(LENGTH - 1);
        if (!Character.isDigit(check) && check != 'X') {
            throw new IllegalArgumentException("a case code ends in a digit or X");
        }
        return new CaseCode(compact);
    }

    public TenantCode center() {
        String padded = value.substring(0, 12);
        int[] lengths = {12, 9, 6, 4, 2};
        for (int i = 0; i < lengths.length - 1; i++) {
            String tail = padded.substring(lengths[i + 1], lengths[i]);
            if (!tail.chars().allMatch(c -> c == '0')) {
                return TenantCode.of(padded.substring(0, lengths[i]));
            }
        }
        return TenantCode.of(padded.substring(0, 2));
    }

    public LocalDate day() {
        try {
            return LocalDate.of(
                    2000 + Integer.parseInt(value.substring(12, 14)),
                    Integer.parseInt(value.substring(14, 16)),
                    Integer.parseInt(value.substring(16, 18)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the case code holds no valid date");
        }
    }

    public int sequence() {
        return Integer.parseInt(value.substring(18, 23));
    }

    /** The code as printed for people: {@code 140404001001-261127-00042-7}. */
    public String display() {
        return value.substring(0, 12) + "-" + value.substring(12, 18) + "-" + value.substring(18, 23) + "-"
                + value.charAt(23);
    }

    private static String padded(TenantCode center) {
        return (center.value() + "000000000000").substring(0, 12);
    }

    @Override
    public String toString() {
        return display();
    }
}
