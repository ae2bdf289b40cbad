package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffFormTest {

    private static FormValues form(String... pairs) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new FormValues(values);
    }

    @Test
    void aLatinNameAnAdminRoleAndABadPhoneAreRefusedInChinese() {
        var result = StaffForm.body(
                form("username", "Wang Li", "fullName", "Wang Li", "phone", "12345", "role", "center-admin"));

        assertThat(result.body()).isNull();
        assertThat(result.problems())
                .hasSize(4)
                .anyMatch(p -> p.contains("中文姓名"))
                .anyMatch(p -> p.contains("请选择岗位"));
    }

    @Test
    void aCompleteFormBecomesTheApisBodyAndThePhoneMayBeLeftOut() {
        var result = StaffForm.body(form("username", "wang.li", "fullName", "王丽", "role", "mediator"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.body())
                .containsEntry("username", "wang.li")
                .containsEntry("fullName", "王丽")
                .containsEntry("role", "mediator")
                .containsEntry("phone", null);
    }

    @Test
    void theHistorySaysInChineseWhoWasAddedAndWhoWasDisabledWhy() {
        assertThat(CenterHistoryText.detail("STAFF_ADDED", "mediator wang.li (王丽, 13912345678)"))
                .isEqualTo("调解员 王丽（wang.li），电话 13912345678");
        assertThat(CenterHistoryText.detail("STAFF_ADDED", "grid-worker li.qiang (李强, -)"))
                .isEqualTo("网格员 李强（li.qiang）");
        assertThat(CenterHistoryText.detail("STAFF_DISABLED", "wang.li: 调离本中心")).isEqualTo("wang.li，原因：调离本中心");
    }
}
