package org.zongzhi.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days are worked in mainland China. Saturday and Sunday are rest days and Monday to Friday are
 * working days, except for the public holidays and the make-up working days (调休) the State Council
 * announces each year, which are kept as data ({@code calendar/china-working-days.csv}).
 *
 * <p>Working time is counted in whole calendar days of the centers' time zone: a time limit of one working
 * day that starts on Friday 10:00 ends on Monday 10:00, and one that starts on a holiday starts counting
 * at midnight of the next working day.
 */
public final class WorkingCalendar {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String RESOURCE = "/calendar/china-working-days.csv";

    private final Map<LocalDate, Boolean> exceptions;
    private final SortedSet<Integer> years;
    private final ZoneId zone;

    private WorkingCalendar(Map<LocalDate, Boolean> exceptions, ZoneId zone) {
        this.exceptions = Map.copyOf(exceptions);
        this.years = new TreeSet<>();
        exceptions.keySet().forEach(date -> years.add(date.getYear()));
        this.zone = zone;
    }

    /** The calendar of mainland China from the bundled holiday data. */
    public static WorkingCalendar china() {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList(), CHINA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads lines of {@code date,kind,name}: kind is {@code holiday} (a day off) or {@code workday} (a weekend
     * day that is worked); the date may be a range {@code from..to}. Lines starting with # are comments.
     */
    public static WorkingCalendar parse(List<String> lines, ZoneId zone) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("date,")) {
                continue;
            }
            String[] fields = line.split(",", 3);
            if (fields.length < 2) {
                throw new IllegalArgumentException("calendar line '" + line + "' needs date,kind[,name]");
            }
            boolean working = switch (fields[1].strip()) {
                case "holiday" -> false;
                case "workday" -> true;
                default ->
                    throw new IllegalArgumentException("calendar line '" + line + "': kind must be holiday or workday");
            };
            String[] range = fields[0].strip().split("\\.\\.");
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                Boolean previous = exceptions.put(day, working);
                if (previous != null && previous != working) {
                    throw new IllegalArgumentException(day + " is listed both as a holiday and as a workday");
                }
            }
        }
        return new WorkingCalendar(exceptions, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The years for which the calendar holds announced or statutory holidays. */
    public SortedSet<Integer> yearsWithData() {
        return new TreeSet<>(years);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The moment when {@code amount} of working time has passed after {@code start}. */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time cannot be negative: " + amount);
        }
        ZonedDateTime cursor = start.atZone(zone);
        Duration remaining = amount;
        for (int guard = 0; guard < 3660; guard++) {
            ZonedDateTime midnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
            if (isWorkingDay(cursor.toLocalDate())) {
                Duration available = Duration.between(cursor, midnight);
                if (remaining.compareTo(available) <= 0) {
                    return cursor.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
            cursor = midnight;
        }
        throw new IllegalArgumentException("working time " + amount + " reaches more than ten years ahead");
    }

    /** The moment {@code days} whole working days after {@code start}. */
    public Instant plusWorkingDays(Instant start, int days) {
        return plusWorkingTime(start, Duration.ofDays(days));
    }
}
