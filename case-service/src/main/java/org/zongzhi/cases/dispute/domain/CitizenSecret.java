package org.zongzhi.cases.dispute.domain;

import java.security.SecureRandom;

/**
 * The secret a citizen gets with the case code at intake; code and secret together let them follow the
 * case ("一码可查") without an account. Eight characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), about 40 bits: with a limit on failed attempts per code it cannot be guessed.
 */
public record CitizenSecret(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public CitizenSecret {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a case secret has " + LENGTH + " letters and digits");
        }
    }

    public static CitizenSecret generate() {
        var chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new CitizenSecret(new String(chars));
    }

    /** Reads a secret as people type it: spaces dropped, lower case accepted. */
    public static CitizenSecret parse(String text) {
        return new CitizenSecret(
                text == null ? null : text.replaceAll("\\s", "").toUpperCase());
    }

    @Override
    public String toString() {
        return "CitizenSecret[****]";
    }
}
