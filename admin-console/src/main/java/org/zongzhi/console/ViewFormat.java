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

    private final Clock clock = Clock.systemUTC();

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

    public String label(String kind, Object code) {
        return Labels.of(kind, code);
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
