package org.zongzhi.tenant.conformance.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Which files count as evidence: JPEG, PNG or PDF of at most {@link #MAX_BYTES}, whose bytes are what their
 * declared content type says (a renamed executable is refused).
 */
public final class EvidencePolicy {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Map<String, byte[]> MAGIC = Map.of(
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private EvidencePolicy() {}

    /** Refuses the file unless it is an accepted kind and size; the reason names what to change. */
    public static void check(String filename, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw Refusal.invalid("The file " + filename + " is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw Refusal.invalid("The file " + filename + " has " + content.length + " bytes; evidence files may have"
                    + " at most " + MAX_BYTES + " bytes (5 MiB). Send a smaller photo or scan.");
        }
        String type =
                contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        byte[] magic = MAGIC.get(type);
        if (magic == null) {
            throw Refusal.invalid("The file " + filename + " is " + (type.isEmpty() ? "of no declared type" : type)
                    + "; evidence must be a JPEG or PNG photo or a PDF (image/jpeg, image/png, application/pdf).");
        }
        if (content.length < magic.length || !Arrays.equals(Arrays.copyOf(content, magic.length), magic)) {
            throw Refusal.invalid("The file " + filename + " is declared as " + type
                    + " but its content is not; send the original photo or PDF.");
        }
    }
}
