package org.zongzhi.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zongzhi.gateway.domain.AccessRevocations.Refusal;
import org.zongzhi.gateway.domain.AccessRevocations.Snapshot;

class AccessRevocationsTest {

    private static final Instant DISABLED_AT = Instant.parse("2026-12-02T10:00:00.700Z");

    private final AccessRevocations revocations = new AccessRevocations();

    {
        revocations.replace(new Snapshot(
                Set.of("140404001001"), Map.of("user-disabled", DISABLED_AT.getEpochSecond()), Instant.now()));
    }

    @Test
    void nothingKnownRefusesNothing() {
        var empty = new AccessRevocations();

        assertThat(empty.refusal("140404001001", "anyone", Instant.now())).isEmpty();
    }

    @Test
    void everyTokenOfASuspendedCenterIsRefusedWhateverItsAge() {
        assertThat(revocations.refusal("140404001001", "someone", Instant.now()))
                .contains(Refusal.CENTER_SUSPENDED);
        assertThat(revocations.refusal("140404001001", "someone", DISABLED_AT.minusSeconds(200)))
                .contains(Refusal.CENTER_SUSPENDED);
    }

    @Test
    void onlyTheSuspendedCenterItselfNotTheCentersBelowItNorItsParentOrSiblings() {
        var county = new AccessRevocations();
        county.replace(new Snapshot(Set.of("140404"), Map.of(), Instant.now()));

        assertThat(county.refusal("140404", "a", Instant.now())).contains(Refusal.CENTER_SUSPENDED);
        assertThat(county.refusal("140404001", "b", Instant.now())).isEmpty();
        assertThat(county.refusal("140404001001", "c", Instant.now())).isEmpty();
        assertThat(county.refusal("1404", "d", Instant.now())).isEmpty();
        assertThat(county.refusal("140405", "e", Instant.now())).isEmpty();
    }

    @Test
    void aDisabledAccountsTokensIssuedUpToItsDisablingAreRefused() {
        assertThat(revocations.refusal("140404001002", "user-disabled", DISABLED_AT.minusSeconds(120)))
                .contains(Refusal.ACCOUNT_DISABLED);
        // the same second as the disabling: refused (a token's iat has whole seconds)
        assertThat(revocations.refusal("140404001002", "user-disabled", Instant.parse("2026-12-02T10:00:00.100Z")))
                .contains(Refusal.ACCOUNT_DISABLED);
    }

    @Test
    void aTokenIssuedAfterTheDisablingPassesOnceTheAccountIsEnabledAgain() {
        assertThat(revocations.refusal("140404001002", "user-disabled", Instant.parse("2026-12-02T10:00:01Z")))
                .isEmpty();
    }

    @Test
    void aTokenWithoutAnIssueTimeIsRefusedWhenItsAccountHasACutoff() {
        assertThat(revocations.refusal("140404001002", "user-disabled", null)).contains(Refusal.ACCOUNT_DISABLED);
        assertThat(revocations.refusal("140404001002", "someone-else", null)).isEmpty();
    }

    @Test
    void otherAccountsAndCentersPass() {
        assertThat(revocations.refusal("140404001002", "someone-else", DISABLED_AT.minusSeconds(10)))
                .isEmpty();
        assertThat(revocations.refusal(null, null, null)).isEmpty();
    }
}
