package org.zongzhi.tenant.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Answers that meet every self-assessed item of a sheet, as a diligent center would give them. */
final class SelfAssessment {

    private SelfAssessment() {}

    /** Item code → answer body, for the items the center itself answers. */
    static Map<String, Map<String, Object>> meetingEverything(JsonNode sheet) {
        var answers = new LinkedHashMap<String, Map<String, Object>>();
        for (JsonNode applied : sheet.get("items")) {
            JsonNode item = applied.get("item");
            String kind = item.get("kind").asString();
            String code = item.get("code").asString();
            JsonNode rule = applied.get("rule");
            var body = new LinkedHashMap<String, Object>();
            switch (kind) {
                case "DECLARATION" -> {
                    body.put("met", true);
                    body.put(
                            "cases",
                            List.of(java.util
                                    .UUID
                                    .nameUUIDFromBytes(code.getBytes())
                                    .toString()));
                }
                case "THRESHOLD" -> body.put("number", rule.get("threshold").decimalValue());
                case "SET" -> {
                    var members = new ArrayList<String>();
                    rule.get("members").forEach(m -> members.add(m.asString()));
                    body.put("members", members);
                }
                default -> {
                    continue;
                }
            }
            body.put("note", "自评：" + item.get("title").asString());
            answers.put(code, body);
        }
        return answers;
    }

    /** A profile that meets the starter catalogue's township and county rules (and 长治's 300 ㎡). */
    static Map<String, Object> fullProfile(double area) {
        return Map.of(
                "premises",
                Map.of(
                        "areaSquareMeters",
                        area,
                        "guidanceAndIntakeZone",
                        true,
                        "resolutionZone",
                        true,
                        "commandAndDispatchZone",
                        true,
                        "rooms",
                        Map.of("MEDIATION", 2, "PSYCHOLOGICAL_COUNSELLING", 1, "COMMAND", 1),
                        "intakeWindows",
                        8),
                "staffing",
                Map.of("fullTimeStaff", 9, "mediators", 6, "gridWorkers", 40, "namedMediationRooms", List.of("老法官调解室")),
                "departments",
                List.of(
                        Map.of("department", "COURT", "presence", "RESIDENT", "since", "2025-01-01"),
                        Map.of("department", "JUSTICE", "presence", "RESIDENT", "since", "2025-01-01"),
                        Map.of("department", "PUBLIC_SECURITY", "presence", "RESIDENT", "since", "2025-01-01"),
                        Map.of("department", "PETITIONS", "presence", "RESIDENT", "since", "2025-01-01"),
                        Map.of("department", "HUMAN_RESOURCES", "presence", "RESIDENT", "since", "2025-01-01"),
                        Map.of("department", "HOUSING", "presence", "ROTATING", "since", "2025-01-01"),
                        Map.of("department", "HEALTH", "presence", "ON_CALL", "since", "2025-01-01")),
                "mechanisms",
                List.of(
                        Map.of("kind", "FIRST_RESPONDER", "document", "首问负责制"),
                        Map.of("kind", "JOINT_MEETING", "document", "联席会议制度"),
                        Map.of("kind", "CONSULTATION", "document", "会商研判制度"),
                        Map.of("kind", "SUPERVISION", "document", "督办制度"),
                        Map.of("kind", "ASSESSMENT", "document", "考核办法"),
                        Map.of("kind", "FOLLOW_UP", "document", "回访制度")));
    }
}
