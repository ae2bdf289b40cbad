package org.zongzhi.cases.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.zongzhi.cases.fixtures.People;

class NationalIdNumberTest {

    /** The worked example of GB 11643-1999. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsANumberWhoseCheckCharacterMatches() {
        assertThat(NationalIdNumber.parse(STANDARD_EXAMPLE).value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(NationalIdNumber.parse(" 11010519491231002x ").value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(NationalIdNumber.parse(People.idNumber("140404", "19800101", 123)))
                .isNotNull();
    }

    @Test
    void refusesAWrongCheckCharacterWithoutRepeatingTheNumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalIdNumber.parse("110105194912310021"))
                .withMessageContaining("check character")
                .withMessageNotContaining("11010519491231002");
    }

    @Test
    void refusesNumbersOfTheWrongShape() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalIdNumber.parse("11010519491231002"))
                .withMessageContaining("17 digits");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalIdNumber.parse("1101051949123100AX"))
                .withMessageContaining("17 digits");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalIdNumber.parse(People.idNumber("010105", "19491231", 2)))
                .withMessageContaining("region");
        assertThatIllegalArgumentException().isThrownBy(() -> NationalIdNumber.parse(null));
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalIdNumber.parse(People.idNumber("140404", "19900230", 1)))
                .withMessageContaining("birth date");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalIdNumber.parse(People.idNumber("140404", "18991231", 1)))
                .withMessageContaining("1900");
    }

    @Test
    void showsOnlyTheFirstThreeAndTheLastFourCharacters() {
        NationalIdNumber id = NationalIdNumber.parse(STANDARD_EXAMPLE);

        assertThat(id.masked()).isEqualTo("110***********002X");
        assertThat(id.toString()).isEqualTo(id.masked());
    }
}
