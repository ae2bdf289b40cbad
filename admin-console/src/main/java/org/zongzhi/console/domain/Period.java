package org.zongzhi.console.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's period in China time: 今日, 本周 (from Monday), 本月, 本年 up to today, or custom days, and
 * the period it is compared with — the same stretch of the previous day, week, month or year (the first
 * eight days of this month against the first eight of the last), or for custom days the as many days before.
 */
public record Period(String kind, LocalDate from, LocalDate to) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final List<String> KINDS = List.of("today", "week", "month", "year", "custom");

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /**
     * @param kind one of {@link #KINDS}; anything else (or nothing) is 本月
     * @param from custom start, may be null (then the custom period starts at its end)
     * @param to custom end, may be null (then today)
     */
    public static Period of(String kind, LocalDate from, LocalDate to, LocalDate today) {
        String k = kind == null ? "month" : kind.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "today" -> new Period(k, today, today);
            case "week" -> new Period(k, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case "year" -> new Period(k, today.withDayOfYear(1), today);
            case "custom" -> {
                LocalDate end = to == null ? today : to;
                LocalDate start = from == null ? end : from;
                yield start.isAfter(end) ? new Period(k, end, start) : new Period(k, start, end);
            }
            default -> new Period("month", today.withDayOfMonth(1), today);
        };
    }

    /** Days in the period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Period previous() {
        return switch (kind) {
            case "today" -> new Period(kind, from.minusDays(1), to.minusDays(1));
            case "week" -> new Period(kind, from.minusWeeks(1), to.minusWeeks(1));
            case "month" -> {
                LocalDate start = from.minusMonths(1);
                LocalDate end = to.minusMonths(1);
                yield new Period(kind, start, end.isBefore(start) ? start : end);
            }
            case "year" -> new Period(kind, from.minusYears(1), to.minusYears(1));
            default -> new Period(kind, from.minusDays(days()), from.minusDays(1));
        };
    }

    /** The trend's steps: days for up to a month, weeks for up to half a year, months beyond. */
    public String trendStep() {
        long days = days();
        return days <= 31 ? "day" : days <= 183 ? "week" : "month";
    }

    public String label() {
        return switch (kind) {
            case "today" -> "今日";
            case "week" -> "本周";
            case "month" -> "本月";
            case "year" -> "本年";
            default -> "自定义";
        };
    }

    /** What the comparison is called on the page: 较昨日, 较上周同期 … */
    public String previousLabel() {
        return switch (kind) {
            case "today" -> "较昨日";
            case "week" -> "较上周同期";
            case "month" -> "较上月同期";
            case "year" -> "较去年同期";
            default -> "较前 " + days() + " 天";
        };
    }
}
