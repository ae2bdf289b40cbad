package org.zongzhi.tenant.tree.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * A center as the tree knows it.
 *
 * @param code its division code, which is its tenant id
 * @param name the division's official name (e.g. 上党区)
 * @param displayName the center's name on its plate once onboarded (e.g. 上党区综治中心)
 * @param openedOn the day its plate went up (挂牌)
 * @param adminPhone the first admin's phone as given at onboarding, or null
 */
public record Center(
        TenantCode code,
        String name,
        CenterStatus status,
        String displayName,
        String address,
        LocalDate openedOn,
        String adminUsername,
        String adminPhone,
        Instant onboardedAt,
        String onboardedBy,
        String statusReason) {

    public TenantCode.Level level() {
        return code.level();
    }

    public Optional<TenantCode> parent() {
        var ancestors = code.ancestors();
        return ancestors.isEmpty() ? Optional.empty() : Optional.of(ancestors.getLast());
    }
}
