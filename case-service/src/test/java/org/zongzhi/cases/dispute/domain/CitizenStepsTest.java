package org.zongzhi.cases.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitizenStepsTest {

    @Test
    void theClosedLoopsStepsAreShownInChinese() {
        assertThat(CitizenSteps.label("report")).contains("登记");
        assertThat(CitizenSteps.label("escalate")).contains("上报上级中心");
        assertThat(CitizenSteps.label("close")).contains("结案");
    }

    @Test
    void theCentersOwnWorkStaysInternal() {
        for (CaseAction internal : new CaseAction[] {
            CaseAction.ADD_NOTE,
            CaseAction.RECORD_PART,
            CaseAction.HAND_OVER,
            CaseAction.RESPOND_SUPERVISION,
            CaseAction.ACCEPT_TASK
        }) {
            assertThat(CitizenSteps.label(internal.apiName()))
                    .as(internal.name())
                    .isEmpty();
        }
        assertThat(CitizenSteps.label("alert")).isEmpty();
        assertThat(CitizenSteps.label("supervise")).isEmpty();
    }
}
