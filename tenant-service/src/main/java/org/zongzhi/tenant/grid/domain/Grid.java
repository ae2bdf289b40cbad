package org.zongzhi.tenant.grid.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * A grid (网格): a leaf below a village or community center. Its code is the village's code and a 3-digit
 * number; a grid is valid from a day and, once re-gridding ends it, to a day (kept, never deleted).
 *
 * @param covers what a 专属网格 covers; null for a 综合网格
 * @param boundary the grid's outline as GeoJSON text, when drawn
 */
public record Grid(
        long id,
        String code,
        TenantCode center,
        String name,
        GridKind kind,
        GridCovers covers,
        int households,
        String boundary,
        LocalDate validFrom,
        LocalDate validTo,
        String endedReason,
        String createdBy,
        Instant createdAt) {

    /** Whether the grid is valid on at least one day of the period. */
    public boolean activeDuring(LocalDate from, LocalDate to) {
        return !validFrom.isAfter(to) && (validTo == null || !validTo.isBefore(from));
    }

    public boolean activeOn(LocalDate day) {
        return activeDuring(day, day);
    }
}
