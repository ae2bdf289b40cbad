package org.zongzhi.cases.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zongzhi.cases.fixtures.Centers;
import org.zongzhi.platform.tenancy.TenantCode;

class CaseCodeTest {

    @Test
    void encodesTheCenterTheDayAndTheRunningNumber() {
        CaseCode code = CaseCode.issue(Centers.CHANGAN, LocalDate.of(2026, 11, 27), 42);

        assertThat(code.display()).startsWith("140404001001-261127-00042-");
        assertThat(code.center()).isEqualTo(Centers.CHANGAN);
        assertThat(code.day()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(code.sequence()).isEqualTo(42);
    }

    @Test
    void readsBackCentersOfEveryLevel() {
        for (TenantCode center :
                List.of(Centers.SHANXI, Centers.CHANGZHI, Centers.SHANGDANG, Centers.HANDIAN, Centers.CHANGAN)) {
            CaseCode code = CaseCode.issue(center, LocalDate.of(2026, 1, 5), 1);
            assertThat(CaseCode.parse(code.display()).center()).isEqualTo(center);
        }
    }

    @Test
    void acceptsTheCodeAsPeopleTypeIt() {
        CaseCode code = CaseCode.issue(Centers.YONGJI, LocalDate.of(2026, 1, 12), 7);
        String typed = " " + code.value().substring(0, 6) + " "
                + code.value().substring(6).toLowerCase() + " ";

        assertThat(CaseCode.parse(typed)).isEqualTo(code);
        assertThat(CaseCode.parse(code.display())).isEqualTo(code);
    }

    @Test
    void catchesEverySingleMistypedCharacterAndEverySwapOfNeighbours() {
        Random random = new Random(20261127);
        List<CaseCode> codes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            codes.add(CaseCode.issue(
                    TenantCode.of(String.format(
                            "14%02d%02d%03d%03d",
                            1 + random.nextInt(11),
                            1 + random.nextInt(30),
                            1 + random.nextInt(200),
                            1 + random.nextInt(300))),
                    LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1000)),
                    1 + random.nextInt(CaseCode.MAX_SEQUENCE)));
        }
        String alphabet = "0123456789X";
        int tried = 0;
        for (CaseCode code : codes) {
            String value = code.value();
            for (int i = 0; i < value.length(); i++) {
                for (char c : alphabet.toCharArray()) {
                    if (c != value.charAt(i)) {
                        assertRefused(value.substring(0, i) + c + value.substring(i + 1));
                        tried++;
                    }
                }
                if (i + 1 < value.length() && value.charAt(i) != value.charAt(i + 1)) {
                    assertRefused(
                            value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2));
                    tried++;
                }
            }
        }
        assertThat(tried).isGreaterThan(70_000);
    }

    private static void assertRefused(String typo) {
        assertThatIllegalArgumentException().isThrownBy(() -> CaseCode.parse(typo));
    }

    @Test
    void saysWhatIsWrongWithAMistypedCode() {
        CaseCode code = CaseCode.issue(Centers.CHANGAN, LocalDate.of(2026, 11, 27), 42);
        char wrong = code.value().charAt(20) == '9' ? '8' : '9';
        String mistyped = code.value().substring(0, 20) + wrong + code.value().substring(21);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> CaseCode.parse(mistyped))
                .withMessageContaining("mistyped");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CaseCode.parse("140404001001-261127"))
                .withMessageContaining("24 characters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CaseCode.parse(""))
                .withMessageContaining("required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CaseCode.parse("14040400100A-261127-00042-7"))
                .withMessageContaining("23 digits");
    }

    @Test
    void aCenterIssuesAtMostNinetyNineThousandCodesADay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CaseCode.issue(Centers.CHANGAN, LocalDate.of(2026, 11, 27), 100_000));
    }
}
