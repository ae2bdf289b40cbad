package org.zongzhi.tenant.conformance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zongzhi.platform.tenancy.TenantCode.Level;
import org.zongzhi.tenant.conformance.domain.Scorecard.ItemScore;

class ScoringTest {

    private final StandardDocument standard = Standards.small(
            Standards.areaItem(200), Standards.zonesItem(), Standards.plateItem(false), Standards.resolutionItem());
    private final List<AppliedItem> township =
            EffectiveStandard.of(standard, List.of()).at(Level.TOWNSHIP);

    private static final EvidenceRef PHOTO = new EvidenceRef(EvidenceRef.Kind.FILE, "1", "plate.jpg");

    private Map<String, Entry> entries(Entry... entries) {
        var map = new java.util.HashMap<String, Entry>();
        for (Entry e : entries) {
            map.put(e.item(), e);
        }
        return map;
    }

    private ItemScore item(Scorecard card, String code) {
        return card.items().stream()
                .filter(i -> i.item().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private Entry area(double value) {
        return Entry.empty("premises.area").answered(Answer.number(value), null, List.of());
    }

    private Entry zones(String... present) {
        return Entry.empty("premises.zones").answered(Answer.members(List.of(present)), null, List.of());
    }

    private Entry plate(boolean withEvidence) {
        Entry e = Entry.empty("sign.plate").answered(Answer.flag(true), "挂牌于2025年", List.of());
        return withEvidence ? e.withEvidence(PHOTO) : e;
    }

    private Entry resolution(double percent) {
        return Entry.empty("results.resolution").withComputed(Computed.of(Answer.number(percent), Map.of("found", 40)));
    }

    @Test
    void aCenterThatMeetsEverythingGetsFullPointsAndTheTopGrade() {
        Scorecard card = Scoring.score(
                standard, township, entries(area(220), zones("引导受理区", "多元化解区", "指挥调度区"), plate(true), resolution(95)));

        assertThat(card.points()).isEqualByComparingTo("25");
        assertThat(card.awarded()).isEqualByComparingTo("25");
        assertThat(card.percent()).isEqualByComparingTo("100");
        assertThat(card.grade()).isEqualTo("优秀");
        assertThat(card.passing()).isTrue();
        assertThat(card.dimensions()).extracting(Scorecard.DimensionScore::name).containsExactly("有牌子", "有场所", "有效果");
    }

    @Test
    void eachMissingMemberDeductsItsPointsDownToZero() {
        ItemScore one = item(Scoring.score(standard, township, entries(zones("引导受理区", "多元化解区"))), "premises.zones");
        ItemScore none = item(Scoring.score(standard, township, entries(zones())), "premises.zones");

        assertThat(one.awarded()).isEqualByComparingTo("5");
        assertThat(one.lost()).isEqualByComparingTo("3");
        assertThat(one.reasons()).anyMatch(r -> r.contains("missing: 指挥调度区")).anyMatch(r -> r.contains("每缺一项扣 3 分"));
        assertThat(none.awarded()).isEqualByComparingTo("0");
    }

    @Test
    void aThresholdMissedLosesTheItemAndSaysByHowMuch() {
        ItemScore score = item(Scoring.score(standard, township, entries(area(180))), "premises.area");

        assertThat(score.awarded()).isEqualByComparingTo("0");
        assertThat(score.reasons()).containsExactly("180 ㎡ does not meet ≥ 200 ㎡");
    }

    @Test
    void aDeclarationNeedsEvidence() {
        ItemScore score = item(Scoring.score(standard, township, entries(plate(false))), "sign.plate");

        assertThat(score.met()).isFalse();
        assertThat(score.reasons()).anyMatch(r -> r.contains("without evidence"));
    }

    @Test
    void theInspectorsFailVerdictLosesAllPointsWithItsReason() {
        Entry failed = plate(true).judged(Verdict.FAIL, "照片中的牌子不是综治中心的牌子");

        ItemScore score = item(Scoring.score(standard, township, entries(failed)), "sign.plate");

        assertThat(score.awarded()).isEqualByComparingTo("0");
        assertThat(score.lost()).isEqualByComparingTo("4");
        assertThat(score.reasons()).anyMatch(r -> r.contains("照片中的牌子不是"));
    }

    @Test
    void aFailedVetoItemForcesTheLowestGradeWhateverThePoints() {
        StandardDocument withVeto = Standards.small(Standards.areaItem(200), Standards.plateItem(true));
        var items = EffectiveStandard.of(withVeto, List.of()).at(Level.TOWNSHIP);

        Scorecard card =
                Scoring.score(withVeto, items, entries(area(500), plate(true).judged(Verdict.FAIL, "未挂牌")));

        assertThat(card.vetoed()).isTrue();
        assertThat(card.grade()).isEqualTo("不合格");
        assertThat(card.passing()).isFalse();
    }

    @Test
    void aMeasureThatIsNotAvailableIsLeftOutOfThePointsAndSaysWhy() {
        Entry na = Entry.empty("results.resolution")
                .withComputed(Computed.notAvailable("search-service refused the token (401)", Map.of()));

        Scorecard card = Scoring.score(standard, township, entries(area(220), na));
        ItemScore score = item(card, "results.resolution");

        assertThat(score.counted()).isFalse();
        assertThat(score.reasons()).singleElement().asString().contains("not available: search-service refused");
        assertThat(card.points()).isEqualByComparingTo("20");
    }

    @Test
    void gradesFollowTheBands() {
        assertThat(Scoring.band(standard, new java.math.BigDecimal("89.99")).grade())
                .isEqualTo("良好");
        assertThat(Scoring.band(standard, new java.math.BigDecimal("60")).grade())
                .isEqualTo("合格");
        assertThat(Scoring.band(standard, new java.math.BigDecimal("59.99")).grade())
                .isEqualTo("不合格");
    }

    @Test
    void atMostThresholdsDeductPerUnitOver() {
        Item unanswered = new Item(
                "supervision.unanswered",
                "未反馈督办单",
                "results",
                CheckKind.THRESHOLD,
                java.math.BigDecimal.valueOf(3),
                Comparison.AT_MOST,
                null,
                "件",
                Deduction.of(1),
                false,
                Map.of(Level.TOWNSHIP, LevelRule.atThreshold(0)),
                "test");
        StandardDocument doc = Standards.small(unanswered);
        Entry two = Entry.empty("supervision.unanswered").answered(Answer.number(2), null, List.of());

        ItemScore score = item(
                Scoring.score(doc, EffectiveStandard.of(doc, List.of()).at(Level.TOWNSHIP), entries(two)),
                "supervision.unanswered");

        assertThat(score.awarded()).isEqualByComparingTo("1");
    }
}
