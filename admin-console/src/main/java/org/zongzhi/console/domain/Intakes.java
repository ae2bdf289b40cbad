package org.zongzhi.console.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intake form turned into what the APIs take: the case body of {@code POST /api/cases}, the draft
 * the duplicate search compares, the people to look up by ID number or phone, and the note that attaches
 * a repeat report to an existing case. Party rows are parallel repeated fields ({@code applicantName},
 * {@code applicantIdNumber}, …); rows left empty are dropped.
 */
public final class Intakes {

    static final List<String> PARTY_FIELDS = List.of("Kind", "Name", "IdNumber", "Phone", "Address");

    private Intakes() {}

    public static Map<String, Object> body(FormValues form) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "channel", form.value("channel"));
        put(body, "category", form.value("category"));
        put(body, "title", form.value("title"));
        put(body, "description", form.value("description"));
        put(body, "place", form.value("place"));
        put(body, "gridCode", form.value("gridCode"));
        String groupSize = form.value("groupSize");
        if (groupSize != null) {
            try {
                body.put("groupSize", Integer.valueOf(groupSize));
            } catch (NumberFormatException e) {
                body.put("groupSize", groupSize);
            }
        }
        body.put("violenceRisk", form.checked("violenceRisk"));
        body.put("vulnerableParties", form.checked("vulnerableParties"));
        body.put("sensitivePeriod", form.checked("sensitivePeriod"));
        put(body, "publicNote", form.value("publicNote"));
        body.put("applicants", parties(form, "applicant"));
        body.put("respondents", parties(form, "respondent"));
        return body;
    }

    /** What the duplicate search compares; empty when there is nothing to compare yet. */
    public static Map<String, Object> duplicateDraft(FormValues form) {
        Map<String, Object> draft = new LinkedHashMap<>();
        put(draft, "title", form.value("title"));
        put(draft, "description", form.value("description"));
        put(draft, "place", form.value("place"));
        if (draft.isEmpty()) {
            return draft;
        }
        put(draft, "category", form.value("category"));
        return draft;
    }

    /** Each party with an ID number or phone, as the case service's party search takes them. */
    public static List<Map<String, Object>> identifiedParties(FormValues form) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (String role : List.of("applicant", "respondent")) {
            for (Map<String, Object> party : parties(form, role)) {
                Map<String, Object> lookup = new LinkedHashMap<>();
                put(lookup, "idNumber", (String) party.get("idNumber"));
                put(lookup, "phone", (String) party.get("phone"));
                if (!lookup.isEmpty()) {
                    people.add(lookup);
                }
            }
        }
        return people;
    }

    /** The repeat report as an internal note on the case it belongs to (no ID numbers or phones in it). */
    public static String noteOf(FormValues form) {
        StringBuilder note = new StringBuilder("合并来件");
        String channel = form.value("channel");
        if (channel != null) {
            note.append("（").append(channel).append("）");
        }
        note.append("：").append(form.valueOr("title", ""));
        if (form.value("place") != null) {
            note.append("，地点：").append(form.value("place"));
        }
        if (form.value("description") != null) {
            note.append("。").append(form.value("description"));
        }
        List<String> names = new ArrayList<>();
        for (Map<String, Object> party : parties(form, "applicant")) {
            names.add(String.valueOf(party.get("name")));
        }
        if (!names.isEmpty()) {
            note.append("。反映人：").append(String.join("、", names));
        }
        String text = note.toString();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    static List<Map<String, Object>> parties(FormValues form, String role) {
        List<Map<String, Object>> parties = new ArrayList<>();
        int rows = form.rows(role + "Name", 0);
        for (int i = 0; i < rows; i++) {
            String name = form.row(role + "Name", i);
            String id = form.row(role + "IdNumber", i);
            String phone = form.row(role + "Phone", i);
            String address = form.row(role + "Address", i);
            if (name == null && id == null && phone == null && address == null) {
                continue;
            }
            Map<String, Object> party = new LinkedHashMap<>();
            put(party, "kind", form.row(role + "Kind", i));
            put(party, "name", name);
            put(party, "idNumber", id);
            put(party, "phone", phone);
            put(party, "address", address);
            parties.add(party);
        }
        return parties;
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
