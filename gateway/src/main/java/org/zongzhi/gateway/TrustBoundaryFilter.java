package org.zongzhi.gateway;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.zongzhi.platform.web.RequestIds;
import reactor.core.publisher.Mono;

/**
 * Runs before everything else at the platform's edge: drops any tenant header a client sent (the tenant
 * comes from the token only) and gives the request the id every service logs it under.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustBoundaryFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(TrustBoundaryFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest incoming = exchange.getRequest();
        String requestId = RequestIds.acceptOrCreate(incoming.getHeaders().getFirst(RequestIds.HEADER));
        List<String> forged = incoming.getHeaders().headerNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("x-tenant"))
                .toList();
        ServerHttpRequest request = incoming.mutate()
                .headers(headers -> {
                    forged.forEach(headers::remove);
                    headers.set(RequestIds.HEADER, requestId);
                })
                .build();
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
            return Mono.empty();
        });
        long start = System.nanoTime();
        return chain.filter(exchange.mutate().request(request).build()).doFinally(signal -> {
            MDC.put(RequestIds.MDC_KEY, requestId);
            try {
                log.info(
                        "{} {} -> {} in {} ms{}",
                        request.getMethod(),
                        request.getPath().value(),
                        exchange.getResponse().getStatusCode(),
                        (System.nanoTime() - start) / 1_000_000,
                        forged.isEmpty() ? "" : " (dropped client headers " + forged + ")");
            } finally {
                MDC.remove(RequestIds.MDC_KEY);
            }
        });
    }
}
