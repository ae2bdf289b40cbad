package org.zongzhi.search.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    @Test
    void aCaseIsVisibleAlongEveryPathItTook() {
        assertThat(Visibility.visibleTo("140404001001", "140404001", List.of("140404001001")))
                .containsExactly("14", "1404", "140404", "140404001", "140404001001");
        assertThat(Visibility.visibleTo("140404001001", "140881", List.of("140404001")))
                .contains("140881", "1408", "140404001001")
                .doesNotContain("140404001002");
    }
}
