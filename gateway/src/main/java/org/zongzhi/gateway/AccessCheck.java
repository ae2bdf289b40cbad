package org.zongzhi.gateway;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.zongzhi.gateway.domain.AccessRevocations;
import org.zongzhi.platform.security.PlatformClaims;
import reactor.core.publisher.Mono;

/**
 * Suspension and disabling take effect at the edge within seconds: a signed, unexpired token of a suspended
 * center or of a disabled account is refused with 401 problem details ({@code center-suspended},
 * {@code account-disabled}) instead of being routed until it expires. Runs in the security chain right after
 * the token was verified (see {@link GatewaySecurity}).
 */
@Configuration(proxyBeanMethods = false)
class AccessCheck {

    private static final Logger log = LoggerFactory.getLogger(AccessCheck.class);

    @Bean
    AccessRevocations accessRevocations() {
        return new AccessRevocations();
    }

    @Bean
    AccessRevocationsFromRedis accessRevocationsFromRedis(
            ReactiveStringRedisTemplate redis,
            AccessRevocations revocations,
            @Value("${platform.access.refresh-every:2s}") Duration refresh,
            @Value("${platform.access.max-token-lifetime:10m}") Duration tokenLifetime,
            @Value("${platform.access.redis-timeout:2s}") Duration timeout) {
        return new AccessRevocationsFromRedis(redis, revocations, refresh, tokenLifetime, timeout);
    }

    /** The filter itself; not a bean, so that it runs only inside the security chain. */
    static WebFilter filter(AccessRevocations revocations) {
        return (exchange, chain) -> ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> java.util.Optional.of(((JwtAuthenticationToken) auth).getToken()))
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(
                        jwt -> jwt.isEmpty() ? chain.filter(exchange) : check(revocations, jwt.get(), exchange, chain));
    }

    private static Mono<Void> check(
            AccessRevocations revocations, Jwt jwt, ServerWebExchange exchange, WebFilterChain chain) {
        String tenant = jwt.getClaimAsString(PlatformClaims.TENANT);
        var refusal = revocations.refusal(tenant, jwt.getSubject(), jwt.getIssuedAt());
        if (refusal.isEmpty()) {
            return chain.filter(exchange);
        }
        log.info("Refused a token of {} at {}: {}", jwt.getClaimAsString("preferred_username"), tenant, refusal.get());
        exchange.getResponse()
                .getHeaders()
                .set(
                        "WWW-Authenticate",
                        "Bearer realm=\"zongzhi\", error=\"invalid_token\", error_description=\""
                                + (refusal.get() == AccessRevocations.Refusal.CENTER_SUSPENDED
                                        ? "center suspended"
                                        : "account disabled")
                                + "\"");
        return refusal.get() == AccessRevocations.Refusal.CENTER_SUSPENDED
                ? GatewayErrors.write(
                        exchange,
                        HttpStatus.UNAUTHORIZED,
                        "center-suspended",
                        "中心已暂停使用 (Center suspended)",
                        "Center " + tenant + " is suspended on the platform by the level above it; its staff"
                                + " cannot use the platform until that level reactivates it. Then sign in again.")
                : GatewayErrors.write(
                        exchange,
                        HttpStatus.UNAUTHORIZED,
                        "account-disabled",
                        "账号已停用 (Account disabled)",
                        "This access token was issued before the account was disabled (by the center's admins,"
                                + " or with the center's suspension) and is no longer accepted. Sign in again;"
                                + " that works once the account is enabled.");
    }
}
