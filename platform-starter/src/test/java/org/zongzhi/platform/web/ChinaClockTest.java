package org.zongzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ChinaClockTest {

    record Plate(@PastOrPresent LocalDate openedOn) {}

    @Test
    void todayForValidationIsChinasToday() {
        var configuration = Validation.byDefaultProvider().configure();
        new WebAutoConfiguration().chinaClock().customize(configuration);
        try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

            assertThat(factory.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(factory.getValidator().validate(new Plate(today))).isEmpty();
            assertThat(factory.getValidator().validate(new Plate(today.plusDays(1))))
                    .hasSize(1);
        }
    }
}
