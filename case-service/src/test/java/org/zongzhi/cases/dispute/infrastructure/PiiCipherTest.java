package org.zongzhi.cases.dispute.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PiiCipherTest {

    /** The demo master key of application.yml. */
    private static final String MASTER = "tvAF3WU3MlkUAqNz5ACa7x4QUweTGGTf5TWOIdq/nOQ=";

    private static final String K2 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String CONTEXT = "case:test:party:p1:id-number";

    /** Written by the cipher before keys could rotate (format 1, no key id), with the demo master key. */
    private static final byte[] FORMAT_1 =
            Base64.getDecoder().decode("ATqC3jNl0H9lOl0+0jzwMGnxFhwzk3xiJbtlvhXidMQSS+aK8XkglLafJe1neKU=");

    private static PiiCipher cipher(String ring, String current) {
        return new PiiCipher(new PiiProperties(MASTER, ring, current));
    }

    @Test
    void whatWasEncryptedBeforeRotationStillOpensAndCountsAsTheMasterKeys() {
        PiiCipher cipher = cipher(null, null);

        assertThat(cipher.decrypt(FORMAT_1, CONTEXT)).isEqualTo("11010519491231002X");
        assertThat(PiiCipher.keyOf(FORMAT_1)).isEqualTo("master");
        // re-encryption gives it the current format even when the master key is current, so it names its key
        assertThat(cipher.isCurrent(FORMAT_1)).isFalse();
        assertThat(cipher.isCurrent(cipher.encrypt("11010519491231002X", CONTEXT)))
                .isTrue();
        assertThat(cipher("k2:" + K2, "k2").isCurrent(cipher.encrypt("x", CONTEXT)))
                .isFalse();
    }

    @Test
    void everyCiphertextNamesTheKeyItWasMadeWith() {
        byte[] underMaster = cipher(null, null).encrypt("13800138000", CONTEXT);
        byte[] underK2 = cipher("k2:" + K2, "k2").encrypt("13800138000", CONTEXT);

        assertThat(PiiCipher.keyOf(underMaster)).isEqualTo("master");
        assertThat(PiiCipher.keyOf(underK2)).isEqualTo("k2");
        // a ring with both keys opens both
        PiiCipher both = cipher("k2:" + K2, "master");
        assertThat(both.decrypt(underMaster, CONTEXT)).isEqualTo("13800138000");
        assertThat(both.decrypt(underK2, CONTEXT)).isEqualTo("13800138000");
    }

    @Test
    void aRetiredKeyIsNamedWhenSomethingStillNeedsIt() {
        byte[] underK2 = cipher("k2:" + K2, "k2").encrypt("13800138000", CONTEXT);

        assertThatThrownBy(() -> cipher(null, null).decrypt(underK2, CONTEXT))
                .hasMessageContaining("'k2'")
                .hasMessageContaining("not configured");
    }

    @Test
    void theKeyIdCannotBeSwappedForAnother() {
        byte[] underK2 = cipher("k2:" + K2, "k2").encrypt("13800138000", CONTEXT);
        byte[] relabelled = underK2.clone();
        relabelled[3] = '3';

        assertThatThrownBy(() -> cipher("k2:" + K2 + ",k3:" + K2, "k2").decrypt(relabelled, CONTEXT))
                .hasMessageContaining("does not open");
    }

    @Test
    void aRingThatDoesNotHoldTheCurrentKeyOrIsMalformedStopsTheServiceAtStart() {
        assertThatThrownBy(() -> cipher("k2:" + K2, "k3")).hasMessageContaining("k3");
        assertThatThrownBy(() -> cipher("master:" + K2, "master")).hasMessageContaining("id:base64");
        assertThatThrownBy(() -> cipher("k2:c2hvcnQ=", "k2")).hasMessageContaining("32 random bytes");
    }
}
