package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void ratesArePercentages() {
        assertThat(Numbers.percent(0.0)).isEqualTo("0%");
        assertThat(Numbers.percent(1.0)).isEqualTo("100%");
        assertThat(Numbers.percent(1)).isEqualTo("100%");
        assertThat(Numbers.percent(0.8567)).isEqualTo("85.7%");
        assertThat(Numbers.percent(0.12345)).isEqualTo("12.3%");
        assertThat(Numbers.percent(0.5)).isEqualTo("50%");
        assertThat(Numbers.percent(2.0 / 3)).isEqualTo("66.7%");
    }

    @Test
    void missingRatesAreADash() {
        assertThat(Numbers.percent(null)).isEqualTo("—");
        assertThat(Numbers.percent("0.5")).isEqualTo("—");
        assertThat(Numbers.percent(Double.NaN)).isEqualTo("—");
    }

    @Test
    void countsAndAverages() {
        assertThat(Numbers.number(1058)).isEqualTo("1058");
        assertThat(Numbers.number(1058L)).isEqualTo("1058");
        assertThat(Numbers.number(3.25)).isEqualTo("3.3");
        assertThat(Numbers.number(4.0)).isEqualTo("4");
        assertThat(Numbers.number(null)).isEqualTo("—");
    }
}
