package org.zongzhi.search.cases.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A case as one row of an export: Chinese headers, codes in the words of the case vocabulary where it is
 * known (the code itself otherwise), times in China Standard Time to the minute as the console shows them.
 * Personal data only masked: party names keep the surname (张**), and no ID number or phone is ever in
 * the index to begin with.
 */
public final class CaseSheet {

    public static final List<String> HEADER = List.of(
            "案件编号", "标题", "类别", "渠道", "状态", "风险", "预警", "发起中心", "当前办理中心", "当事人（脱敏）", "申请人数", "登记时间", "受理时间", "办结时间",
            "办结方式", "是否化解", "是否回访", "满意度");

    /** Column widths in characters, in the order of {@link #HEADER}. */
    public static final int[] WIDTHS = {24, 40, 14, 12, 12, 8, 18, 14, 14, 20, 8, 17, 17, 17, 16, 8, 8, 10};

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Map<String, Map<String, String>> labels;

    /** @param labels per code list ({@code category}, {@code status}, …) each code's label */
    public CaseSheet(Map<String, Map<String, String>> labels) {
        this.labels = Map.copyOf(labels);
    }

    public List<Object> row(CaseDocument c) {
        return Arrays.asList(
                c.code(),
                c.title(),
                label("category", c.category()),
                label("channel", c.channel()),
                label("status", c.status()),
                label("risk", c.risk()),
                label("warning", c.warning()),
                c.originCenter(),
                c.holderCenter(),
                c.partyNames() == null
                        ? null
                        : c.partyNames().stream().map(CaseSheet::maskName).collect(Collectors.joining("、")),
                c.applicantCount(),
                minute(c.createdAt()),
                minute(c.acceptedAt()),
                minute(c.closedAt()),
                c.outcome() == null
                        ? null
                        : labels.getOrDefault("outcomeKind", Map.of())
                                .getOrDefault(c.outcome(), label("legalRoute", c.outcome())),
                c.closed() ? (c.resolved() ? "是" : "否") : null,
                c.closed() ? (c.followedUp() ? "是" : "否") : null,
                label("satisfaction", c.satisfaction()));
    }

    private String label(String list, String code) {
        if (code == null) {
            return null;
        }
        return labels.getOrDefault(list, Map.of()).getOrDefault(code, code);
    }

    private static String minute(Instant at) {
        return at == null ? null : MINUTE.format(at.atZone(CHINA));
    }

    /**
     * The first character and a star for each one after it: 张三 → 张*, 欧阳娜娜 → 欧***. Organisations'
     * names are masked the same way, since the index does not say which party is a person.
     */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        int rest = n.codePointCount(first, n.length());
        return n.substring(0, first) + "*".repeat(rest);
    }
}
