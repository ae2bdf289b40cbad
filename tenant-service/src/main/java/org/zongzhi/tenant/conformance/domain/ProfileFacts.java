package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zongzhi.tenant.profile.domain.CenterProfile;
import org.zongzhi.tenant.profile.domain.CenterProfile.Presence;

/**
 * The facts an item can be computed from a center's declared profile (and its plate in the tree). Numbers
 * are checked against thresholds, sets against required members.
 */
public final class ProfileFacts {

    enum Type {
        NUMBER,
        SET,
        FLAG
    }

    /** Every fact, with what it is. */
    public static final Map<String, String> KEYS = new LinkedHashMap<>();

    private static final Map<String, Type> TYPES = new LinkedHashMap<>();

    static {
        fact("center.plate", Type.FLAG, "the center has a plate name and an opening day (挂牌)");
        fact("premises.areaSquareMeters", Type.NUMBER, "floor area in ㎡");
        fact("premises.intakeWindows", Type.NUMBER, "intake windows (受理窗口)");
        fact("premises.zones", Type.SET, "zones present: 引导受理区, 多元化解区, 指挥调度区");
        fact("premises.rooms", Type.SET, "room kinds present (MEDIATION, PSYCHOLOGICAL_COUNSELLING, …)");
        fact("staffing.fullTimeStaff", Type.NUMBER, "full-time staff");
        fact("staffing.mediators", Type.NUMBER, "mediators");
        fact("staffing.gridWorkers", Type.NUMBER, "grid workers");
        fact("departments.resident", Type.NUMBER, "departments present as 常驻");
        fact("departments.rotating", Type.NUMBER, "departments present as 轮驻");
        fact("departments.onCall", Type.NUMBER, "departments present as 随驻");
        fact("departments.tiers", Type.SET, "tiers present: 常驻, 轮驻, 随驻");
        fact("departments.present", Type.SET, "department codes present, any tier");
        fact("mechanisms", Type.SET, "written mechanisms (FIRST_RESPONDER, JOINT_MEETING, …)");
    }

    public static final String ZONE_INTAKE = "引导受理区";
    public static final String ZONE_RESOLUTION = "多元化解区";
    public static final String ZONE_COMMAND = "指挥调度区";

    private ProfileFacts() {}

    private static void fact(String key, Type type, String meaning) {
        KEYS.put(key, meaning);
        TYPES.put(key, type);
    }

    public static boolean isKnown(String key) {
        return key != null && TYPES.containsKey(key);
    }

    public static boolean isNumeric(String key) {
        return TYPES.get(key) == Type.NUMBER;
    }

    public static boolean isSet(String key) {
        return TYPES.get(key) == Type.SET;
    }

    /**
     * The value of one fact.
     *
     * @param plate whether the tree knows the center's plate name and opening day
     */
    public static Answer of(String key, CenterProfile profile, boolean plate) {
        if ("center.plate".equals(key)) {
            return Answer.flag(plate);
        }
        var premises = profile.premises();
        var staffing = profile.staffing();
        var departments = profile.departments() == null
                ? List.<CenterProfile.ResidentDepartment>of()
                : profile.departments().stream().filter(d -> d.until() == null).toList();
        return switch (key) {
            case "premises.areaSquareMeters" -> Answer.number(premises.areaSquareMeters());
            case "premises.intakeWindows" -> Answer.number(BigDecimal.valueOf(premises.intakeWindows()));
            case "premises.zones" -> {
                var zones = new ArrayList<String>();
                if (premises.guidanceAndIntakeZone()) {
                    zones.add(ZONE_INTAKE);
                }
                if (premises.resolutionZone()) {
                    zones.add(ZONE_RESOLUTION);
                }
                if (premises.commandAndDispatchZone()) {
                    zones.add(ZONE_COMMAND);
                }
                yield Answer.members(zones);
            }
            case "premises.rooms" ->
                Answer.members(
                        premises.rooms() == null
                                ? List.of()
                                : premises.rooms().entrySet().stream()
                                        .filter(e -> e.getValue() != null && e.getValue() > 0)
                                        .map(e -> e.getKey().name())
                                        .sorted()
                                        .toList());
            case "staffing.fullTimeStaff" -> Answer.number(BigDecimal.valueOf(staffing.fullTimeStaff()));
            case "staffing.mediators" -> Answer.number(BigDecimal.valueOf(staffing.mediators()));
            case "staffing.gridWorkers" -> Answer.number(BigDecimal.valueOf(staffing.gridWorkers()));
            case "departments.resident" -> count(departments, Presence.RESIDENT);
            case "departments.rotating" -> count(departments, Presence.ROTATING);
            case "departments.onCall" -> count(departments, Presence.ON_CALL);
            case "departments.tiers" ->
                Answer.members(departments.stream()
                        .map(d -> tier(d.presence()))
                        .distinct()
                        .sorted()
                        .toList());
            case "departments.present" ->
                Answer.members(departments.stream()
                        .map(CenterProfile.ResidentDepartment::department)
                        .sorted()
                        .toList());
            case "mechanisms" ->
                Answer.members(
                        profile.mechanisms() == null
                                ? List.of()
                                : profile.mechanisms().stream()
                                        .filter(m -> m.kind() != null)
                                        .map(m -> m.kind().name())
                                        .distinct()
                                        .sorted()
                                        .toList());
            default -> throw new IllegalArgumentException("'" + key + "' is not a profile fact");
        };
    }

    /** 常驻, 轮驻 or 随驻: the names sets of tiers are written in. */
    public static String tier(Presence presence) {
        return switch (presence) {
            case RESIDENT -> "常驻";
            case ROTATING -> "轮驻";
            case ON_CALL -> "随驻";
        };
    }

    private static Answer count(List<CenterProfile.ResidentDepartment> departments, Presence presence) {
        return Answer.number(BigDecimal.valueOf(
                departments.stream().filter(d -> d.presence() == presence).count()));
    }
}
