package org.zongzhi.cases.dispute.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident identity card number (GB 11643-1999): six digits of region, the birth date, three digits of
 * sequence and a check character (ISO 7064 MOD 11-2, 0–9 or X). Personal information: it is stored
 * encrypted and shown masked; messages about it never repeat it.
 */
public record NationalIdNumber(String value) {

    public NationalIdNumber {
        Objects.requireNonNull(value, "value");
        if (value.length() != 18 || !value.substring(0, 17).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a national ID number has 17 digits and a check character (0-9 or X)");
        }
        char check = value.charAt(17);
        if (!Character.isDigit(check) && check != 'X') {
            throw new IllegalArgumentException("a national ID number ends in a digit or X");
        }
        if (value.charAt(0) == '0') {
            throw new IllegalArgumentException("a national ID number starts with a region code, never with 0");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the national ID number holds no valid birth date (digits 7-14)");
        }
        if (birth.getYear() < 1900) {
            throw new IllegalArgumentException("the national ID number's birth year is before 1900");
        }
        if (!Mod11Check.matches(value.substring(0, 17), check)) {
            throw new IllegalArgumentException(
                    "the national ID number's check character does not match: please check it digit by digit");
        }
    }

    /** Reads a number as people type it: surrounding spaces dropped, a lower-case x accepted. */
    public static NationalIdNumber parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a national ID number is required");
        }
        return new NationalIdNumber(text.strip().toUpperCase());
    }

    /** The first three and last four characters, e.g. {@code 140***********001X}. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
