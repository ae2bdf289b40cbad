package org.zongzhi.console.domain;

import java.util.Map;

/** Chinese names for the codes the search and tenant APIs return without labels. */
public final class Labels {

    private static final Map<String, String> STATUS = Map.of(
            "REPORTED", "已上报",
            "FILED", "已立案",
            "ASSIGNED", "已指派",
            "INVESTIGATING", "调查落实中",
            "FED_BACK", "已反馈",
            "TRANSFERRING", "待接收",
            "CLOSED", "已办结",
            "ARCHIVED", "已归档");

    private static final Map<String, String> CATEGORY = Map.ofEntries(
            Map.entry("MARRIAGE_FAMILY", "婚姻家庭"),
            Map.entry("NEIGHBOURS", "邻里纠纷"),
            Map.entry("LAND_AND_HOMESTEAD", "土地宅基地"),
            Map.entry("PROPERTY_MANAGEMENT", "物业纠纷"),
            Map.entry("WAGE_ARREARS", "劳动争议与欠薪"),
            Map.entry("CONSTRUCTION_PAYMENT", "工程款纠纷"),
            Map.entry("HOUSING_DELIVERY", "交房纠纷"),
            Map.entry("MEDICAL", "医疗纠纷"),
            Map.entry("CONSUMER", "消费纠纷"),
            Map.entry("TRAFFIC", "交通事故"),
            Map.entry("SCHOOL_BULLYING", "校园欺凌"),
            Map.entry("ENVIRONMENT", "环境污染"),
            Map.entry("HAZARD", "安全隐患"),
            Map.entry("OTHER", "其他"));

    private static final Map<String, String> RISK = Map.of("GENERAL", "一般", "SERIOUS", "较大", "MAJOR", "重大");

    private static final Map<String, String> WARNING =
            Map.of("NONE", "正常", "BLUE", "蓝色预警", "YELLOW", "黄色预警", "RED", "红色预警");

    private static final Map<String, String> CENTER_STATUS =
            Map.of("PLANNED", "筹建中", "OPERATING", "运行中", "SUSPENDED", "已暂停");

    private static final Map<String, String> LEVEL = Map.of(
            "PROVINCE", "省级",
            "CITY", "市级",
            "COUNTY", "县级",
            "TOWNSHIP", "乡镇（街道）",
            "VILLAGE", "村（社区）");

    private Labels() {}

    public static String status(Object code) {
        return label(STATUS, code);
    }

    public static String category(Object code) {
        return label(CATEGORY, code);
    }

    public static String risk(Object code) {
        return label(RISK, code);
    }

    public static String warning(Object code) {
        return label(WARNING, code);
    }

    public static String centerStatus(Object code) {
        return label(CENTER_STATUS, code);
    }

    public static String level(Object code) {
        return label(LEVEL, code);
    }

    /** The facet or filter kind by its parameter name. */
    public static String of(String kind, Object code) {
        return switch (kind) {
            case "status" -> status(code);
            case "category" -> category(code);
            case "risk" -> risk(code);
            case "warning" -> warning(code);
            case "originLevel", "level" -> level(code);
            default -> code == null ? Numbers.NONE : code.toString();
        };
    }

    private static String label(Map<String, String> labels, Object code) {
        if (code == null) {
            return Numbers.NONE;
        }
        return labels.getOrDefault(code.toString(), code.toString());
    }
}
