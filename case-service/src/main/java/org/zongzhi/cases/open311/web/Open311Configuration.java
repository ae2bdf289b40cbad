package org.zongzhi.cases.open311.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * The GeoReport endpoints need no platform token: the API key is the credential, checked by the
 * endpoints themselves (its hash, its center, its rate). The platform's security chain stays as it is
 * for everything else.
 */
@Configuration(proxyBeanMethods = false)
class Open311Configuration {

    @Bean
    WebSecurityCustomizer open311NeedsNoToken() {
        return web -> web.ignoring().requestMatchers(Open311Controller.BASE + "/**");
    }
}
