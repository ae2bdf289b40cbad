package org.zongzhi.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff sign in through Keycloak (authorization code with the confidential {@code zongzhi-console}
 * client); the session lives in Redis so any console replica can serve it.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    /** Every page of the console; a new controller's paths are added here. */
    static final String[] PAGES = {
        "/",
        "/worklist",
        "/cases",
        "/cases/**",
        "/centers",
        "/centers/**",
        "/numbers",
        "/conformance",
        "/conformance/**"
    };

    /** Pages for citizens, without an account: 一码可查 (the case code and its secret are the credential). */
    static final String[] PUBLIC_PAGES = {"/track"};

    @Bean
    SecurityFilterChain consoleSecurityChain(HttpSecurity http) throws Exception {
        // The console's own pages need a signed-in person; any other path is not a page of ours and answers
        // 404 as it is, instead of sending a stranger to the sign-in form first.
        return http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers(PAGES)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                // Paths under /api/ reach the console only when no service has them: a 404 that changes nothing.
                // The citizen's lookup form changes nothing and has no session to protect; a CSRF token would
                // only open a session for every passer-by.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/track"))
                .oauth2Login(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .build();
    }
}
