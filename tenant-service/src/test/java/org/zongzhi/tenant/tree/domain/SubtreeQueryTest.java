package org.zongzhi.tenant.tree.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.zongzhi.tenant.tree.domain.CenterDirectory.SubtreeQuery;

class SubtreeQueryTest {

    @Test
    void aSearchTextWithANulOrAnotherControlCharacterIsRefusedNamingQ() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SubtreeQuery(null, null, "a\u0000b", 0, 50))
                .withMessageStartingWith("q contains a control character");
        assertThatIllegalArgumentException().isThrownBy(() -> new SubtreeQuery(null, null, "长\u001b安", 0, 50));
    }

    @Test
    void ordinaryTextIsKeptStripped() {
        assertThat(new SubtreeQuery(null, null, "  长安 ", 0, 50).q()).isEqualTo("长安");
    }
}
