package org.zongzhi.gateway;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.zongzhi.platform.security.PlatformClaims;
import reactor.core.publisher.Mono;

/**
 * Limits per center (token buckets in Redis, shared by every gateway replica): one busy or misbehaving
 * center cannot starve the others. What is open without an account is limited per client address and much
 * tighter: the citizens' lookup (so codes cannot be tried at speed), a center's public card in a bucket of
 * its own, and any other call without a token under {@code /api/} or {@code /open311/} in a third. Over the
 * limit: 429 problem details with Retry-After.
 *
 * <p>When Redis cannot be reached, no limit fails open: every bucket is kept in the gateway instance's memory
 * until Redis answers again ({@link TokenBuckets}), with a logged warning. A client then gets the limit per
 * instance instead of per platform, which is still a limit; refusing everything with 503 instead would take
 * the citizens' lookup and every center down with Redis.
 */
@Configuration(proxyBeanMethods = false)
class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    @Bean
    TokenBuckets tokenBuckets(
            ReactiveStringRedisTemplate redis,
            @Value("${platform.rate-limit.redis-timeout:200ms}") Duration redisTimeout,
            @Value("${platform.rate-limit.redis-pause-after-failure:2s}") Duration pause,
            @Value("${platform.rate-limit.local-max-buckets:100000}") int maxBuckets) {
        RedisScript<List<Long>> script =
                RedisScript.of(new ClassPathResource("META-INF/scripts/request_rate_limiter.lua"), (Class<List<Long>>)
                        (Class<?>) List.class);
        return new TokenBuckets(
                redis,
                script,
                new LocalTokenBuckets(System::nanoTime, maxBuckets),
                redisTimeout,
                pause,
                System::nanoTime);
    }

    @Bean
    GlobalFilter rateLimitFilter(
            TokenBuckets buckets,
            @Value("${platform.rate-limit.per-center-per-second:100}") double perCenter,
            @Value("${platform.rate-limit.per-center-burst:200}") long perCenterBurst,
            @Value("${platform.rate-limit.lookup-per-second:1}") double lookup,
            @Value("${platform.rate-limit.lookup-burst:10}") long lookupBurst,
            @Value("${platform.rate-limit.open-per-second:5}") double open,
            @Value("${platform.rate-limit.open-burst:20}") long openBurst) {
        return new LimitFilter(
                buckets,
                new TokenBuckets.Limit("center", perCenter, perCenterBurst),
                new TokenBuckets.Limit("lookup", lookup, lookupBurst),
                new TokenBuckets.Limit("card", lookup, lookupBurst),
                new TokenBuckets.Limit("open", open, openBurst));
    }

    private record LimitFilter(
            TokenBuckets buckets,
            TokenBuckets.Limit perCenter,
            TokenBuckets.Limit lookup,
            TokenBuckets.Limit card,
            TokenBuckets.Limit open)
            implements GlobalFilter, Ordered {

        private static final Pattern CENTER_CARD = Pattern.compile("/api/tenants/\\d{2,12}/card");

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            String path = exchange.getRequest().getPath().value();
            if (!path.startsWith("/api/") && !path.startsWith("/open311/")) {
                return chain.filter(exchange);
            }
            HttpMethod method = exchange.getRequest().getMethod();
            String address = address(exchange);
            Mono<Bucket> bucket;
            if (HttpMethod.POST.equals(method) && path.equals("/api/cases/lookup")) {
                bucket = Mono.just(new Bucket(lookup, "address:" + address));
            } else if (HttpMethod.GET.equals(method)
                    && CENTER_CARD.matcher(path).matches()) {
                // Read without an account too: limited per address like the lookup, in a bucket of its own so
                // that reading the card does not use up a citizen's lookups.
                bucket = Mono.just(new Bucket(card, "card-address:" + address));
            } else {
                bucket = exchange.getPrincipal()
                        .filter(JwtAuthenticationToken.class::isInstance)
                        .map(principal -> new Bucket(
                                perCenter,
                                "center:"
                                        + ((JwtAuthenticationToken) principal)
                                                .getToken()
                                                .getClaimAsString(PlatformClaims.TENANT)))
                        .defaultIfEmpty(new Bucket(open, "open-address:" + address));
            }
            return bucket.flatMap(b -> buckets.take(b.limit(), b.key())).flatMap(decision -> {
                var headers = exchange.getResponse().getHeaders();
                headers.set("X-RateLimit-Remaining", Long.toString(Math.max(0, decision.remaining())));
                if (decision.allowed()) {
                    return chain.filter(exchange);
                }
                log.warn("Rate limit reached on {}{}", path, decision.local() ? " (in this instance, Redis down)" : "");
                return tooMany(exchange);
            });
        }

        private record Bucket(TokenBuckets.Limit limit, String key) {}

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 100;
        }

        private static String address(ServerWebExchange exchange) {
            var remote = exchange.getRequest().getRemoteAddress();
            return remote == null || remote.getAddress() == null
                    ? "unknown"
                    : remote.getAddress().getHostAddress();
        }

        private static Mono<Void> tooMany(ServerWebExchange exchange) {
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return GatewayErrors.write(
                    exchange,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate-limited",
                    "请求过于频繁 (Too many requests)",
                    "Too many requests in a short time; wait a moment and try again.");
        }
    }
}
