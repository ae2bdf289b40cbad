package org.zongzhi.cases;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.zongzhi.cases.dispute.domain.TimeLimits;
import org.zongzhi.cases.dispute.infrastructure.DirectoryProperties;
import org.zongzhi.cases.dispute.infrastructure.PiiProperties;
import org.zongzhi.cases.outbox.RelayProperties;
import org.zongzhi.cases.supervision.WarningScanProperties;
import org.zongzhi.platform.calendar.WorkingCalendar;

/** The time source, the time limits on the Chinese working calendar, settings and background jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({
    PiiProperties.class,
    WarningScanProperties.class,
    RelayProperties.class,
    DirectoryProperties.class
})
class CaseServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TimeLimits timeLimits() {
        return new TimeLimits(WorkingCalendar.china());
    }

    /**
     * The citizen lookup needs no account: the case code and its secret are the credential. It is the one
     * endpoint outside the platform's token check; the starter's security chain stays as it is for
     * everything else.
     */
    @Bean
    WebSecurityCustomizer citizenLookupNeedsNoToken() {
        return web -> web.ignoring().requestMatchers(HttpMethod.POST, "/api/cases/lookup");
    }
}
