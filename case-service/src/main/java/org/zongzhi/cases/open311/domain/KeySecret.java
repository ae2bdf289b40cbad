package org.zongzhi.cases.open311.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an API key, {@code o311_<prefix>_<secret>}: the prefix (10 characters) finds the key, the
 * secret (32 characters, about 160 random bits) proves it. Stored only as its SHA-256.
 */
public record KeySecret(String value) {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final Pattern FORMAT = Pattern.compile("o311_([a-z2-9]{10})_([a-z2-9]{32})");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static KeySecret generate() {
        return new KeySecret("o311_" + random(10) + "_" + random(32));
    }

    /** The prefix of a well-formed key; empty for anything else (no lookup is made for it). */
    public static Optional<String> prefixOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public String prefix() {
        return prefixOf(value).orElseThrow(() -> new IllegalStateException("not a key"));
    }

    public String hash() {
        return hash(value);
    }

    public static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares a stored hash with the hash of a presented key in constant time. */
    public static boolean matches(String presented, String storedHash) {
        return MessageDigest.isEqual(
                hash(presented).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "KeySecret[" + prefix() + "…]";
    }
}
