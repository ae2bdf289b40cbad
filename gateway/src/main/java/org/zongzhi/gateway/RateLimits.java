package org.zongzhi.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.zongzhi.platform.security.PlatformClaims;
import reactor.core.publisher.Mono;

/**
 * Limits per center (token bucket in Redis, shared by every gateway replica): one busy or misbehaving
 * center cannot starve the others. The citizens' lookup, open without an account, is limited per client
 * address and much tighter, so codes cannot be tried at speed; so is a center's public card, in a bucket of
 * its own. Over the limit: 429 problem details with Retry-After. If Redis is unreachable, requests pass (the
 * limiter fails open, as Spring Cloud Gateway's does).
 */
@Configuration(proxyBeanMethods = false)
class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    @Bean
    @Primary
    RedisRateLimiter tenantRateLimiter(
            @Value("${platform.rate-limit.per-center-per-second:100}") int perSecond,
            @Value("${platform.rate-limit.per-center-burst:200}") long burst) {
        return new RedisRateLimiter(perSecond, burst);
    }

    @Bean
    RedisRateLimiter lookupRateLimiter(
            @Value("${platform.rate-limit.lookup-per-second:1}") int perSecond,
            @Value("${platform.rate-limit.lookup-burst:10}") long burst) {
        return new RedisRateLimiter(perSecond, burst);
    }

    @Bean
    GlobalFilter rateLimitFilter(
            @Qualifier("tenantRateLimiter") RedisRateLimiter tenantRateLimiter,
            @Qualifier("lookupRateLimiter") RedisRateLimiter lookupRateLimiter) {
        return new LimitFilter(tenantRateLimiter, lookupRateLimiter);
    }

    private record LimitFilter(RedisRateLimiter perCenter, RedisRateLimiter lookup) implements GlobalFilter, Ordered {

        private static final java.util.regex.Pattern CENTER_CARD =
                java.util.regex.Pattern.compile("/api/tenants/\\d{2,12}/card");

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            String path = exchange.getRequest().getPath().value();
            if (!path.startsWith("/api/")) {
                return chain.filter(exchange);
            }
            boolean isLookup =
                    HttpMethod.POST.equals(exchange.getRequest().getMethod()) && path.equals("/api/cases/lookup");
            // A center's public card is read without an account too: limited per address like the lookup,
            // in a bucket of its own so that reading the card does not use up a citizen's lookups.
            boolean isCard = HttpMethod.GET.equals(exchange.getRequest().getMethod())
                    && CENTER_CARD.matcher(path).matches();
            boolean citizenLookup = isLookup || isCard;
            Mono<String> key = citizenLookup
                    ? Mono.just((isCard ? "card-address:" : "address:") + address(exchange))
                    : exchange.getPrincipal()
                            .filter(JwtAuthenticationToken.class::isInstance)
                            .map(principal -> "center:"
                                    + ((JwtAuthenticationToken) principal)
                                            .getToken()
                                            .getClaimAsString(PlatformClaims.TENANT))
                            .defaultIfEmpty("anonymous");
            return key.flatMap(k -> (citizenLookup ? lookup : perCenter).isAllowed(citizenLookup ? "lookup" : "api", k))
                    .flatMap(response -> {
                        response.getHeaders()
                                .forEach((name, value) ->
                                        exchange.getResponse().getHeaders().set(name, value));
                        if (response.isAllowed()) {
                            return chain.filter(exchange);
                        }
                        log.warn("Rate limit reached on {}", path);
                        return tooMany(exchange);
                    });
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 100;
        }

        private static String address(ServerWebExchange exchange) {
            var remote = exchange.getRequest().getRemoteAddress();
            return remote == null ? "unknown" : remote.getAddress().getHostAddress();
        }

        private static Mono<Void> tooMany(ServerWebExchange exchange) {
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return GatewayErrors.write(
                    exchange,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate-limited",
                    "Too many requests",
                    "Too many requests in a short time; wait a moment and try again.");
        }
    }
}
