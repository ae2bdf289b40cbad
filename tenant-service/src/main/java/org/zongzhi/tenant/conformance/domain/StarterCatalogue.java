package org.zongzhi.tenant.conformance.domain;

import static org.zongzhi.platform.tenancy.TenantCode.Level.CITY;
import static org.zongzhi.platform.tenancy.TenantCode.Level.COUNTY;
import static org.zongzhi.platform.tenancy.TenantCode.Level.TOWNSHIP;
import static org.zongzhi.platform.tenancy.TenantCode.Level.VILLAGE;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zongzhi.platform.tenancy.TenantCode.Level;

/**
 * The platform's proposal for a first version, for the province to edit before it publishes anything. No
 * official 综治中心 assessment scheme with points was found (see docs/conformance.md): the dimensions follow
 * 五有 (verified) and the best-supported reading of the five 规范化 areas (not confirmed); the numbers are
 * local examples or the platform's guesses, and each item's source line says which.
 */
public final class StarterCatalogue {

    private static final String PROPOSAL = "platform proposal, no official figure found";
    private static final String ZONES_SOURCE =
            "three zones named consistently in reports: 引导受理区、多元化解区、指挥调度区" + " (docs/conformance.md §1)";

    private StarterCatalogue() {}

    public static StandardDocument v1() {
        List<Dimension> dimensions = List.of(
                new Dimension("sign", "有牌子", "五有"),
                new Dimension("premises", "有场所", "五有"),
                new Dimension("staff", "有力量", "五有"),
                new Dimension("mechanism", "有机制", "五有"),
                new Dimension("results", "有效果", "五有"),
                new Dimension("venue-std", "场所设置规范化", "五化"),
                new Dimension("departments-std", "部门入驻规范化", "五化"),
                new Dimension("operation-std", "运行机制规范化", "五化"),
                new Dimension("supervision-std", "督办落实规范化", "五化"),
                new Dimension("it-std", "信息化建设规范化", "五化"));
        var zones = List.of(ProfileFacts.ZONE_INTAKE, ProfileFacts.ZONE_RESOLUTION, ProfileFacts.ZONE_COMMAND);
        List<Item> items = List.of(
                item(
                        "sign.plate",
                        "统一挂牌：名称为“××综治中心”的牌子已悬挂（附照片）",
                        "sign",
                        CheckKind.DECLARATION,
                        4,
                        null,
                        null,
                        null,
                        null,
                        false,
                        all(LevelRule.applies()),
                        "五有: 有牌子 (docs/conformance.md §1)"),
                item(
                        "sign.registered",
                        "中心名称与挂牌日期已在平台登记",
                        "sign",
                        CheckKind.PROFILE_FACT,
                        2,
                        null,
                        "center.plate",
                        null,
                        null,
                        false,
                        all(LevelRule.applies()),
                        PROPOSAL),
                item(
                        "premises.area",
                        "场所面积",
                        "premises",
                        CheckKind.PROFILE_FACT,
                        8,
                        Comparison.AT_LEAST,
                        "premises.areaSquareMeters",
                        "㎡",
                        null,
                        false,
                        levels(1000, 500, 200, 50),
                        "one city's speech: city ≥1000 ㎡, county ≥500 ㎡, township ≥200 ㎡ (local example,"
                                + " docs/conformance.md §1); village 50 ㎡: " + PROPOSAL),
                item(
                        "premises.zones",
                        "功能分区：引导受理区、多元化解区、指挥调度区",
                        "premises",
                        CheckKind.PROFILE_FACT,
                        8,
                        null,
                        "premises.zones",
                        null,
                        Deduction.of(3),
                        false,
                        Map.of(
                                CITY, new LevelRule(null, zones),
                                COUNTY, new LevelRule(null, zones),
                                TOWNSHIP, new LevelRule(null, zones),
                                VILLAGE, LevelRule.ofMembers(ProfileFacts.ZONE_INTAKE)),
                        ZONES_SOURCE + "; village: intake only, " + PROPOSAL),
                item(
                        "premises.windows",
                        "受理窗口数",
                        "premises",
                        CheckKind.PROFILE_FACT,
                        5,
                        Comparison.AT_LEAST,
                        "premises.intakeWindows",
                        "个",
                        Deduction.of(1),
                        false,
                        levels(4, 7, 2, 1),
                        "counties average 7 intake windows, 8 in 太原's urban districts (seed); other levels: "
                                + PROPOSAL),
                item(
                        "premises.rooms",
                        "功能室：调解室、心理咨询室、指挥室",
                        "premises",
                        CheckKind.PROFILE_FACT,
                        4,
                        null,
                        "premises.rooms",
                        null,
                        Deduction.of(1),
                        false,
                        Map.of(
                                CITY, LevelRule.ofMembers("MEDIATION", "COMMAND"),
                                COUNTY, LevelRule.ofMembers("MEDIATION", "PSYCHOLOGICAL_COUNSELLING", "COMMAND"),
                                TOWNSHIP, LevelRule.ofMembers("MEDIATION")),
                        "rooms vary (三区一厅四室, 一厅五室; docs/conformance.md §1): " + PROPOSAL),
                item(
                        "staff.full-time",
                        "专职工作人员",
                        "staff",
                        CheckKind.PROFILE_FACT,
                        6,
                        Comparison.AT_LEAST,
                        "staffing.fullTimeStaff",
                        "人",
                        null,
                        false,
                        levels(8, 6, 3, 1),
                        PROPOSAL),
                item(
                        "staff.mediators",
                        "专兼职调解员",
                        "staff",
                        CheckKind.PROFILE_FACT,
                        4,
                        Comparison.AT_LEAST,
                        "staffing.mediators",
                        "人",
                        null,
                        false,
                        Map.of(
                                COUNTY,
                                LevelRule.atThreshold(5),
                                TOWNSHIP,
                                LevelRule.atThreshold(3),
                                VILLAGE,
                                LevelRule.atThreshold(1)),
                        PROPOSAL),
                item(
                        "staff.resident-departments",
                        "常驻部门数",
                        "staff",
                        CheckKind.PROFILE_FACT,
                        6,
                        Comparison.AT_LEAST,
                        "departments.resident",
                        "个",
                        Deduction.of(1),
                        false,
                        Map.of(
                                CITY,
                                LevelRule.atThreshold(5),
                                COUNTY,
                                LevelRule.atThreshold(5),
                                TOWNSHIP,
                                LevelRule.atThreshold(2)),
                        "和顺 7 常驻 + 11 轮驻 + 4 随驻, 侯马 5 常驻 + 11 轮驻 (seed; local examples)"),
                item(
                        "staff.tiers",
                        "部门入驻方式：常驻、轮驻、随驻",
                        "departments-std",
                        CheckKind.PROFILE_FACT,
                        3,
                        null,
                        "departments.tiers",
                        null,
                        Deduction.of(1),
                        false,
                        Map.of(
                                CITY, LevelRule.ofMembers("常驻", "轮驻", "随驻"),
                                COUNTY, LevelRule.ofMembers("常驻", "轮驻", "随驻"),
                                TOWNSHIP, LevelRule.ofMembers("常驻", "轮驻")),
                        "departments are 常驻, 轮驻 or 随驻 (docs/domain.md)"),
                item(
                        "staff.grid-workers",
                        "网格员",
                        "staff",
                        CheckKind.PROFILE_FACT,
                        3,
                        Comparison.AT_LEAST,
                        "staffing.gridWorkers",
                        "人",
                        null,
                        false,
                        Map.of(TOWNSHIP, LevelRule.atThreshold(10), VILLAGE, LevelRule.atThreshold(2)),
                        "岢岚: 144 grids, 67 full-time and 99 part-time grid workers (seed); thresholds: " + PROPOSAL),
                item(
                        "mechanism.written",
                        "制度上墙：首问负责、联席会议、会商研判、督办、考核、回访",
                        "mechanism",
                        CheckKind.PROFILE_FACT,
                        12,
                        null,
                        "mechanisms",
                        null,
                        Deduction.of(2),
                        false,
                        Map.of(
                                CITY, LevelRule.ofMembers("JOINT_MEETING", "CONSULTATION", "SUPERVISION", "ASSESSMENT"),
                                COUNTY,
                                        LevelRule.ofMembers(
                                                "FIRST_RESPONDER",
                                                "JOINT_MEETING",
                                                "CONSULTATION",
                                                "SUPERVISION",
                                                "ASSESSMENT",
                                                "FOLLOW_UP"),
                                TOWNSHIP,
                                        LevelRule.ofMembers(
                                                "FIRST_RESPONDER",
                                                "JOINT_MEETING",
                                                "CONSULTATION",
                                                "SUPERVISION",
                                                "FOLLOW_UP"),
                                VILLAGE, LevelRule.ofMembers("FIRST_RESPONDER", "FOLLOW_UP")),
                        "有机制: written rules for first responder, joint meetings, consultation, supervision,"
                                + " assessment, follow-up (docs/domain.md)"),
                item(
                        "mechanism.closed-loop",
                        "闭环流程（登记—受理—研判—办理—反馈—归档）有文件",
                        "operation-std",
                        CheckKind.DECLARATION,
                        4,
                        null,
                        null,
                        null,
                        null,
                        false,
                        Map.of(CITY, LevelRule.applies(), COUNTY, LevelRule.applies(), TOWNSHIP, LevelRule.applies()),
                        "太原's six steps of the closed loop (seed)"),
                item(
                        "operation.joint-meeting",
                        "本期召开联席会议（附纪要）",
                        "operation-std",
                        CheckKind.DECLARATION,
                        3,
                        null,
                        null,
                        null,
                        null,
                        false,
                        Map.of(CITY, LevelRule.applies(), COUNTY, LevelRule.applies(), TOWNSHIP, LevelRule.applies()),
                        PROPOSAL),
                item(
                        "venue.signage",
                        "功能分区标识、公示栏规范（附照片）",
                        "venue-std",
                        CheckKind.DECLARATION,
                        3,
                        null,
                        null,
                        null,
                        null,
                        false,
                        Map.of(
                                COUNTY,
                                LevelRule.applies(),
                                TOWNSHIP,
                                LevelRule.applies(),
                                VILLAGE,
                                LevelRule.applies()),
                        PROPOSAL),
                item(
                        "departments.main-resident",
                        "主要部门常驻率",
                        "departments-std",
                        CheckKind.THRESHOLD,
                        4,
                        Comparison.AT_LEAST,
                        null,
                        "%",
                        null,
                        false,
                        Map.of(CITY, LevelRule.atThreshold(100), COUNTY, LevelRule.atThreshold(100)),
                        "太原: main departments 100% resident, industry regulators 50% (seed)"),
                item(
                        "departments.social-forces",
                        "社会力量入驻：律师、心理服务、行业性专业性调解组织",
                        "departments-std",
                        CheckKind.SET,
                        3,
                        null,
                        null,
                        null,
                        Deduction.of(1),
                        false,
                        Map.of(
                                CITY, LevelRule.ofMembers("lawyers", "psychological-services", "industry-mediation"),
                                COUNTY, LevelRule.ofMembers("lawyers", "psychological-services", "industry-mediation")),
                        "social forces join resident departments: lawyers, psychological services, industry"
                                + " mediation committees (docs/domain.md); the list: " + PROPOSAL),
                item(
                        "supervision.unanswered",
                        "本期未按期反馈的督办单",
                        "supervision-std",
                        CheckKind.THRESHOLD,
                        3,
                        Comparison.AT_MOST,
                        null,
                        "件",
                        Deduction.of(1),
                        false,
                        Map.of(
                                CITY,
                                LevelRule.atThreshold(0),
                                COUNTY,
                                LevelRule.atThreshold(0),
                                TOWNSHIP,
                                LevelRule.atThreshold(0)),
                        "overdue cases get supervision orders whose results count in assessments (docs/domain.md)"),
                item(
                        "it.platform",
                        "接入省综治信息平台、视频联网（附截图）",
                        "it-std",
                        CheckKind.DECLARATION,
                        3,
                        null,
                        null,
                        null,
                        null,
                        false,
                        all(LevelRule.applies()),
                        "永济 率先完成了信息化建设规范化 (seed)"),
                item(
                        "results.in-use",
                        "平台在用：本期受理案件数",
                        "it-std",
                        CheckKind.CASE_MEASURE,
                        3,
                        Comparison.AT_LEAST,
                        "found",
                        "件",
                        null,
                        false,
                        all(LevelRule.atThreshold(1)),
                        PROPOSAL),
                item(
                        "results.resolution",
                        "化解率",
                        "results",
                        CheckKind.CASE_MEASURE,
                        8,
                        Comparison.AT_LEAST,
                        "resolutionRate",
                        "%",
                        null,
                        false,
                        all(LevelRule.atThreshold(90)),
                        "the seed reports 化解率 of 90–99% (长治 92.42%); threshold: " + PROPOSAL),
                item(
                        "results.on-time",
                        "按时办结率",
                        "results",
                        CheckKind.CASE_MEASURE,
                        5,
                        Comparison.AT_LEAST,
                        "onTimeClosureRate",
                        "%",
                        null,
                        false,
                        all(LevelRule.atThreshold(90)),
                        PROPOSAL),
                item(
                        "results.timely-acceptance",
                        "受理及时率",
                        "results",
                        CheckKind.CASE_MEASURE,
                        4,
                        Comparison.AT_LEAST,
                        "timelyAcceptanceRate",
                        "%",
                        null,
                        false,
                        all(LevelRule.atThreshold(95)),
                        PROPOSAL),
                item(
                        "results.follow-up",
                        "回访率",
                        "results",
                        CheckKind.CASE_MEASURE,
                        4,
                        Comparison.AT_LEAST,
                        "followUpRate",
                        "%",
                        null,
                        false,
                        all(LevelRule.atThreshold(100)),
                        "回访 target 100% (docs/domain.md)"),
                item(
                        "results.no-major-incident",
                        "未发生因化解不力引发的重大群体性事件或“民转刑”案件",
                        "results",
                        CheckKind.DECLARATION,
                        2,
                        null,
                        null,
                        null,
                        null,
                        true,
                        all(LevelRule.applies()),
                        "veto-style items in county 平安建设 考评细则 (docs/conformance.md §1); wording: " + PROPOSAL));
        List<GradeBand> bands = List.of(
                GradeBand.of("优秀", 90, true),
                GradeBand.of("良好", 80, true),
                GradeBand.of("合格", 60, true),
                GradeBand.of("不合格", 0, false));
        return new StandardDocument(
                "综治中心规范化建设评估标准（平台建议稿）",
                "平台提供的建议稿，供省综治中心修改后发布；不是官方标准。Dimensions: 五有 (verified) and the five 规范化"
                        + " areas (best reading, not confirmed). Grade bands 优秀/良好/合格/不合格 follow Chinese"
                        + " assessment schemes; their limits are a proposal.",
                true,
                dimensions,
                items,
                bands);
    }

    private static Item item(
            String code,
            String title,
            String dimension,
            CheckKind kind,
            double points,
            Comparison comparison,
            String fact,
            String unit,
            Deduction deduction,
            boolean veto,
            Map<Level, LevelRule> levels,
            String source) {
        return new Item(
                code,
                title,
                dimension,
                kind,
                BigDecimal.valueOf(points),
                comparison,
                fact,
                unit,
                deduction,
                veto,
                levels,
                source);
    }

    private static Map<Level, LevelRule> all(LevelRule rule) {
        var map = new EnumMap<Level, LevelRule>(Level.class);
        for (Level level : List.of(CITY, COUNTY, TOWNSHIP, VILLAGE)) {
            map.put(level, rule);
        }
        return map;
    }

    private static Map<Level, LevelRule> levels(double city, double county, double township, double village) {
        return Map.of(
                CITY, LevelRule.atThreshold(city),
                COUNTY, LevelRule.atThreshold(county),
                TOWNSHIP, LevelRule.atThreshold(township),
                VILLAGE, LevelRule.atThreshold(village));
    }
}
