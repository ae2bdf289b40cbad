package org.zongzhi.cases.dispute.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest: AES-256-GCM with a random nonce, bound to the row and field it belongs to
 * (associated data), so a ciphertext copied into another row does not decrypt; and keyed blind indexes
 * (HMAC-SHA-256) to find a person by ID number or phone without decrypting anything. The blind-index and
 * citizen-secret keys are derived from the master key for their one purpose each.
 *
 * <p>Every ciphertext names its encryption key, so keys can rotate: stored form version 2 is the version
 * byte, the key id's length and ASCII bytes, a 12-byte nonce and the ciphertext with its tag (the key id is
 * part of the associated data). Version 1, written before rotation existed, has no key id and was made with
 * the key derived from the master key, the key named {@code master}. New data is encrypted with the current
 * key; {@link PiiRekeying} re-encrypts the rest in batches, after which an old key can be retired.
 */
@Component
class PiiCipher {

    static final String MASTER = "master";
    private static final byte LEGACY = 1;
    private static final byte VERSION = 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final java.util.regex.Pattern KEY_ID = java.util.regex.Pattern.compile("[A-Za-z0-9.\\-]{1,32}");

    private final java.util.Map<String, SecretKeySpec> encryptionKeys = new java.util.LinkedHashMap<>();
    private final String currentKey;
    private final byte[] indexKey;
    private final byte[] secretKey;
    private final SecureRandom random = new SecureRandom();

    PiiCipher(PiiProperties properties) {
        byte[] master = decodeKey("cases.pii.key (CASE_PII_KEY)", properties.key());
        encryptionKeys.put(MASTER, new SecretKeySpec(derive(master, "case-pii-encryption-v1"), "AES"));
        String ring = properties.encryptionKeys();
        if (ring != null && !ring.isBlank()) {
            for (String entry : ring.split(",")) {
                int colon = entry.indexOf(':');
                String id = colon < 0 ? "" : entry.substring(0, colon).strip();
                if (!KEY_ID.matcher(id).matches() || id.equals(MASTER) || encryptionKeys.containsKey(id)) {
                    throw new IllegalStateException("cases.pii.encryption-keys (CASE_PII_ENCRYPTION_KEYS): each entry"
                            + " is id:base64 with a new id of 1-32 letters, digits, dots or dashes (not 'master')");
                }
                encryptionKeys.put(
                        id,
                        new SecretKeySpec(decodeKey("the encryption key " + id, entry.substring(colon + 1)), "AES"));
            }
        }
        String current =
                properties.currentKey() == null || properties.currentKey().isBlank()
                        ? MASTER
                        : properties.currentKey().strip();
        if (!encryptionKeys.containsKey(current)) {
            throw new IllegalStateException("cases.pii.current-key (CASE_PII_CURRENT_KEY) names " + current
                    + ", which is not among the configured keys " + encryptionKeys.keySet());
        }
        this.currentKey = current;
        this.indexKey = derive(master, "case-pii-blind-index-v1");
        this.secretKey = derive(master, "case-citizen-secret-v1");
    }

    private static byte[] decodeKey(String name, String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not Base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(name + " must be 32 random bytes, Base64-encoded");
        }
        return bytes;
    }

    /** The key new data is encrypted with. */
    String currentKey() {
        return currentKey;
    }

    /** What a ciphertext made with the current key begins with (for finding the others in SQL). */
    byte[] currentPrefix() {
        return prefix(currentKey);
    }

    private static byte[] prefix(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length)
                .put(VERSION)
                .put((byte) id.length)
                .put(id)
                .array();
    }

    byte[] encrypt(String plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            byte[] prefix = prefix(currentKey);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKeys.get(currentKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(prefix);
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(prefix.length + NONCE_BYTES + sealed.length)
                    .put(prefix)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Whether a ciphertext is in the current format under the current key (nothing to re-encrypt). */
    boolean isCurrent(byte[] stored) {
        byte[] prefix = currentPrefix();
        return stored.length >= prefix.length
                && java.util.Arrays.equals(stored, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The id of the key a ciphertext was made with. */
    static String keyOf(byte[] stored) {
        if (stored.length > 0 && stored[0] == LEGACY) {
            return MASTER;
        }
        if (stored.length < 2 || stored[0] != VERSION || stored.length < 2 + stored[1]) {
            throw new IllegalStateException("unknown format of encrypted personal data");
        }
        return new String(stored, 2, stored[1], StandardCharsets.US_ASCII);
    }

    String decrypt(byte[] stored, String context) {
        String keyId = keyOf(stored);
        SecretKeySpec key = encryptionKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("personal data is encrypted with the key '" + keyId
                    + "', which is not configured (retired before everything was re-encrypted?)");
        }
        int header = stored[0] == LEGACY ? 1 : 2 + stored[1];
        if (stored.length < header + NONCE_BYTES) {
            throw new IllegalStateException("unknown format of encrypted personal data");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, header, NONCE_BYTES));
            if (stored[0] != LEGACY) {
                cipher.updateAAD(stored, 0, header);
            }
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, header + NONCE_BYTES, stored.length - header - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypted personal data does not open with this key or context", e);
        }
    }

    /** The blind index of a normalised value of one kind ({@code id-number}, {@code phone}). */
    String blindIndex(String kind, String value) {
        return hmacHex(indexKey, kind + ":" + value);
    }

    /** The keyed hash a citizen secret is stored as, bound to its case code. */
    String secretHash(String code, String secret) {
        return hmacHex(secretKey, code + ":" + secret);
    }

    boolean secretMatches(String code, String secret, String storedHash) {
        return MessageDigest.isEqual(
                secretHash(code, secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] derive(byte[] master, String purpose) {
        return hmac(master, purpose);
    }

    private static String hmacHex(byte[] key, String value) {
        return HexFormat.of().formatHex(hmac(key, value));
    }

    private static byte[] hmac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
