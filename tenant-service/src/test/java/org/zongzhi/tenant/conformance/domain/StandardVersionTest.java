package org.zongzhi.tenant.conformance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardVersionTest {

    @Test
    void theStarterCatalogueIsAValidProposalWithASourcePerItem() {
        StandardDocument starter = StarterCatalogue.v1();

        assertThat(starter.problems()).isEmpty();
        assertThat(starter.proposal()).isTrue();
        assertThat(starter.items()).allSatisfy(item -> assertThat(item.source()).isNotBlank());
        assertThat(starter.dimensions())
                .extracting(Dimension::name)
                .contains("有牌子", "有场所", "有力量", "有机制", "有效果", "信息化建设规范化");
        assertThat(starter.items()).extracting(Item::kind).contains(CheckKind.values());
    }

    @Test
    void aDraftIsRevisedAndPublishedThenNeverChanges() {
        StandardVersion draft = StandardVersion.draft(1, Standards.small(Standards.areaItem(200)));

        StandardVersion published =
                draft.revise(Standards.small(Standards.areaItem(250))).publish(LocalDate.of(2026, 1, 1));

        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> published.revise(Standards.small(Standards.areaItem(100))))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("never changes");
        assertThat(published.retire().status()).isEqualTo(VersionStatus.RETIRED);
        assertThatThrownBy(() -> published.retire().publish(LocalDate.now())).isInstanceOf(Refusal.class);
    }

    @Test
    void publishingNamesEveryProblem() {
        Item broken = new Item(
                "x y",
                "",
                "nowhere",
                CheckKind.THRESHOLD,
                null,
                null,
                null,
                null,
                null,
                false,
                java.util.Map.of(org.zongzhi.platform.tenancy.TenantCode.Level.COUNTY, LevelRule.applies()),
                null);
        StandardVersion draft = StandardVersion.draft(
                2, new StandardDocument("t", null, false, Standards.small().dimensions(), List.of(broken), List.of()));

        assertThatThrownBy(() -> draft.publish(LocalDate.now()))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("code must be")
                .hasMessageContaining("title is required")
                .hasMessageContaining("dimension 'nowhere'")
                .hasMessageContaining("points must be more than 0")
                .hasMessageContaining("a threshold is required")
                .hasMessageContaining("grade bands");
    }

    @Test
    void gradeBandsMustEndInANonPassingBandFromZero() {
        var doc = new StandardDocument(
                "t",
                null,
                false,
                Standards.small().dimensions(),
                List.of(Standards.areaItem(1)),
                List.of(GradeBand.of("合格", 60, true), GradeBand.of("基本合格", 10, true)));

        assertThat(doc.problems())
                .anyMatch(p -> p.contains("must start at 0%"))
                .anyMatch(p -> p.contains("must not count as passing"));
    }
}
