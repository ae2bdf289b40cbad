package org.zongzhi.tenant.conformance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;

class TailoringTest {

    private final StandardDocument base = Standards.small(Standards.areaItem(200), Standards.zonesItem());

    @Test
    void aCityTightensAThresholdForItsSubtree() {
        Tailoring changzhi = Standards.tightening(Standards.CHANGZHI, "premises.area", Level.TOWNSHIP, 300);

        assertThat(EffectiveStandard.of(base, List.of()).problems(base, changzhi))
                .isEmpty();
        AppliedItem area = EffectiveStandard.of(base, List.of(changzhi)).at(Level.TOWNSHIP).stream()
                .filter(i -> i.code().equals("premises.area"))
                .findFirst()
                .orElseThrow();
        assertThat(area.rule().threshold()).isEqualByComparingTo("300");
        assertThat(area.tightenedBy()).containsExactly("1404");
        assertThat(area.origin()).isEqualTo(EffectiveStandard.PROVINCE);
    }

    @Test
    void loosenningIsRefusedWithTheThresholdInForceAndWhoSetIt() {
        Tailoring changzhi = Standards.tightening(Standards.CHANGZHI, "premises.area", Level.TOWNSHIP, 300);
        Tailoring shangdang = Standards.tightening(Standards.SHANGDANG, "premises.area", Level.TOWNSHIP, 250);

        List<String> problems = EffectiveStandard.of(base, List.of(changzhi)).problems(base, shangdang);

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("may only tighten", "≥ 300 ㎡", "set by 1404", "250 would loosen");
        assertThat(EffectiveStandard.of(base, List.of())
                        .problems(base, Standards.tightening(Standards.CHANGZHI, "premises.area", Level.TOWNSHIP, 150)))
                .singleElement()
                .asString()
                .contains("set by province");
    }

    @Test
    void aTailoringAddsItemsOnlyBelowItsOwnerAndWithNewCodes() {
        Item local = new Item(
                "local.party-building",
                "党建引领",
                "sign",
                CheckKind.DECLARATION,
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                false,
                Map.of(Level.TOWNSHIP, LevelRule.applies(), Level.CITY, LevelRule.applies()),
                "长治 local rule");
        Item clash = Standards.plateItem(false).withLevels(Map.of(Level.TOWNSHIP, LevelRule.applies()));
        StandardDocument withPlate = Standards.small(Standards.areaItem(200), Standards.plateItem(false));

        List<String> problems = EffectiveStandard.of(withPlate, List.of())
                .problems(withPlate, new Tailoring(Standards.CHANGZHI, List.of(local, clash), List.of()));

        assertThat(problems)
                .anyMatch(p -> p.contains("only for the levels below it, not for CITY"))
                .anyMatch(p -> p.contains("sign.plate already exists"));
    }

    @Test
    void membersAreOnlyAddedAndTheItemMustApplyAtTheLevel() {
        Tailoring more = new Tailoring(
                Standards.SHANGDANG,
                List.of(),
                List.of(
                        new Tailoring.Tightening("premises.zones", Level.TOWNSHIP, null, List.of("诉讼服务区"), null),
                        new Tailoring.Tightening("premises.zones", Level.VILLAGE, null, List.of("诉讼服务区"), null),
                        new Tailoring.Tightening("premises.area", Level.COUNTY, BigDecimal.TEN, List.of(), null)));

        List<String> problems = EffectiveStandard.of(base, List.of()).problems(base, more);

        assertThat(problems)
                .hasSize(2)
                .anyMatch(p -> p.contains("does not apply at VILLAGE"))
                .anyMatch(p -> p.contains("tailors only for the levels below it"));
        var zones = EffectiveStandard.of(
                        base,
                        List.of(new Tailoring(
                                Standards.SHANGDANG,
                                List.of(),
                                List.of(more.tightenings().getFirst()))))
                .at(Level.TOWNSHIP)
                .stream()
                .filter(i -> i.code().equals("premises.zones"))
                .findFirst()
                .orElseThrow();
        assertThat(zones.rule().members()).containsExactly("引导受理区", "多元化解区", "指挥调度区", "诉讼服务区");
    }

    @Test
    void onlyACityOrACountyTailors() {
        assertThat(EffectiveStandard.of(base, List.of())
                        .problems(
                                base,
                                Standards.tightening(TenantCode.of("140404001"), "premises.area", Level.VILLAGE, 9)))
                .singleElement()
                .asString()
                .contains("only a city or a county");
    }

    @Test
    void anEmptyElementInAListIsRefusedByItsPath() {
        java.util.List<Tailoring.Tightening> withNull = new java.util.ArrayList<>();
        withNull.add(null);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Tailoring(Standards.CHANGZHI, null, withNull))
                .withMessageContaining("tightenings[0]");
        java.util.List<String> members = new java.util.ArrayList<>(List.of("COURT"));
        members.add(null);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new LevelRule(null, members))
                .withMessageContaining("members[1]");
    }
}
