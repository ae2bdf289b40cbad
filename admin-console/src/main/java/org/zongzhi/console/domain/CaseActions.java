package org.zongzhi.console.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The console's form for each action of a case turned into the API call behind it: the path below
 * {@code /api/cases/{id}} and the JSON body. Only what the person typed is sent; the API checks the rest.
 */
public final class CaseActions {

    /** Every action the case API offers, by its API name. */
    public static final Set<String> ALL = Set.of(
            "file",
            "reject",
            "assign",
            "accept-task",
            "consult",
            "record-part",
            "feed-back",
            "close",
            "withdraw",
            "confirm-judicially",
            "archive",
            "escalate",
            "refer",
            "accept-transfer",
            "return-transfer",
            "follow-up",
            "reopen",
            "hand-over",
            "add-note",
            "respond-supervision");

    /** Actions that act on one task or one supervision order rather than the case as a whole. */
    public static final Set<String> PER_ITEM = Set.of("accept-task", "record-part", "respond-supervision");

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NAME_LIST = Pattern.compile("[,，、;；\\s]+");

    private CaseActions() {}

    /** One API call: the path below the case and the body (null for none). */
    public record Call(String path, Map<String, Object> body) {}

    /** Thrown for a form that cannot be sent at all (an unknown action, a missing item id). */
    public static final class BadForm extends RuntimeException {
        public BadForm(String message) {
            super(message);
        }
    }

    public static Call call(String action, FormValues form) {
        return switch (action) {
            case "file" -> new Call("/file", body("category", form.value("category"), "note", form.value("note")));
            case "reject" -> new Call("/reject", body("reason", form.value("reason")));
            case "assign" ->
                new Call(
                        "/assignments",
                        body(
                                "department", form.value("department"),
                                "mediator", form.value("mediator"),
                                "note", form.value("note")));
            case "accept-task" -> new Call("/tasks/" + item(form, "taskId") + "/accept", null);
            case "consult" -> {
                Map<String, Object> body = body("topic", form.value("topic"));
                body.put("departments", nonBlank(form.all("departments")));
                yield new Call("/consultations", body);
            }
            case "record-part" ->
                new Call("/tasks/" + item(form, "taskId") + "/part", body("contribution", form.value("contribution")));
            case "feed-back" -> new Call("/feedback", body("result", form.value("result")));
            case "close" -> new Call("/close", close(form));
            case "withdraw" -> new Call("/withdraw", body("reason", form.value("reason")));
            case "confirm-judicially" -> new Call("/judicial-confirmations", confirmations(form));
            case "archive" -> new Call("/archive", null);
            case "escalate" -> new Call("/escalate", body("reason", form.value("reason")));
            case "refer" -> new Call("/refer", body("to", form.value("to"), "reason", form.value("reason")));
            case "accept-transfer" -> new Call("/transfer/accept", null);
            case "return-transfer" -> new Call("/transfer/return", body("reason", form.value("reason")));
            case "follow-up" ->
                new Call(
                        "/follow-ups",
                        body(
                                "kind", form.value("kind"),
                                "satisfaction", form.value("satisfaction"),
                                "note", form.value("note")));
            case "reopen" -> new Call("/reopen", body("reason", form.value("reason")));
            case "hand-over" -> new Call("/hand-over", body("to", form.value("to"), "reason", form.value("reason")));
            case "add-note" -> {
                Map<String, Object> body = body("text", form.value("text"));
                body.put("publicNote", form.checked("publicNote"));
                yield new Call("/notes", body);
            }
            case "respond-supervision" ->
                new Call(
                        "/supervisions/" + item(form, "orderId") + "/response",
                        body("response", form.value("response")));
            default -> throw new BadForm("没有这项操作：" + action);
        };
    }

    private static Map<String, Object> close(FormValues form) {
        String kind = form.value("kind");
        Map<String, Object> body = body("kind", kind);
        if ("MEDIATED".equals(kind)) {
            List<Map<String, Object>> agreements = new ArrayList<>();
            int rows = form.rows("agreementTerms", 1);
            for (int i = 0; i < rows; i++) {
                String terms = form.row("agreementTerms", i);
                String parties = form.row("agreementParties", i);
                if (terms == null && parties == null) {
                    continue;
                }
                Map<String, Object> agreement = body("terms", terms, "signedOn", form.row("agreementSignedOn", i));
                agreement.put("parties", parties == null ? List.of() : names(parties));
                agreements.add(agreement);
            }
            body.put("agreements", agreements);
        } else if ("GUIDED_TO_LAW".equals(kind)) {
            body.putAll(body("route", form.value("route"), "note", form.value("note")));
        } else if ("HANDLED".equals(kind)) {
            body.putAll(body("summary", form.value("summary")));
        }
        return body;
    }

    private static Map<String, Object> confirmations(FormValues form) {
        List<Map<String, Object>> confirmations = new ArrayList<>();
        int rows = form.rows("confirmAgreement", 0);
        for (int i = 0; i < rows; i++) {
            String ruling = form.row("rulingNumber", i);
            String court = form.row("court", i);
            if (ruling == null && court == null) {
                continue;
            }
            Map<String, Object> c =
                    body("court", court, "rulingNumber", ruling, "confirmedOn", form.row("confirmedOn", i));
            String agreement = form.row("confirmAgreement", i);
            try {
                c.put("agreement", agreement == null ? null : Integer.valueOf(agreement));
            } catch (NumberFormatException e) {
                throw new BadForm("协议序号应为数字");
            }
            confirmations.add(c);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("confirmations", confirmations);
        return body;
    }

    /** "张三、李四, 王五" → [张三, 李四, 王五]. */
    static List<String> names(String text) {
        return nonBlank(List.of(NAME_LIST.split(text.strip())));
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .toList();
    }

    private static String item(FormValues form, String name) {
        String id = form.value(name);
        if (id == null || !UUID_TEXT.matcher(id).matches()) {
            throw new BadForm("表单缺少办理对象，请刷新页面后重试");
        }
        return id;
    }

    /** A body of name/value pairs with absent values left out. */
    private static Map<String, Object> body(String... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                body.put(pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }
}
