package org.zongzhi.cases.dispute.domain;

/**
 * ISO 7064 MOD 11-2, the check character of the national ID number (GB 11643) and of case codes. Over
 * digits it detects every single wrong character and every swap of two neighbouring characters; its check
 * character is 0–9 or X.
 */
final class Mod11Check {

    private Mod11Check() {}

    static char of(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("only digits carry a MOD 11-2 check");
            }
            sum = ((sum + (c - '0')) * 2) % 11;
        }
        int check = (12 - sum) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    static boolean matches(CharSequence digits, char check) {
        return of(digits) == Character.toUpperCase(check);
    }
}
