package org.zongzhi.console.domain;

import java.util.Optional;

/**
 * What is wrong with a case code as a citizen typed it, in Chinese, checked the way case-service checks it
 * ({@code CaseCode.parse}: 23 digits and an ISO 7064 MOD 11-2 check character, dashes and spaces ignored),
 * so that a mistyped code is caught on the page before it costs one of the citizen's lookups.
 */
public final class CaseCodeHint {

    private static final int LENGTH = 24;

    private CaseCodeHint() {}

    /** The code without dashes and spaces, upper case (the form case-service reads). */
    public static String compact(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase();
    }

    /** The hint for a code that cannot be right, or empty when it may be. */
    public static Optional<String> problem(String typed) {
        String code = compact(typed);
        if (code.isEmpty()) {
            return Optional.of("请输入案件编号（回执上的 24 位编号，如 140404001001-261127-00042-7）。");
        }
        if (code.length() != LENGTH) {
            return Optional.of("案件编号应为 24 位（不计横线），现在是 " + code.length() + " 位，请对照回执核对。");
        }
        if (!code.substring(0, LENGTH - 1).chars().allMatch(Character::isDigit)
                || !(Character.isDigit(code.charAt(LENGTH - 1)) || code.charAt(LENGTH - 1) == 'X')) {
            return Optional.of("案件编号前 23 位是数字，最后一位是数字或 X，请对照回执核对。");
        }
        if (check(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return Optional.of("案件编号校验位不符，请核对是否输错或有两位颠倒。");
        }
        return Optional.empty();
    }

    /** The code as printed on the receipt: {@code 140404001001-261127-00042-7}. */
    public static String display(String typed) {
        String code = compact(typed);
        if (code.length() != LENGTH) {
            return typed == null ? "" : typed.strip();
        }
        return code.substring(0, 12) + "-" + code.substring(12, 18) + "-" + code.substring(18, 23) + "-"
                + code.charAt(23);
    }

    private static char check(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum = ((sum + (digits.charAt(i) - '0')) * 2) % 11;
        }
        int check = (12 - sum) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
