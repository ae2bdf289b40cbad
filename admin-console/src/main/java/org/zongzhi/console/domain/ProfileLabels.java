package org.zongzhi.console.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Chinese names for a center profile's codes (rooms, presences, mechanisms) and for the facts a revision
 * comparison names by path ({@code premises.rooms.MEDIATION}, {@code departments.COURT.schedule}…).
 */
public final class ProfileLabels {

    public static final Map<String, String> ROOMS = ordered(
            "MEDIATION", "调解室",
            "PSYCHOLOGICAL_COUNSELLING", "心理咨询室",
            "JOINT_PREVENTION", "联防联控室",
            "COMMAND", "指挥调度室",
            "LEGAL_AID", "法律援助室",
            "VIDEO_HEARING", "视频调解室");

    public static final Map<String, String> PRESENCE = ordered("RESIDENT", "常驻", "ROTATING", "轮驻", "ON_CALL", "随驻");

    public static final Map<String, String> MECHANISMS = ordered(
            "FIRST_RESPONDER", "首问负责制",
            "JOINT_MEETING", "联席会议制度",
            "CONSULTATION", "联合会诊制度",
            "SUPERVISION", "督查督办制度",
            "ASSESSMENT", "考核评价制度",
            "FOLLOW_UP", "回访制度");

    public static final Map<String, String> ZONES =
            ordered("guidanceAndIntakeZone", "引导受理区", "resolutionZone", "多元化解区", "commandAndDispatchZone", "指挥调度区");

    private static final Map<String, String> FACTS = Map.of(
            "premises.areaSquareMeters", "场所面积（平方米）",
            "premises.intakeWindows", "受理窗口（个）",
            "staffing.fullTimeStaff", "专职工作人员（人）",
            "staffing.mediators", "专兼职调解员（人）",
            "staffing.gridWorkers", "网格员（人）",
            "staffing.namedMediationRooms", "品牌调解室");

    private ProfileLabels() {}

    /**
     * The fact a comparison path names, in Chinese; {@code departmentName} turns a catalogue code into its
     * name. Unknown paths come back as they are.
     */
    public static String fact(String path, Function<String, String> departmentName) {
        if (path == null) {
            return Numbers.NONE;
        }
        if (FACTS.containsKey(path)) {
            return FACTS.get(path);
        }
        String[] parts = path.split("\\.");
        if (parts.length == 2 && parts[0].equals("premises") && ZONES.containsKey(parts[1])) {
            return ZONES.get(parts[1]);
        }
        if (parts.length == 3 && path.startsWith("premises.rooms.")) {
            return "功能室 · " + ROOMS.getOrDefault(parts[2], parts[2]) + "（间）";
        }
        if (parts.length == 3 && parts[0].equals("departments")) {
            String name = "「" + departmentName.apply(parts[1]) + "」";
            return name
                    + switch (parts[2]) {
                        case "presence" -> "入驻方式";
                        case "since" -> "入驻日期";
                        case "until" -> "撤出日期";
                        case "schedule" -> "值班安排";
                        default -> parts[2];
                    };
        }
        if (parts.length == 3 && parts[0].equals("mechanisms")) {
            String[] kind = parts[1].split("#");
            String name = "「" + MECHANISMS.getOrDefault(kind[0], kind[0]) + "」"
                    + (kind.length > 1 ? "（第 " + kind[1] + " 项）" : "");
            return name + (parts[2].equals("document") ? "制度文件" : parts[2].equals("adoptedOn") ? "印发日期" : parts[2]);
        }
        return path;
    }

    /** A fact's value as a person reads it: 有 / 无 for the zones, 常驻 / 轮驻 / 随驻, "—" when absent. */
    public static String value(String path, String value) {
        if (value == null) {
            return Numbers.NONE;
        }
        if (path != null && path.endsWith(".presence")) {
            return PRESENCE.getOrDefault(value, value);
        }
        if ("true".equals(value)) {
            return "有";
        }
        if ("false".equals(value)) {
            return "无";
        }
        return value;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
