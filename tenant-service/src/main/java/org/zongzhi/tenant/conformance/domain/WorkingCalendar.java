package org.zongzhi.tenant.conformance.domain;

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

/**
 * TO BE SHARED — a minimal copy of case-service's {@code org.zongzhi.cases.deadline.domain.WorkingCalendar}
 * (the same rules and the same holiday data, {@code calendar/china-working-days.csv}), kept only until that
 * class and its data move to platform-starter so the platform has one working calendar. Change both or
 * neither.
 *
 * <p>Saturday and Sunday are rest days, Monday to Friday working days, except for the State Council's
 * holidays and make-up working days (调休). Working time is counted in whole days of China Standard Time.
 */
public final class WorkingCalendar {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String RESOURCE = "/calendar/china-working-days.csv";

    private final Map<LocalDate, Boolean> exceptions;
    private final ZoneId zone;

    private WorkingCalendar(Map<LocalDate, Boolean> exceptions, ZoneId zone) {
        this.exceptions = Map.copyOf(exceptions);
        this.zone = zone;
    }

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

    /** Lines of {@code date,kind,name}; kind is holiday or workday; the date may be a range from..to. */
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
                exceptions.put(day, working);
            }
        }
        return new WorkingCalendar(exceptions, zone);
    }

    public ZoneId zone() {
        return zone;
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
}
