package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseCodeHintTest {

    // 140404001001-261127-00042-? with its MOD 11-2 check character, as case-service issues it
    private static final String BODY = "14040400100126112700042";

    private static String valid() {
        int sum = 0;
        for (char c : BODY.toCharArray()) {
            sum = ((sum + (c - '0')) * 2) % 11;
        }
        int check = (12 - sum) % 11;
        return BODY + (check == 10 ? "X" : String.valueOf(check));
    }

    @Test
    void aCodeAsPrintedOrTypedWithoutDashesPasses() {
        String code = valid();
        assertThat(CaseCodeHint.problem(code)).isEmpty();
        assertThat(CaseCodeHint.problem(CaseCodeHint.display(code))).isEmpty();
        assertThat(CaseCodeHint.display(code)).isEqualTo("140404001001-261127-00042-" + code.charAt(23));
    }

    @Test
    void aWrongCheckCharacterGetsTheCheckHint() {
        String code = valid();
        char wrong = code.charAt(23) == '1' ? '2' : '1';
        assertThat(CaseCodeHint.problem(code.substring(0, 23) + wrong)).contains("案件编号校验位不符，请核对是否输错或有两位颠倒。");
    }

    @Test
    void twoSwappedNeighboursAreCaught() {
        String code = valid();
        String swapped = code.substring(0, 21) + code.charAt(22) + code.charAt(21) + code.substring(23);
        assertThat(swapped).isNotEqualTo(code);
        assertThat(CaseCodeHint.problem(swapped))
                .hasValueSatisfying(h -> assertThat(h).contains("校验位不符"));
    }

    @Test
    void aShortCodeIsToldItsLength() {
        assertThat(CaseCodeHint.problem("1404-0400"))
                .hasValueSatisfying(h -> assertThat(h).contains("现在是 8 位"));
        assertThat(CaseCodeHint.problem(" "))
                .hasValueSatisfying(h -> assertThat(h).contains("请输入案件编号"));
    }
}
