package org.zongzhi.cases.dispute.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.zongzhi.cases.deadline.domain.Deadline;
import org.zongzhi.cases.deadline.domain.TimeLimit;
import org.zongzhi.cases.deadline.domain.TimeLimit.Hours;
import org.zongzhi.cases.deadline.domain.TimeLimit.WorkingDays;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.platform.tenancy.TenantCode.Level;

/**
 * How long each step may take, by category, the holding center's level and the risk:
 *
 * <ul>
 *   <li>reported → filed, filed → assigned, assigned → accepted, and a transfer's acceptance: one working
 *       day; four hours for a major risk before filing;
 *   <li>investigate and act: the category's handling days ({@link #handlingDays}); a village gets at most
 *       five (小事不出村: what it cannot settle quickly goes up), a county or higher center half as much
 *       again for the hard cases that reach it;
 *   <li>feedback → closed: three working days;
 *   <li>hazards (安全隐患) run on clock hours day and night: two hours to file or assign, one to accept,
 *       four to handle and four to close.
 * </ul>
 */
public final class TimeLimits {

    private final WorkingCalendar calendar;

    public TimeLimits(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The limit of the step a case in {@code status} is in; empty when no clock runs (closed, archived). */
    public Optional<TimeLimit> forStep(CaseStatus status, Category category, Level level, RiskLevel risk) {
        boolean hazard = category == Category.HAZARD;
        TimeLimit limit = switch (status) {
            case REPORTED -> hazard ? new Hours(2) : risk == RiskLevel.MAJOR ? new Hours(4) : new WorkingDays(1);
            case FILED, TRANSFERRING -> hazard ? new Hours(2) : new WorkingDays(1);
            case ASSIGNED -> hazard ? new Hours(1) : new WorkingDays(1);
            case INVESTIGATING -> hazard ? new Hours(4) : new WorkingDays(handlingDays(category, level));
            case FED_BACK -> hazard ? new Hours(4) : new WorkingDays(3);
            case CLOSED, ARCHIVED -> null;
        };
        return Optional.ofNullable(limit);
    }

    public Optional<Deadline> start(CaseStatus status, Category category, Level level, RiskLevel risk, Instant at) {
        return forStep(status, category, level, risk).map(limit -> Deadline.start(limit, at, calendar));
    }

    /** Working days to investigate and act, by category and the holding center's level. */
    public static int handlingDays(Category category, Level level) {
        int base = switch (category) {
            case SCHOOL_BULLYING -> 5;
            case WAGE_ARREARS, CONSUMER -> 7;
            case NEIGHBOURS, PROPERTY_MANAGEMENT, ENVIRONMENT -> 10;
            case MARRIAGE_FAMILY, CONSTRUCTION_PAYMENT, HOUSING_DELIVERY, TRAFFIC, OTHER -> 15;
            case LAND_AND_HOMESTEAD, MEDICAL -> 30;
            case HAZARD -> 1;
        };
        return switch (level) {
            case VILLAGE -> Math.min(base, 5);
            case TOWNSHIP -> base;
            case COUNTY, CITY, PROVINCE -> (base * 3 + 1) / 2;
        };
    }

    /**
     * When a case filed at {@code filedAt} must be closed: the handling days plus the working days of
     * assigning, accepting and closing (one, one and three); eleven hours for a hazard.
     */
    public Instant closeDue(Instant filedAt, Category category, Level level) {
        if (category == Category.HAZARD) {
            return filedAt.plus(Duration.ofHours(11));
        }
        return calendar.plusWorkingDays(filedAt, handlingDays(category, level) + 5);
    }

    /** When a supervision order issued at {@code issuedAt} must be answered. */
    public Instant supervisionResponseDue(Instant issuedAt) {
        return calendar.plusWorkingDays(issuedAt, SupervisionOrder.RESPONSE_WORKING_DAYS);
    }
}
