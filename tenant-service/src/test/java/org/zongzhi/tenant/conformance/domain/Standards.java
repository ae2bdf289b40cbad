package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;

/** Fixtures in the standard's language. */
final class Standards {

    private Standards() {}

    static final TenantCode CHANGZHI = TenantCode.of("1404");
    static final TenantCode SHANGDANG = TenantCode.of("140404");
    static final TenantCode YONGJI = TenantCode.of("140881");

    static StandardDocument starter() {
        return StarterCatalogue.v1();
    }

    static Item areaItem(double township) {
        return new Item(
                "premises.area",
                "场所面积",
                "premises",
                CheckKind.THRESHOLD,
                BigDecimal.valueOf(8),
                Comparison.AT_LEAST,
                null,
                "㎡",
                null,
                false,
                Map.of(Level.COUNTY, LevelRule.atThreshold(500), Level.TOWNSHIP, LevelRule.atThreshold(township)),
                "test");
    }

    static Item zonesItem() {
        return new Item(
                "premises.zones",
                "三区",
                "premises",
                CheckKind.SET,
                BigDecimal.valueOf(8),
                null,
                null,
                null,
                Deduction.of(3),
                false,
                Map.of(Level.TOWNSHIP, LevelRule.ofMembers("引导受理区", "多元化解区", "指挥调度区")),
                "test");
    }

    static Item plateItem(boolean veto) {
        return new Item(
                "sign.plate",
                "挂牌",
                "sign",
                CheckKind.DECLARATION,
                BigDecimal.valueOf(4),
                null,
                null,
                null,
                null,
                veto,
                Map.of(Level.TOWNSHIP, LevelRule.applies()),
                "test");
    }

    static Item resolutionItem() {
        return new Item(
                "results.resolution",
                "化解率",
                "results",
                CheckKind.CASE_MEASURE,
                BigDecimal.valueOf(5),
                Comparison.AT_LEAST,
                "resolutionRate",
                "%",
                null,
                false,
                Map.of(Level.TOWNSHIP, LevelRule.atThreshold(90)),
                "test");
    }

    static StandardDocument small(Item... items) {
        return new StandardDocument(
                "test standard",
                null,
                false,
                List.of(
                        new Dimension("sign", "有牌子", "五有"),
                        new Dimension("premises", "有场所", "五有"),
                        new Dimension("results", "有效果", "五有")),
                List.of(items),
                List.of(
                        GradeBand.of("优秀", 90, true),
                        GradeBand.of("良好", 80, true),
                        GradeBand.of("合格", 60, true),
                        GradeBand.of("不合格", 0, false)));
    }

    static Tailoring tightening(TenantCode owner, String item, Level level, double threshold) {
        return new Tailoring(
                owner,
                List.of(),
                List.of(new Tailoring.Tightening(item, level, BigDecimal.valueOf(threshold), List.of(), "local rule")));
    }
}
