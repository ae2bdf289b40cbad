package org.zongzhi.cases.dispute.infrastructure;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.dispute.domain.CaseCodes;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * Running numbers per center and day in a counter row. The row stays locked until the intake commits, so
 * numbers are unique and mostly gap-free; intake takes its number last to keep that lock short.
 */
@Component
class SqlCaseCodes implements CaseCodes {

    private final JdbcClient jdbc;

    SqlCaseCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseCode next(TenantCode center, LocalDate day) {
        int number = jdbc.sql("insert into case_code_sequence (center, day, last) values (:center, :day, 1)"
                        + " on conflict (center, day) do update set last = case_code_sequence.last + 1"
                        + " returning last")
                .param("center", center.value())
                .param("day", day)
                .query(Integer.class)
                .single();
        return CaseCode.issue(center, day, number);
    }
}
