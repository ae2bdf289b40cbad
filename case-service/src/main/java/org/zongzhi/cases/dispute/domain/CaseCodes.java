package org.zongzhi.cases.dispute.domain;

import java.time.LocalDate;
import org.zongzhi.platform.tenancy.TenantCode;

/** Issues each center's running numbers per day for case codes. */
public interface CaseCodes {

    CaseCode next(TenantCode center, LocalDate day);
}
