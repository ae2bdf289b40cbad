package org.zongzhi.tenant.tree.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

/** Changes to the tree, made inside the caller's transaction. */
public interface CenterRegistry {

    /** The center, locked until the transaction ends, if the caller's database session may change it. */
    Optional<Center> lockForChange(TenantCode code);

    void markOnboarded(
            TenantCode code,
            String displayName,
            String address,
            LocalDate openedOn,
            String adminUsername,
            String adminPhone,
            Caller by);

    void changeStatus(TenantCode code, CenterStatus status, String reason, Caller by);

    void recordEvent(TenantCode code, String type, String detail, Caller by);

    /** Tells readers that the tree changed (drops cached reads). */
    void treeChanged();
}
