package org.zongzhi.platform.persistence;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * Hibernate's {@code @TenantId}: the center whose data the current work is about — the caller's own, or
 * the one a higher center acts for, or the center of a credential the service verified
 * ({@link TenantScope#asCenter}). System jobs are Hibernate's root tenant (no tenant filter); work with
 * neither a caller nor a system scope gets a tenant that matches no row.
 */
public class PlatformTenantResolver implements CurrentTenantIdentifierResolver<String> {

    public static final String SYSTEM = "system";
    public static final String NOBODY = "nobody";

    @Override
    public String resolveCurrentTenantIdentifier() {
        if (TenantScope.isSystem()) {
            return SYSTEM;
        }
        return TenantScope.acting()
                .or(() -> TenantScope.caller().or(CurrentCaller::find).map(caller -> caller.tenant()))
                .map(code -> code.value())
                .orElse(NOBODY);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return SYSTEM.equals(tenantId);
    }
}
