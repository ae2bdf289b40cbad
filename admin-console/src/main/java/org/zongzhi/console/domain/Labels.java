package org.zongzhi.console.domain;

import java.util.Map;

/**
 * Chinese names for the tenant service's codes (levels, center states). Case codes are labelled by case-service's
 * vocabulary, the one table for them.
 */
public final class Labels {

    private static final Map<String, String> CENTER_STATUS =
            Map.of("PLANNED", "筹建中", "OPERATING", "运行中", "SUSPENDED", "已暂停");

    private static final Map<String, String> LEVEL = Map.of(
            "PROVINCE", "省级",
            "CITY", "市级",
            "COUNTY", "县级",
            "TOWNSHIP", "乡镇（街道）",
            "VILLAGE", "村（社区）");

    private Labels() {}

    public static String centerStatus(Object code) {
        return label(CENTER_STATUS, code);
    }

    public static String level(Object code) {
        return label(LEVEL, code);
    }

    private static String label(Map<String, String> labels, Object code) {
        if (code == null) {
            return Numbers.NONE;
        }
        return labels.getOrDefault(code.toString(), code.toString());
    }
}
