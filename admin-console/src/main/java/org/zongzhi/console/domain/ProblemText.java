package org.zongzhi.console.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person reads when the API refuses something: Chinese text chosen by the problem's type, status
 * and field. The API's English {@code detail} is never shown; it stays in the logs.
 */
public final class ProblemText {

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)]\\.?(.*)");

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "标题"),
            Map.entry("description", "情况描述"),
            Map.entry("place", "地点"),
            Map.entry("category", "类别"),
            Map.entry("channel", "来源渠道"),
            Map.entry("groupSize", "涉及人数"),
            Map.entry("publicNote", "公开说明"),
            Map.entry("gridCode", "所在网格"),
            Map.entry("name", "姓名或名称"),
            Map.entry("idNumber", "身份证号"),
            Map.entry("phone", "联系电话"),
            Map.entry("address", "住址"),
            Map.entry("kind", "类型"),
            Map.entry("vulnerabilities", "特殊群体"),
            Map.entry("reason", "原因"),
            Map.entry("note", "说明"),
            Map.entry("department", "部门"),
            Map.entry("departments", "会诊部门"),
            Map.entry("mediator", "调解员账号"),
            Map.entry("topic", "会诊议题"),
            Map.entry("contribution", "办理意见"),
            Map.entry("result", "处理结果"),
            Map.entry("summary", "处置情况"),
            Map.entry("route", "法律途径"),
            Map.entry("parties", "签署当事人"),
            Map.entry("terms", "协议内容"),
            Map.entry("signedOn", "签订日期"),
            Map.entry("court", "确认法院"),
            Map.entry("rulingNumber", "裁定书编号"),
            Map.entry("confirmedOn", "确认日期"),
            Map.entry("agreement", "协议序号"),
            Map.entry("to", "接收方"),
            Map.entry("satisfaction", "满意度"),
            Map.entry("text", "备注内容"),
            Map.entry("response", "回复内容"),
            Map.entry("purpose", "查看用途"),
            Map.entry("q", "关键词"));

    private static final Map<String, String> LISTS = Map.of(
            "applicants", "申请人",
            "respondents", "被申请人",
            "agreements", "调解协议",
            "confirmations", "司法确认");

    private ProblemText() {}

    /** The field's Chinese name: {@code applicants[0].idNumber} → 第 1 位申请人的身份证号. */
    public static String field(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.matches() && LISTS.containsKey(indexed.group(1))) {
            String list = LISTS.get(indexed.group(1));
            int n = Integer.parseInt(indexed.group(2)) + 1;
            String ordinal = indexed.group(1).endsWith("s") && !list.startsWith("调解") && !list.startsWith("司法")
                    ? "第 " + n + " 位" + list
                    : "第 " + n + " 份" + list;
            String rest = indexed.group(3);
            return rest.isEmpty() ? ordinal : ordinal + "的" + field(rest);
        }
        return FIELDS.getOrDefault(path, path);
    }

    /**
     * The sentence for a refusal.
     *
     * @param status the HTTP status
     * @param type the problem type's last segment (may be null)
     * @param field the JSON path of the field named (may be null)
     * @param stateLabel the case's state in Chinese, for a refused transition (may be null)
     * @param actionLabel the refused action in Chinese (may be null)
     */
    public static String of(int status, String type, String field, String stateLabel, String actionLabel) {
        String fieldName = field(field);
        if (fieldName != null && (status == 400 || status == 422)) {
            return fieldSentence(field, fieldName);
        }
        String t = type == null ? "" : type;
        return switch (t) {
            case "transition-refused" ->
                "案件当前处于「" + (stateLabel == null ? "当前" : stateLabel) + "」状态，不能"
                        + (actionLabel == null ? "办理此操作" : "办理「" + actionLabel + "」")
                        + "。请刷新页面查看可办理的操作。";
            case "not-holder" -> "该案件由其他中心承办，本中心不能办理此操作。";
            case "not-found" -> "未找到，或不在本中心的可见范围内。";
            case "unprocessable" -> "办理条件尚未满足（例如会诊各部门意见未全部记录、结案前需回访），请补齐后再试。";
            case "invalid-request" -> "填写的内容有误，请检查后重试。";
            case "conflict" -> "案件刚被他人修改，请刷新页面后重试。";
            case "too-many-attempts", "rate-limited" -> "操作过于频繁，请稍后再试。";
            case "center-suspended" -> "本中心已被上级中心暂停使用，暂时不能在平台上办理业务。恢复使用后，请重新登录。";
            case "account-disabled" -> "您的账号已停用，原来的登录已失效。请重新登录；如仍无法登录，请联系本中心管理员。";
            case "forbidden" -> "您的角色无权办理此操作。";
            case "unavailable" -> "服务暂时无法访问，请稍后再试。";
            default -> byStatus(status);
        };
    }

    /** For a status alone (no problem document). */
    public static String byStatus(int status) {
        return switch (status) {
            case 400 -> "填写的内容有误，请检查后重试。";
            case 401 -> "登录已过期，请重新登录。";
            case 403 -> "您的角色或所在中心无权办理此操作。";
            case 404 -> "未找到，或不在本中心的可见范围内。";
            case 409 -> "当前状态下不能办理此操作，请刷新页面后重试。";
            case 413 -> "提交的内容过大，请精简后重试。";
            case 422 -> "办理条件尚未满足，请补齐后再试。";
            case 429 -> "操作过于频繁，请稍后再试。";
            case 502, 503, 504 -> "服务暂时无法访问，请稍后再试。";
            default -> "请求未能完成（HTTP " + status + "），请稍后再试；如果问题持续，请联系管理员。";
        };
    }

    private static String fieldSentence(String path, String name) {
        if (path.endsWith("idNumber")) {
            return name + "不正确：应为 18 位居民身份证号码，最后一位是校验码（0–9 或 X），请核对。";
        }
        if (path.endsWith("phone")) {
            return name + "不正确：手机号为 11 位，固定电话请带区号（如 0355-1234567）。";
        }
        if (path.endsWith("mediator")) {
            return name + "不存在，请填写平台上的用户名。";
        }
        if (path.equals("to")) {
            return name + "不可用：只能转给本中心下级中已开通运行的中心。";
        }
        return "「" + name + "」未填写或填写有误，请检查后重试。";
    }
}
