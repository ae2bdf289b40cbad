package org.zongzhi.cases.dispute.domain;

import java.time.Instant;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * One line of a case's timeline (who, which center, when, what). Timelines are append-only.
 *
 * @param action the action's API name ({@code report}, {@code escalate}, {@code supervise}…)
 * @param fromStatus the status before, or null when the action does not change it
 * @param toStatus the status after
 */
public record TimelineEntry(
        Instant at,
        String actor,
        TenantCode actorCenter,
        String action,
        String summary,
        CaseStatus fromStatus,
        CaseStatus toStatus) {}
