package org.zongzhi.search.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * Which daily roll-up a case counts in: the county its origin lies in (or the origin itself when a city or
 * the province took the case in), and the day, China time, it was taken in. Neither changes after intake,
 * so a case counts in one roll-up for all its life, and a roll-up's figures are those of its cases.
 *
 * @param center a code of 2, 4 or 6 digits
 * @param day the intake day in China Standard Time
 */
public record RollupKey(String center, LocalDate day) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The finest level roll-ups are kept at: below it, a center's numbers come from its cases. */
    public static final TenantCode.Level FINEST = TenantCode.Level.COUNTY;

    public RollupKey {
        TenantCode code = TenantCode.of(center);
        if (code.level().ordinal() > FINEST.ordinal()) {
            throw new IllegalArgumentException("a roll-up is kept per county at the finest, not for " + center);
        }
    }

    public static RollupKey of(String originCenter, Instant createdAt) {
        int finest = FINEST.codeLength();
        String center = originCenter.length() > finest ? originCenter.substring(0, finest) : originCenter;
        return new RollupKey(center, createdAt.atZone(CHINA).toLocalDate());
    }

    /** As it is stored: the roll-up document's id and the member of the set of roll-ups to recompute. */
    public String id() {
        return center + "|" + day;
    }

    public static RollupKey parse(String id) {
        int bar = id.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("not a roll-up key: " + id);
        }
        return new RollupKey(id.substring(0, bar), LocalDate.parse(id.substring(bar + 1)));
    }

    /**
     * Whether the roll-up's cases all belong to {@code subtree}'s: its center lies within the subtree. A
     * roll-up of a county above the subtree (a township asks) mixes in cases of other townships.
     */
    public boolean within(TenantCode subtree) {
        return TenantCode.of(center).isWithin(subtree);
    }

    /** The first instant of the day, China time. */
    public Instant start() {
        return day.atStartOfDay(CHINA).toInstant();
    }

    /** Whether {@code instant} is a midnight in China, where a roll-up day begins. */
    public static boolean isDayBoundary(Instant instant) {
        return instant == null || instant.atZone(CHINA).toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }
}
