package org.zongzhi.console.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile editor's plain form and the API's profile document, both ways. Field names: {@code area},
 * {@code zone.<zone>}, {@code room.<kind>}, {@code intakeWindows}, {@code fullTimeStaff}, {@code mediators},
 * {@code gridWorkers}, {@code namedRooms} (one per line), {@code dept.<code>.presence|since|until|schedule}
 * and {@code mech.<kind>.document|adoptedOn}. What a person typed wrong is said in Chinese before anything
 * is sent; the API checks everything again.
 */
public final class CenterProfileForm {

    /** The document to send, or the problems to show (then nothing is sent). */
    public record Result(Map<String, Object> body, List<String> problems) {}

    private CenterProfileForm() {}

    public static Result body(FormValues form, Map<String, String> departments) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> premises = new LinkedHashMap<>();
        premises.put("areaSquareMeters", decimal(form.value("area"), "场所面积", problems));
        for (String zone : ProfileLabels.ZONES.keySet()) {
            premises.put(zone, form.checked("zone." + zone));
        }
        Map<String, Object> rooms = new LinkedHashMap<>();
        ProfileLabels.ROOMS.forEach((kind, label) -> {
            int count = count(form.value("room." + kind), label + "数量", problems);
            if (count > 0) {
                rooms.put(kind, count);
            }
        });
        premises.put("rooms", rooms);
        premises.put("intakeWindows", count(form.value("intakeWindows"), "受理窗口", problems));

        Map<String, Object> staffing = new LinkedHashMap<>();
        staffing.put("fullTimeStaff", count(form.value("fullTimeStaff"), "专职工作人员", problems));
        staffing.put("mediators", count(form.value("mediators"), "专兼职调解员", problems));
        staffing.put("gridWorkers", count(form.value("gridWorkers"), "网格员", problems));
        staffing.put(
                "namedMediationRooms",
                form.valueOr("namedRooms", "")
                        .lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());

        List<Map<String, Object>> resident = new ArrayList<>();
        departments.forEach((code, name) -> {
            String at = "dept." + code + ".";
            String presence = form.value(at + "presence");
            LocalDate since = date(form.value(at + "since"), "「" + name + "」的入驻日期", problems);
            LocalDate until = date(form.value(at + "until"), "「" + name + "」的撤出日期", problems);
            String schedule = form.value(at + "schedule");
            if (presence == null) {
                if (since != null || until != null || schedule != null) {
                    problems.add("「" + name + "」填写了日期或值班安排，请选择入驻方式（常驻、轮驻或随驻）。");
                }
                return;
            }
            if (!ProfileLabels.PRESENCE.containsKey(presence)) {
                problems.add("「" + name + "」的入驻方式只能是常驻、轮驻或随驻。");
                return;
            }
            if (since == null) {
                problems.add("「" + name + "」请填写入驻日期。");
            } else if (until != null && until.isBefore(since)) {
                problems.add("「" + name + "」的撤出日期早于入驻日期。");
            }
            if (schedule != null && schedule.length() > 200) {
                problems.add("「" + name + "」的值班安排请控制在 200 字以内。");
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("department", code);
            d.put("presence", presence);
            d.put("since", since == null ? null : since.toString());
            d.put("until", until == null ? null : until.toString());
            d.put("schedule", schedule);
            resident.add(d);
        });

        List<Map<String, Object>> mechanisms = new ArrayList<>();
        ProfileLabels.MECHANISMS.forEach((kind, label) -> {
            String document = form.value("mech." + kind + ".document");
            LocalDate adopted = date(form.value("mech." + kind + ".adoptedOn"), "「" + label + "」的印发日期", problems);
            if (document == null) {
                if (adopted != null) {
                    problems.add("「" + label + "」填写了印发日期，请同时填写制度文件的名称或文号。");
                }
                return;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind);
            m.put("document", document);
            m.put("adoptedOn", adopted == null ? null : adopted.toString());
            mechanisms.add(m);
        });

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("premises", premises);
        body.put("staffing", staffing);
        body.put("departments", resident);
        body.put("mechanisms", mechanisms);
        return new Result(problems.isEmpty() ? body : null, List.copyOf(problems));
    }

    /** The form filled in from a profile as the API answers it (the editor starts from the current revision). */
    public static FormValues values(Map<?, ?> profile) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (profile == null) {
            return new FormValues(values);
        }
        if (profile.get("premises") instanceof Map<?, ?> p) {
            put(values, "area", p.get("areaSquareMeters"));
            for (String zone : ProfileLabels.ZONES.keySet()) {
                if (Boolean.TRUE.equals(p.get(zone))) {
                    put(values, "zone." + zone, "true");
                }
            }
            if (p.get("rooms") instanceof Map<?, ?> rooms) {
                rooms.forEach((kind, count) -> put(values, "room." + kind, count));
            }
            put(values, "intakeWindows", p.get("intakeWindows"));
        }
        if (profile.get("staffing") instanceof Map<?, ?> s) {
            put(values, "fullTimeStaff", s.get("fullTimeStaff"));
            put(values, "mediators", s.get("mediators"));
            put(values, "gridWorkers", s.get("gridWorkers"));
            if (s.get("namedMediationRooms") instanceof List<?> rooms) {
                put(
                        values,
                        "namedRooms",
                        String.join("\n", rooms.stream().map(String::valueOf).toList()));
            }
        }
        if (profile.get("departments") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> d && d.get("department") != null) {
                    String at = "dept." + d.get("department") + ".";
                    put(values, at + "presence", d.get("presence"));
                    put(values, at + "since", d.get("since"));
                    put(values, at + "until", d.get("until"));
                    put(values, at + "schedule", d.get("schedule"));
                }
            }
        }
        if (profile.get("mechanisms") instanceof List<?> list) {
            for (Object o : list) {
                // The editor has one line per kind: the first mechanism of each kind fills it.
                if (o instanceof Map<?, ?> m
                        && m.get("kind") != null
                        && !values.containsKey("mech." + m.get("kind") + ".document")) {
                    put(values, "mech." + m.get("kind") + ".document", m.get("document"));
                    put(values, "mech." + m.get("kind") + ".adoptedOn", m.get("adoptedOn"));
                }
            }
        }
        return new FormValues(values);
    }

    private static void put(Map<String, List<String>> values, String name, Object value) {
        if (value != null) {
            String text = value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : value.toString();
            values.put(name, List.of(text));
        }
    }

    private static BigDecimal decimal(String text, String label, List<String> problems) {
        if (text == null) {
            problems.add("请填写" + label + "。");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                problems.add(label + "不能为负数。");
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(label + "应为数字（如 180 或 180.5）。");
            return null;
        }
    }

    private static int count(String text, String label, List<String> problems) {
        if (text == null) {
            return 0;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                problems.add(label + "不能为负数。");
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(label + "应为整数。");
            return 0;
        }
    }

    private static LocalDate date(String text, String label, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(label + "应为日期（如 2026-01-05）。");
            return null;
        }
    }
}
