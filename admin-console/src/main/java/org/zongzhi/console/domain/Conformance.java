package org.zongzhi.console.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the conformance pages (规范化建设达标评估): the tenant service's codes for versions,
 * assessments, items, verdicts and rectification tasks in Chinese, an item's rule as a sentence, and the
 * Chinese sentence for a refusal. Unknown codes show as they are rather than vanish.
 */
public final class Conformance {

    private static final Map<String, String> LABELS = Map.ofEntries(
            // version states
            Map.entry("version.DRAFT", "草稿"),
            Map.entry("version.PUBLISHED", "已发布"),
            Map.entry("version.RETIRED", "已停用"),
            // assessment states
            Map.entry("status.OPEN", "待自评"),
            Map.entry("status.RETURNED", "已退回修改"),
            Map.entry("status.SUBMITTED", "已提交待审核"),
            Map.entry("status.REVIEWED", "已审核"),
            Map.entry("status.FINAL", "已定稿"),
            // how an item is checked
            Map.entry("kind.DECLARATION", "自评申报"),
            Map.entry("kind.THRESHOLD", "自评数值"),
            Map.entry("kind.SET", "自评清单"),
            Map.entry("kind.PROFILE_FACT", "平台按中心档案计算"),
            Map.entry("kind.CASE_MEASURE", "平台按案件数据计算"),
            Map.entry("verdict.PASS", "通过"),
            Map.entry("verdict.FAIL", "不通过"),
            // rectification tasks
            Map.entry("task.OPEN", "整改中"),
            Map.entry("task.SUBMITTED", "已提交待验收"),
            Map.entry("task.VERIFIED", "已验收"),
            Map.entry("colour.RED", "红色预警"),
            Map.entry("colour.YELLOW", "黄色预警"),
            Map.entry("colour.BLUE", "蓝色提示"),
            Map.entry("colour.NONE", "正常"),
            // members of a set that are codes, not words
            Map.entry("member.MEDIATION", "调解室"),
            Map.entry("member.PSYCHOLOGICAL_COUNSELLING", "心理咨询室"),
            Map.entry("member.COMMAND", "指挥室"),
            Map.entry("member.FIRST_RESPONDER", "首问负责制"),
            Map.entry("member.FOLLOW_UP", "回访制度"),
            Map.entry("member.JOINT_MEETING", "联席会议制度"),
            Map.entry("member.CONSULTATION", "会商研判制度"),
            Map.entry("member.SUPERVISION", "督办制度"),
            Map.entry("member.ASSESSMENT", "考核办法"),
            Map.entry("member.lawyers", "律师"),
            Map.entry("member.psychological-services", "心理服务"),
            Map.entry("member.industry-mediation", "行业性专业性调解"),
            Map.entry("member.RESIDENT", "常驻"),
            Map.entry("member.ROTATING", "轮驻"),
            Map.entry("member.ON_CALL", "随叫随驻"),
            // history steps
            Map.entry("action.ANSWERED", "填报"),
            Map.entry("action.EVIDENCE_ATTACHED", "上传佐证"),
            Map.entry("action.SUBMITTED", "提交"),
            Map.entry("action.JUDGED_PASS", "审核通过"),
            Map.entry("action.JUDGED_FAIL", "审核不通过"),
            Map.entry("action.RETURNED", "退回修改"),
            Map.entry("action.REVIEWED", "审核完成"),
            Map.entry("action.FINALISED", "定稿"),
            Map.entry("action.COMPUTED", "平台计算"),
            Map.entry("action.CREATED", "下发整改"),
            Map.entry("action.SUPERVISED", "超期督办"),
            Map.entry("action.VERIFIED", "验收通过"),
            Map.entry("action.SENT_BACK", "验收未通过，退回整改"),
            Map.entry("action.WARNING_RED", "转为红色预警"),
            Map.entry("action.WARNING_YELLOW", "转为黄色预警"),
            Map.entry("action.WARNING_BLUE", "转为蓝色提示"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "标题"),
            Map.entry("standardVersion", "标准版本"),
            Map.entry("periodFrom", "评估期起"),
            Map.entry("periodTo", "评估期止"),
            Map.entry("cutoff", "截止时间"),
            Map.entry("levels", "参评层级"),
            Map.entry("effectiveFrom", "生效日期"),
            Map.entry("met", "是否达到"),
            Map.entry("number", "数值"),
            Map.entry("members", "已具备的项目"),
            Map.entry("note", "说明"),
            Map.entry("file", "佐证文件"),
            Map.entry("verdict", "审核结论"),
            Map.entry("reason", "理由"),
            Map.entry("comment", "意见"),
            Map.entry("item", "评估项"),
            Map.entry("workingDays", "整改期限（工作日）"),
            Map.entry("requirement", "整改要求"),
            Map.entry("threshold", "标准值"),
            Map.entry("level", "层级"),
            Map.entry("tightenings", "细化要求"),
            Map.entry("accepted", "验收结论"));

    private Conformance() {}

    /** A code's label within its kind (version, status, kind, verdict, task, colour, member, action). */
    public static String label(String kind, Object code) {
        if (code == null) {
            return Numbers.NONE;
        }
        return LABELS.getOrDefault(kind + "." + code, code.toString());
    }

