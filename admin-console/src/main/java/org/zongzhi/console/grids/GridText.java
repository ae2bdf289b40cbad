package org.zongzhi.console.grids;

import java.util.List;
import java.util.Map;
import org.zongzhi.console.gateway.ApiException;

/** The Chinese words of the grid pages: kinds, roles, finding kinds, and what a refused step means. */
final class GridText {

    private GridText() {}

    static final List<Map<String, String>> KINDS =
            List.of(Map.of("code", "COMPREHENSIVE", "label", "综合网格"), Map.of("code", "DEDICATED", "label", "专属网格"));

    static final List<Map<String, String>> COVERS = List.of(
            Map.of("code", "PARK", "label", "园区"),
            Map.of("code", "MARKET", "label", "市场"),
            Map.of("code", "SCHOOL", "label", "学校"),
            Map.of("code", "ENTERPRISE", "label", "企业"),
            Map.of("code", "OTHER", "label", "其他"));

    static final List<Map<String, String>> ROLES = List.of(
            Map.of("code", "GRID_HEAD", "label", "网格长"),
            Map.of("code", "FULL_TIME", "label", "专职网格员"),
            Map.of("code", "PART_TIME", "label", "兼职网格员"),
            Map.of("code", "INSTRUCTOR", "label", "网格指导员"));

    static final List<Map<String, String>> FINDING_KINDS = List.of(
            Map.of("code", "DISPUTE", "label", "矛盾纠纷", "category", "NEIGHBOURS"),
            Map.of("code", "SAFETY_HAZARD", "label", "安全隐患", "category", "HAZARD"),
            Map.of("code", "PUBLIC_REQUEST", "label", "群众诉求", "category", "OTHER"),
            Map.of("code", "OTHER", "label", "其他", "category", "OTHER"));

    /** The case category a finding of this kind is reported under unless the worker picks another. */
    static String categoryFor(String kind) {
        return FINDING_KINDS.stream()
                .filter(k -> k.get("code").equals(kind))
                .map(k -> k.get("category"))
                .findFirst()
                .orElse("OTHER");
    }

    static String label(List<Map<String, String>> options, String code) {
        return options.stream()
                .filter(o -> o.get("code").equals(code))
                .map(o -> o.get("label"))
                .findFirst()
                .orElse(code);
    }

    /** What a refused step means, in Chinese; the API's English detail stays in the log. */
    static String refusal(String step, ApiException e) {
        String detail = e.detail() == null ? "" : e.detail();
        return switch (e.status()) {
            case 403 ->
                switch (step) {
                    case "patrol" -> "只有本网格的网格员可以在这里巡查；请联系社区管理员把您分配到该网格。";
                    case "finding" -> "这次巡查不是您的，只有巡查的网格员本人可以记录。";
                    default -> "只有本村（社区）综治中心的管理员可以管理网格；上级中心只能查看。";
                };
            case 404 -> "找不到该网格或巡查记录，或它不在您的管辖范围内。";
            case 409 ->
                switch (step) {
                    case "patrol" -> detail.contains("open") ? "您还有一次巡查没有结束，请先结束它。" : "该网格今天不在有效期内，不能巡查。";
                    case "create" -> "该网格编号已被使用（已撤销的网格编号也不再使用），请换一个编号或留空自动编号。";
                    case "member" -> detail.contains("disabled") ? "该账号已停用，请先启用。" : "此人已在该网格中；如要换岗位，请先移出再分配。";
                    case "end" -> "该网格已经撤销。";
                    case "settle" -> "这条发现已经处理过了。";
                    case "finding", "end-patrol" -> "这次巡查已经结束。";
                    default -> "操作与当前状态冲突，请刷新后再试。";
                };
            case 400 ->
                switch (step) {
                    case "create" ->
                        detail.contains("boundary")
                                ? "边界须为 GeoJSON 多边形（Polygon），例如 {\"type\":\"Polygon\",\"coordinates\":[[[113.1,36.1],[113.2,36.1],[113.2,36.2],[113.1,36.1]]]}。"
                                : detail.contains("covers")
                                        ? "专属网格须选择覆盖对象（园区、市场、学校、企业或其他）；综合网格不选。"
                                        : "网格信息填写有误：请填写名称、类型和户数（0 至 100000）。";
                    case "member" -> "该账号不是本中心的账号；网格成员须先在“工作人员”页添加。";
                    case "case" -> "上报案件的内容有误，请补充描述后再试。";
                    default -> "填写有误，请检查后再试。";
                };
            default -> "暂时无法完成，请稍后再试。";
        };
    }
}
