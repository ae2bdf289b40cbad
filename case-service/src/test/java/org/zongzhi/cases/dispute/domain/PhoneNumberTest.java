package org.zongzhi.cases.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void acceptsMobilesAndLandlinesAsPeopleWriteThem() {
        assertThat(PhoneNumber.parse("138 0013 8000").value()).isEqualTo("13800138000");
        assertThat(PhoneNumber.parse("+86 13800138000").value()).isEqualTo("13800138000");
        assertThat(PhoneNumber.parse("0351-1234567").value()).isEqualTo("03511234567");
        assertThat(PhoneNumber.parse("0355-12345678").isMobile()).isFalse();
    }

    @Test
    void refusesWhatIsNeitherWithoutRepeatingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PhoneNumber.parse("12800138000"))
                .withMessageContaining("mobile number")
                .withMessageNotContaining("12800138000");
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse("1380013800"));
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse("12345"));
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse("1380013800a"));
    }

    @Test
    void showsTheFirstThreeAndLastFourDigits() {
        assertThat(PhoneNumber.parse("13800138000").masked()).isEqualTo("138****8000");
        assertThat(PhoneNumber.parse("0351-1234567").masked()).isEqualTo("035****4567");
    }
}
