package org.zongzhi.cases.open311.application;

import org.zongzhi.platform.tenancy.TenantCode;

/** Whether a center is suspended now (tenant-service publishes it; the gateway refuses its staff's tokens). */
public interface SuspendedCenters {

    boolean isSuspended(TenantCode center);
}
