package org.zongzhi.cases.open311.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.zongzhi.cases.dispute.domain.CaseStatus;
import org.zongzhi.cases.dispute.domain.Category;
import org.zongzhi.cases.dispute.domain.Channel;

class Open311DomainTest {

    @Test
    void aKeyHasAPrefixToFindItAndOnlyItsHashIsComparable() {
        KeySecret key = KeySecret.generate();

        assertThat(key.value()).matches("o311_[a-z2-9]{10}_[a-z2-9]{32}");
        assertThat(KeySecret.prefixOf(key.value())).contains(key.prefix());
        assertThat(KeySecret.matches(key.value(), key.hash())).isTrue();
        assertThat(KeySecret.matches(key.value() + "x", key.hash())).isFalse();
        assertThat(KeySecret.prefixOf("o311_short_x")).isEmpty();
        assertThat(KeySecret.prefixOf(null)).isEmpty();
        assertThat(key.toString()).doesNotContain(key.value().substring(16));
        assertThat(KeySecret.generate().value()).isNotEqualTo(key.value());
    }

    @Test
    void sensitiveCategoriesAndFamilyDisputesAreNeverPublic() {
        assertThat(PublicServices.all())
                .extracting(PublicServices.Service::category)
                .doesNotContain(Category.SCHOOL_BULLYING, Category.WAGE_ARREARS, Category.MARRIAGE_FAMILY)
                .contains(Category.NEIGHBOURS, Category.HAZARD, Category.OTHER);
        assertThat(PublicServices.find("SCHOOL_BULLYING")).isEmpty();
        assertThat(PublicServices.find("MARRIAGE_FAMILY")).isEmpty();
        assertThat(PublicServices.find("HAZARD")).isPresent();
        for (Category c : Category.values()) {
            if (c.sensitive()) {
                assertThat(PublicServices.isPublic(c)).as(c.name()).isFalse();
            }
        }
    }

    @Test
    void everyStateReadsOpenOrClosedWithAPublicSentence() {
        Arrays.stream(CaseStatus.values()).forEach(s -> {
            assertThat(PublicStatus.of(s)).isEqualTo(s.isOpen() ? "open" : "closed");
            assertThat(PublicStatus.notes(s)).isNotBlank().endsWith("。");
        });
    }

    @Test
    void onlyOutsideChannelsGetKeys() {
        ApiKey.checkNew(Channel.HOTLINE_12345, "12345热线平台", 60);
        assertThatThrownBy(() -> ApiKey.checkNew(Channel.WALK_IN, "窗口", 60)).hasMessageStartingWith("channel");
        assertThatThrownBy(() -> ApiKey.checkNew(Channel.APP, " ", 60)).hasMessageStartingWith("label");
        assertThatThrownBy(() -> ApiKey.checkNew(Channel.APP, "APP", 0)).hasMessageStartingWith("perMinute");
        assertThatThrownBy(() -> ApiKey.checkNew(Channel.APP, "APP", 6001)).hasMessageStartingWith("perMinute");
    }
}
