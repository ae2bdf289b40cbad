package org.zongzhi.console.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Instants from the API (ISO-8601, UTC) shown in China Standard Time. */
public final class Times {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Times() {}

    /** "2026-11-27T10:43:12.858Z" → "2026-11-27 18:43"; null → "—"; anything unparsable as given. */
    public static String minute(Object iso) {
        return format(iso, MINUTE);
    }

    /** The day in China Standard Time. */
    public static String day(Object iso) {
        return format(iso, DAY);
    }

    /** Time left until {@code dueIso}: "剩余 3 小时 12 分", "已超时 1 天 2 小时", or "—". */
    public static String remaining(Object dueIso, Instant now) {
        Instant due = parse(dueIso);
        if (due == null) {
            return Numbers.NONE;
        }
        Duration left = Duration.between(now, due);
        if (left.isNegative()) {
            return "已超时 " + span(left.negated());
        }
        return "剩余 " + span(left);
    }

    /** A time limit as the API prints it: "H:4" → "4 小时", "D:3" → "3 个工作日". */
    public static String limit(Object limit) {
        if (limit == null) {
            return Numbers.NONE;
        }
        String text = limit.toString();
        int colon = text.indexOf(':');
        if (colon < 0) {
            return text;
        }
        String unit = text.substring(0, colon);
        String amount = text.substring(colon + 1);
        return unit.startsWith("H") ? amount + " 小时" : amount + " 个工作日";
    }

    private static String span(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " 天 " + hours + " 小时";
        }
        if (hours > 0) {
            return hours + " 小时 " + minutes + " 分";
        }
        return minutes + " 分";
    }

    private static String format(Object iso, DateTimeFormatter formatter) {
        if (iso == null) {
            return Numbers.NONE;
        }
        Instant instant = parse(iso);
        return instant == null ? iso.toString() : formatter.format(instant.atZone(CHINA));
    }

    private static Instant parse(Object iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
