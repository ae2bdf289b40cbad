package org.zongzhi.cases.dispute.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeycloakStaffDirectoryTest {

    @Test
    void aNameKeycloakWouldRefuseToSearchForIsNobodyWithoutAsking() {
        assertThat(KeycloakStaffDirectory.couldBeAUsername("shangdang.mediator"))
                .isTrue();
        assertThat(KeycloakStaffDirectory.couldBeAUsername("调解员")).isTrue();
        assertThat(KeycloakStaffDirectory.couldBeAUsername("a\u0000b")).isFalse();
        assertThat(KeycloakStaffDirectory.couldBeAUsername("x".repeat(256))).isFalse();
        assertThat(KeycloakStaffDirectory.couldBeAUsername(" ")).isFalse();
        assertThat(KeycloakStaffDirectory.couldBeAUsername(null)).isFalse();
    }
}
