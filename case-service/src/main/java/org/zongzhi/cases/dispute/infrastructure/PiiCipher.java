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
 * (HMAC-SHA-256) to find a person by ID number or phone without decrypting anything. Keys are derived
 * from one master key for their one purpose each. Stored form: version byte, 12-byte nonce, ciphertext
 * with tag.
 */
@Component
class PiiCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final byte[] indexKey;
    private final byte[] secretKey;
    private final SecureRandom random = new SecureRandom();

    PiiCipher(PiiProperties properties) {
        byte[] master = decodeMasterKey(properties.key());
        this.encryptionKey = new SecretKeySpec(derive(master, "case-pii-encryption-v1"), "AES");
        this.indexKey = derive(master, "case-pii-blind-index-v1");
        this.secretKey = derive(master, "case-citizen-secret-v1");
    }

    private static byte[] decodeMasterKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("cases.pii.key (CASE_PII_KEY) is not set");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cases.pii.key (CASE_PII_KEY) is not Base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("cases.pii.key (CASE_PII_KEY) must be 32 random bytes, Base64-encoded");
        }
        return bytes;
    }

    byte[] encrypt(String plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    String decrypt(byte[] stored, String context) {
        if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
            throw new IllegalStateException("unknown format of encrypted personal data");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
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
