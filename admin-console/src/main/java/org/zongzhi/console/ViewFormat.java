package org.zongzhi.console;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zongzhi.console.domain.Highlight;
import org.zongzhi.console.domain.Labels;
import org.zongzhi.console.domain.Numbers;
import org.zongzhi.console.domain.Times;

/** Formatting for the templates, as {@code ${@fmt.percent(x)}}; the rules live in the plain domain classes. */
@Component("fmt")
public class ViewFormat {

    private static final Set<String> WARNINGS = Set.of("RED", "YELLOW", "BLUE");
    private static final Set<String> CENTER_STATUSES = Set.of("PLANNED", "OPERATING", "SUSPENDED");

    /** Timeline steps that are not actions a person takes, so the vocabulary's action list lacks them. */
    private static final java.util.Map<String, String> STEPS = java.util.Map.of(
            "report", "登记",
            "alert", "重大风险预警",
            "supervise", "超期督办");

    private final Clock clock = Clock.systemUTC();
    private final Vocabulary vocabulary;

    ViewFormat(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public String percent(Object fraction) {
        return Numbers.percent(fraction);
    }

    public String number(Object value) {
        return Numbers.number(value);
    }

    public String minute(Object iso) {
        return Times.minute(iso);
    }

    public String day(Object iso) {
        return Times.day(iso);
    }

    public String remaining(Object dueIso) {
        return Times.remaining(dueIso, clock.instant());
    }

    public String limit(Object limit) {
        return Times.limit(limit);
    }

    /** A code's Chinese label: case codes from case-service's vocabulary, center codes from {@link Labels}. */
    public String label(String kind, Object code) {
        return switch (kind) {
            case "level", "originLevel" -> Labels.level(code);
            case "centerStatus" -> Labels.centerStatus(code);
            default -> vocabulary.label(kind, code);
        };
    }

    /** The choices of a form's select: code → label, in the domain's order. */
    public java.util.Map<String, String> options(String kind) {
        return vocabulary.options(kind);
    }

    /** A timeline line's verb: the action's label, or the name of a step the platform takes itself. */
    public String step(Object action) {
        String a = action == null ? "" : action.toString();
        return STEPS.containsKey(a) ? STEPS.get(a) : vocabulary.label("action", a);
    }

    /** A worklist item's kind. */
    public String worklistKind(Object kind) {
        return switch (kind == null ? "" : kind.toString()) {
            case "RESPONSIBLE" -> "我负责的案件";
            case "TASK" -> "指派给我的任务";
            case "TRANSFER" -> "待接收的移交";
            case "SUPERVISION" -> "待回复的督办";
            default -> String.valueOf(kind);
        };
    }

    /** Why the search thinks two cases are one. */
    public String duplicateReason(Object reason) {
        return switch (reason == null ? "" : reason.toString()) {
            case "same-party" -> "同一当事人";
            case "same-place" -> "同一地点";
            case "similar-text" -> "内容相似";
            case "same-category" -> "同一类别";
            default -> String.valueOf(reason);
        };
    }

    /** Who did a step: a person's username, or 系统 for what the platform does by itself. */
    public String actor(Object actor) {
        String a = actor == null ? "" : actor.toString();
        return a.equals("system") || a.equals("platform") ? "系统" : a;
    }

    /** A line of text with the center codes it mentions replaced by their names. */
    public String named(Object text, java.util.Map<String, String> names) {
        return org.zongzhi.console.domain.CenterCodes.named(text, names);
    }

    /** A name of the directory, or the code itself. */
    public String name(java.util.Map<String, String> names, Object code) {
        if (code == null) {
            return "—";
        }
        String name = names == null ? null : names.get(code.toString());
        return name == null ? code.toString() : name;
    }

    public String centerStatus(Object code) {
        return Labels.centerStatus(code);
    }

    public String level(Object code) {
        return Labels.level(code);
    }

    /** Escaped text with only the search's {@code <em>} kept: safe for {@code th:utext}. */
    public String highlight(Object highlighted) {
        return Highlight.toSafeHtml(highlighted == null ? null : highlighted.toString());
    }

    /** CSS class of a warning colour badge. */
    public String warningClass(Object warning) {
        String w = warning == null ? "" : warning.toString();
        return WARNINGS.contains(w) ? "badge badge-" + w.toLowerCase() : "badge badge-none";
    }

    /** CSS class of a center status badge. */
    public String centerStatusClass(Object status) {
        String s = status == null ? "" : status.toString();
        return CENTER_STATUSES.contains(s) ? "badge badge-" + s.toLowerCase() : "badge badge-none";
    }

    /** CSS class of a risk badge. */
    public String riskClass(Object risk) {
        String r = risk == null ? "" : risk.toString();
        return switch (r) {
            case "MAJOR" -> "badge badge-red";
            case "SERIOUS" -> "badge badge-yellow";
            default -> "badge badge-none";
        };
    }
}
