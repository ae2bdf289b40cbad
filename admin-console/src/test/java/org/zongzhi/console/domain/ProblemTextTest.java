package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTextTest {

    @Test
    void aFieldInAListIsNamedWithItsPosition() {
        assertThat(ProblemText.field("applicants[0].idNumber")).isEqualTo("第 1 位申请人的身份证号");
        assertThat(ProblemText.field("agreements[1].terms")).isEqualTo("第 2 份调解协议的协议内容");
        assertThat(ProblemText.field("reason")).isEqualTo("原因");
    }

    @Test
    void aWrongIdNumberSaysWhatAValidOneLooksLike() {
        assertThat(ProblemText.of(400, "invalid-request", "respondents[1].idNumber", null, null))
                .startsWith("第 2 位被申请人的身份证号不正确")
                .contains("校验码");
    }

    @Test
    void aRefusedTransitionNamesTheStateAndTheAction() {
        assertThat(ProblemText.of(409, "transition-refused", null, "已办结", "转办"))
                .isEqualTo("案件当前处于「已办结」状态，不能办理「转办」。请刷新页面查看可办理的操作。");
    }

    @Test
    void unknownProblemsFallBackToTheStatusInChinese() {
        assertThat(ProblemText.of(503, null, null, null, null)).isEqualTo("服务暂时无法访问，请稍后再试。");
        assertThat(ProblemText.of(418, "teapot", null, null, null)).contains("HTTP 418");
    }
}
