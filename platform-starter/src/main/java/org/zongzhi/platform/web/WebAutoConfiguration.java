package org.zongzhi.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** Request ids, problem details and the whoami endpoint for every servlet service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemExceptionHandler.class, WhoamiController.class})
public class WebAutoConfiguration {

    /** Picked up by Boot's JSON mapper: a NUL in any text of a request body is a 400 naming the field. */
    @Bean
    tools.jackson.databind.JacksonModule nulFreeText() {
        return NulFreeText.module();
    }

    /**
     * "Today" for {@code @PastOrPresent}, {@code @Future} and the like is China's today, whatever the JVM's
     * zone: from midnight to 08:00 China time a UTC clock still says yesterday, and a plate put up today
     * (挂牌) was refused as lying in the future.
     */
    @Bean
    org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer chinaClock() {
        java.time.ZoneId china = java.time.ZoneId.of("Asia/Shanghai");
        return configuration -> configuration.clockProvider(() -> java.time.Clock.system(china));
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
