package org.zongzhi.e2e.browser;

/** National ID numbers for test people, with the GB 11643 check character computed. */
final class IdNumbers {

    private IdNumbers() {}

    static String valid(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
