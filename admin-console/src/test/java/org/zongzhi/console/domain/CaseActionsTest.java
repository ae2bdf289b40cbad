package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseActionsTest {

    private static FormValues form(Map<String, List<String>> values) {
        return new FormValues(values);
    }

    @Test
    void aMediatedCloseSendsEveryFilledAgreementWithItsSigningParties() {
        var call = CaseActions.call(
                "close",
                form(Map.of(
                        "kind", List.of("MEDIATED"),
                        "agreementParties", List.of("张三、李四", "", ""),
                        "agreementTerms", List.of("分三期付清", "", ""),
                        "agreementSignedOn", List.of("2026-12-01", "", ""))));
        assertThat(call.path()).isEqualTo("/close");
        assertThat(call.body()).containsEntry("kind", "MEDIATED");
        assertThat(call.body().get("agreements"))
                .isEqualTo(List.of(Map.of("terms", "分三期付清", "signedOn", "2026-12-01", "parties", List.of("张三", "李四"))));
    }

    @Test
    void blanksAreLeftOutOfTheBody() {
        var call = CaseActions.call(
                "assign", form(Map.of("department", List.of("LABOUR_INSPECTION"), "mediator", List.of(" "))));
        assertThat(call.body()).containsOnlyKeys("department");
    }

    @Test
    void taskActionsNeedTheTaskTheyActOn() {
        assertThatThrownBy(() -> CaseActions.call("accept-task", FormValues.EMPTY))
                .isInstanceOf(CaseActions.BadForm.class);
        var call = CaseActions.call(
                "record-part",
                form(Map.of(
                        "taskId", List.of("0b9c2a57-8f3e-4a59-9d0b-3f1c8e2d6a11"), "contribution", List.of("已核实欠薪"))));
        assertThat(call.path()).isEqualTo("/tasks/0b9c2a57-8f3e-4a59-9d0b-3f1c8e2d6a11/part");
        assertThat(call.body()).containsEntry("contribution", "已核实欠薪");
    }

    @Test
    void judicialConfirmationsSkipRowsLeftEmpty() {
        var call = CaseActions.call(
                "confirm-judicially",
                form(Map.of(
                        "confirmAgreement", List.of("1", "2"),
                        "court", List.of("上党区人民法院", ""),
                        "rulingNumber", List.of("(2026)晋0404民特12号", ""),
                        "confirmedOn", List.of("2026-12-02", ""))));
        assertThat(call.body().get("confirmations"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(1);
    }

    @Test
    void aNoteIsInternalUnlessTicked() {
        assertThat(CaseActions.call("add-note", form(Map.of("text", List.of("已电话联系"))))
                        .body())
                .containsEntry("publicNote", false);
        assertThat(CaseActions.call("add-note", form(Map.of("text", List.of("x"), "publicNote", List.of("on"))))
                        .body())
                .containsEntry("publicNote", true);
    }

    @Test
    void anUnknownActionIsRefused() {
        assertThatThrownBy(() -> CaseActions.call("delete", FormValues.EMPTY)).isInstanceOf(CaseActions.BadForm.class);
    }
}
