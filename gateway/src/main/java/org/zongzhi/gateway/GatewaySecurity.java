package org.zongzhi.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.zongzhi.gateway.domain.AccessRevocations;
import org.zongzhi.platform.security.PlatformClaims;
import org.zongzhi.platform.security.PlatformSecurityProperties;
import reactor.core.publisher.Mono;

/**
 * The gateway checks every {@code /api} call's token (signature against Keycloak's cached JWKS, issuer,
 * audience, a tenant) before routing it, and refuses it if its center is suspended or its account disabled
 * ({@link AccessCheck}); the services check it again. The console's pages pass through:
 * the console signs its users in itself.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    @Bean
    ReactiveJwtDecoder jwtDecoder(PlatformSecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder =
                NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(PlatformClaims.validator(properties.issuer(), properties.audience()));
        return decoder;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, AccessRevocations revocations) {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(PlatformClaims::authorities);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // A verified token of a suspended center or a disabled account is refused here (AccessCheck).
                .addFilterAfter(AccessCheck.filter(revocations), SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(auth -> auth.pathMatchers(HttpMethod.OPTIONS, "/api/**")
                        .permitAll()
                        // A citizen follows a case with its code and secret (一码可查), without an account.
                        .pathMatchers(HttpMethod.POST, "/api/cases/lookup")
                        .permitAll()
                        // …and sees the name and phone of the center handling it (a center's public card).
                        .pathMatchers(HttpMethod.GET, "/api/tenants/{code:[0-9]+}/card")
                        .permitAll()
                        .pathMatchers("/api/**")
                        .authenticated()
                        .anyExchange()
                        .permitAll())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(
                                (exchange, e) -> problem(
                                        exchange,
                                        HttpStatus.UNAUTHORIZED,
                                        "unauthenticated",
                                        "Unauthenticated",
                                        "A valid access token from the platform's sign-in is required (Authorization: Bearer …)."))
                        .accessDeniedHandler((exchange, e) -> problem(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Forbidden",
                                "Your role does not allow this action.")))
                .build();
    }

    private static Mono<Void> problem(
            ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        if (status == HttpStatus.UNAUTHORIZED) {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer realm=\"zongzhi\"");
        }
        return GatewayErrors.write(exchange, status, type, title, detail);
    }
}
