package org.zongzhi.platform.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A center's identity: its statistical division code. The code's prefixes are its ancestors' codes
 * (140404001001 is in 140404001, 140404, 1404 and 14), so the tree needs no lookup to answer "is
 * this inside that".
 */
public record TenantCode(String value) {

    private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");

    public TenantCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a division code: expected 2, 4, 6, 9 or 12 digits, e.g. 140404");
        }
    }

    public static TenantCode of(String value) {
        return new TenantCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    public Level level() {
        return Level.ofCodeLength(value.length());
    }

    /** True when this center is {@code other} or lies below it. */
    public boolean isWithin(TenantCode other) {
        return value.startsWith(other.value);
    }

    /** The codes above this one, from the province down, without this one. */
    public List<TenantCode> ancestors() {
        var result = new ArrayList<TenantCode>();
        for (Level level : Level.values()) {
            if (level.codeLength() >= value.length()) {
                break;
            }
            result.add(new TenantCode(value.substring(0, level.codeLength())));
        }
        return List.copyOf(result);
    }

    /** The dotted path of all codes from the province to this one, e.g. {@code 14.1404.140404}. */
    public String path() {
        var parts = new ArrayList<String>();
        ancestors().forEach(a -> parts.add(a.value));
        parts.add(value);
        return String.join(".", parts);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The five levels of the administrative tree and the length of their codes. */
    public enum Level {
        PROVINCE(2),
        CITY(4),
        COUNTY(6),
        TOWNSHIP(9),
        VILLAGE(12);

        private final int codeLength;

        Level(int codeLength) {
            this.codeLength = codeLength;
        }

        public int codeLength() {
            return codeLength;
        }

        static Level ofCodeLength(int length) {
            for (Level level : values()) {
                if (level.codeLength == length) {
                    return level;
                }
            }
            throw new IllegalArgumentException("no level has codes of length " + length);
        }
    }
}
