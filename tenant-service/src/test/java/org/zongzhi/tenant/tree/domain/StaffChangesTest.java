package org.zongzhi.tenant.tree.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffChangesTest {

    private static CenterEvent event(String type, String detail) {
        return new CenterEvent(type, detail, "changan.admin", "140404001001", Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void thoseWhoseLatestChangeDisabledThemStayDisabled() {
        List<CenterEvent> newestFirst = List.of(
                event(StaffChanges.ENABLED, StaffChanges.detail("wang.li", "返回本中心")),
                event("SUSPENDED", "整改 (3 accounts disabled)"),
                event(StaffChanges.DISABLED, StaffChanges.detail("zhang.qiang", "离职: 已办手续")),
                event(StaffChanges.DISABLED, StaffChanges.detail("wang.li", "调离")),
                event("STAFF_ADDED", "mediator wang.li (王丽, -)"));

        assertThat(StaffChanges.disabledByTheCenter(newestFirst)).containsExactly("zhang.qiang");
    }
}