    /** The center directly above a center, by the length of its code (14 → 1404 → 140404 → 140404001 → …). */
    public static String parentOf(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.length()) {
            case 4 -> code.substring(0, 2);
            case 6 -> code.substring(0, 4);
            case 9 -> code.substring(0, 6);
            case 12 -> code.substring(0, 9);
            default -> null;
        };
    }

    /** The level whose centers a ranking within {@code root} compares by default: the one just below it. */
    public static String levelBelow(String code) {
        if (code == null) {
            return "CITY";
        }
        return switch (code.length()) {
            case 2 -> "CITY";
            case 4 -> "COUNTY";
            case 6 -> "TOWNSHIP";
            default -> "VILLAGE";
        };
    }

    /** The badge class of a task's colour now. */
    public static String colourClass(Object colour) {
        return switch (colour == null ? "" : colour.toString()) {
            case "RED" -> "badge badge-red";
            case "YELLOW" -> "badge badge-yellow";
            case "BLUE" -> "badge badge-blue";
            default -> "badge";
        };
    }

    /**
     * An item's rule for one level as a sentence: {@code ≥ 300 ㎡}, {@code ≤ 5 %}, {@code 应具备：调解室、指挥室},
     * {@code 应做到} for a declaration.
     */
    public static String rule(String kind, String comparison, String unit, Object threshold, List<?> members) {
        List<String> parts = new ArrayList<>();
        if (threshold instanceof Number n) {
            String sign = "AT_MOST".equals(comparison) ? "≤ " : "≥ ";
            parts.add(sign + plain(n) + (unit == null || unit.isBlank() ? "" : " " + unit));
        }
        if (members != null && !members.isEmpty()) {
            parts.add("应具备："
                    + String.join(
                            "、", members.stream().map(m -> label("member", m)).toList()));
        }
        if (parts.isEmpty()) {
            return "DECLARATION".equals(kind) ? "应做到并附佐证" : "应达到";
        }
        return String.join("；", parts);
    }

    /** A number as typed: 300, 2.5 (never 300.0 or 3E+2). */
    public static String plain(Object number) {
        if (!(number instanceof Number n)) {
            return number == null ? "" : number.toString();
        }
        BigDecimal value = new BigDecimal(n.toString()).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    private static final List<Map.Entry<java.util.regex.Pattern, String>> REASONS = List.of(
            reason("not computed yet: .*", "尚未计算：平台将在本轮截止时自动计算"),
            reason("not available: .*", "暂无数据，本项不计入总分"),
            reason("not answered", "未填报"),
            reason("每缺一项扣 (\\S+) 分: (\\d+) missing, (\\S+) off.*", "每缺一项扣 $1 分：缺 $2 项，扣 $3 分（扣完为止）"),
            reason("inspection failed it: no reason given", "上级审核不通过"),
            reason("inspection failed it: (.*)", "上级审核不通过：$1"),
            reason("一票否决: .*", "一票否决：本项不达标，等级评为最低档"),
            reason("no number given; required (.*)", "未填写数值，要求 $1"),
            reason("(.*) does not meet (.*)", "$1，未达到 $2"),
            reason("declared as not met", "自评未做到"),
            reason("declared without evidence.*", "申报未附佐证（请上传文件，或关联案件、档案修订）"));

    private static Map.Entry<java.util.regex.Pattern, String> reason(String pattern, String chinese) {
        return Map.entry(java.util.regex.Pattern.compile(pattern), chinese);
    }

    /**
     * Why an item lost points, in Chinese: the scoring's sentences are matched and reworded, the people's
     * own words (an inspector's reason) kept; a sentence not known here is summarised rather than shown
     * in English.
     */
    public static String reason(Object text) {
        String line = text == null ? "" : text.toString().strip();
        if (line.startsWith("missing: ")) {
            return "缺少："
                    + String.join(
                            "、",
                            java.util.Arrays.stream(line.substring(9).split(",\\s*"))
                                    .map(m -> label("member", m))
                                    .toList());
        }
        for (Map.Entry<java.util.regex.Pattern, String> known : REASONS) {
            java.util.regex.Matcher matcher = known.getKey().matcher(line);
            if (matcher.matches()) {
                return matcher.replaceFirst(known.getValue());
            }
        }
        return line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? line
                : "未达到本级要求";
    }

    /** The Chinese name of a field the API names. */
    public static String field(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String head = path.replaceAll("[\\[.].*$", "");
        return FIELDS.getOrDefault(head, null);
    }

    /**
     * The sentence for a refused conformance step, by status, problem type and field; {@code action} is what
     * the person tried, in Chinese.
     */
    public static String refusal(int status, String type, String field, String action) {
        String name = field(field);
        String doing = action == null ? "此操作" : "「" + action + "」";
        if (status == 400 && name != null) {
            return "「" + name + "」未填写或不符合要求，请检查后重试。";
        }
        return switch (status) {
            case 400 -> "填写的内容不完整或不符合要求，不能办理" + doing + "，请检查后重试。";
            case 403 -> "您所在的中心或角色不能办理" + doing + "。";
            case 404 -> "未找到，或不在本中心的可见范围内。";
            case 409 -> "当前状态下不能办理" + doing + "，请刷新页面查看最新状态。";
            case 413 -> "文件过大：照片或 PDF 不能超过 5 MB。";
            case 415 -> "文件类型不支持：请上传 JPEG、PNG 照片或 PDF 文件。";
            default -> ProblemText.of(status, type, null, null, action);
        };
    }

    /** Items grouped by their dimension, in the document's dimension order, for a page of cards. */
    public static <T> Map<String, List<T>> byDimension(
            List<String> dimensionOrder, List<T> items, java.util.function.Function<T, String> dimensionOf) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        dimensionOrder.forEach(d -> groups.put(d, new ArrayList<>()));
        for (T item : items) {
            groups.computeIfAbsent(String.valueOf(dimensionOf.apply(item)), d -> new ArrayList<>())
                    .add(item);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }
}
