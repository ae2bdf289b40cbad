package org.zongzhi.tenant.profile.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zongzhi.tenant.profile.domain.CenterProfile.Mechanism;
import org.zongzhi.tenant.profile.domain.CenterProfile.ResidentDepartment;
import org.zongzhi.tenant.profile.domain.CenterProfile.RoomKind;

/**
 * What changed between two revisions of a profile, fact by fact. Each fact has a stable path that names
 * it across revisions: {@code premises.areaSquareMeters}, {@code premises.rooms.MEDIATION},
 * {@code departments.court.presence}, {@code mechanisms.FIRST_RESPONDER.document} (a second mechanism of
 * the same kind is {@code mechanisms.FIRST_RESPONDER#2.document}). Values are as the API writes them;
 * a fact absent on one side is null there.
 */
public final class ProfileComparison {

    /** One fact that differs. */
    public record Change(String field, String before, String after) {}

    private ProfileComparison() {}

    public static List<Change> changes(CenterProfile before, CenterProfile after) {
        Map<String, String> was = facts(before);
        Map<String, String> is = facts(after);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String a = was.get(field);
            String b = is.get(field);
            if (!Objects.equals(a, b)) {
                changes.add(new Change(field, a, b));
            }
        }
        return changes;
    }

    /** The profile as path → value, in the order a reader goes through it. */
    static Map<String, String> facts(CenterProfile profile) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (profile == null) {
            return facts;
        }
        var premises = profile.premises();
        if (premises != null) {
            put(facts, "premises.areaSquareMeters", number(premises.areaSquareMeters()));
            put(facts, "premises.guidanceAndIntakeZone", String.valueOf(premises.guidanceAndIntakeZone()));
            put(facts, "premises.resolutionZone", String.valueOf(premises.resolutionZone()));
            put(facts, "premises.commandAndDispatchZone", String.valueOf(premises.commandAndDispatchZone()));
            for (RoomKind kind : RoomKind.values()) {
                Integer count =
                        premises.rooms() == null ? null : premises.rooms().get(kind);
                put(facts, "premises.rooms." + kind, count == null || count == 0 ? null : count.toString());
            }
            put(facts, "premises.intakeWindows", String.valueOf(premises.intakeWindows()));
        }
        var staffing = profile.staffing();
        if (staffing != null) {
            put(facts, "staffing.fullTimeStaff", String.valueOf(staffing.fullTimeStaff()));
            put(facts, "staffing.mediators", String.valueOf(staffing.mediators()));
            put(facts, "staffing.gridWorkers", String.valueOf(staffing.gridWorkers()));
            List<String> rooms = staffing.namedMediationRooms();
            put(
                    facts,
                    "staffing.namedMediationRooms",
                    rooms == null || rooms.isEmpty() ? null : String.join("、", rooms));
        }
        for (ResidentDepartment d :
                profile.departments() == null ? List.<ResidentDepartment>of() : profile.departments()) {
            String at = "departments." + d.department();
            put(
                    facts,
                    at + ".presence",
                    d.presence() == null ? null : d.presence().name());
            put(facts, at + ".since", d.since() == null ? null : d.since().toString());
            put(facts, at + ".until", d.until() == null ? null : d.until().toString());
            put(facts, at + ".schedule", d.schedule() == null || d.schedule().isBlank() ? null : d.schedule());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Mechanism m : profile.mechanisms() == null ? List.<Mechanism>of() : profile.mechanisms()) {
            String kind = m.kind() == null ? "UNKNOWN" : m.kind().name();
            int n = seen.merge(kind, 1, Integer::sum);
            String at = "mechanisms." + kind + (n == 1 ? "" : "#" + n);
            put(facts, at + ".document", m.document());
            put(
                    facts,
                    at + ".adoptedOn",
                    m.adoptedOn() == null ? null : m.adoptedOn().toString());
        }
        return facts;
    }

    private static void put(Map<String, String> facts, String field, String value) {
        if (value != null) {
            facts.put(field, value);
        }
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
