package org.zongzhi.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.zongzhi.platform.web.Problems;

/**
 * The security every service starts with: a stateless resource server that validates the Keycloak JWT
 * itself (zero trust behind the gateway), requires a tenant in it, maps realm roles to authorities, and
 * answers 401/403 as problem details. Only health, info and the OpenAPI document are open.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class ServletSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(PlatformSecurityProperties properties) {
        // The key set stays cached until a token names a key it lacks (Keycloak rotated), not for five
        // minutes: tokens already issued keep working while Keycloak is down.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .cache(new org.springframework.cache.concurrent.ConcurrentMapCache("platform-jwks"))
                .build();
        decoder.setJwtValidator(PlatformClaims.validator(properties.issuer(), properties.audience()));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http) throws Exception {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(PlatformClaims::authorities);
        converter.setPrincipalClaimName("preferred_username");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(ServletSecurityAutoConfiguration::unauthorized)
                        .accessDeniedHandler((request, response, denied) -> writeProblem(
                                request,
                                response,
                                403,
                                "forbidden",
                                "Forbidden",
                                "Your role does not allow this action.")))
                .exceptionHandling(e -> e.authenticationEntryPoint(ServletSecurityAutoConfiguration::unauthorized));
        return http.build();
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"zongzhi\"");
        writeProblem(
                request,
                response,
                401,
                "unauthenticated",
                "Unauthenticated",
                "A valid access token from the platform's sign-in is required (Authorization: Bearer …).");
    }

    private static void writeProblem(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(Problems.json(status, type, title, detail, request.getRequestURI())
                        .getBytes(StandardCharsets.UTF_8));
    }
}
