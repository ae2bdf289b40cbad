package org.zongzhi.tenant.tree.web;

import java.time.Instant;
import java.time.LocalDate;
import org.zongzhi.tenant.tree.domain.Center;

/** A center as the API shows it. */
public record CenterView(
        String code,
        String name,
        String level,
        String parentCode,
        String path,
        String status,
        String displayName,
        String address,
        LocalDate openedOn,
        String adminUsername,
        String adminPhone,
        Instant onboardedAt,
        String onboardedBy,
        String statusReason) {

    static CenterView of(Center center) {
        return new CenterView(
                center.code().value(),
                center.name(),
                center.level().name(),
                center.parent().map(p -> p.value()).orElse(null),
                center.code().path(),
                center.status().name(),
                center.displayName(),
                center.address(),
                center.openedOn(),
                center.adminUsername(),
                center.adminPhone(),
                center.onboardedAt(),
                center.onboardedBy(),
                center.statusReason());
    }
}
