package org.zongzhi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class TrustBoundaryFilterTest {

    private final TrustBoundaryFilter filter = new TrustBoundaryFilter();

    private ServerHttpRequest forwarded(MockServerHttpRequest request) {
        var seen = new AtomicReference<ServerHttpRequest>();
        WebFilterChain chain = exchange -> {
            seen.set(exchange.getRequest());
            return Mono.empty();
        };
        filter.filter(MockServerWebExchange.from(request), chain).block();
        return seen.get();
    }

    @Test
    void dropsEveryTenantHeaderAClientSends() {
        ServerHttpRequest forwarded = forwarded(MockServerHttpRequest.get("/api/cases/whoami")
                .header("X-Tenant-Id", "14")
                .header("x-tenant", "14")
                .header("X-TENANT-CODE", "1404")
                .header("Accept", "application/json")
                .build());

        assertThat(forwarded.getHeaders().headerNames())
                .noneMatch(name -> name.toLowerCase().startsWith("x-tenant"))
                .contains("Accept");
    }

    @Test
    void keepsAWellFormedRequestIdAndReplacesAnUnsafeOne() {
        ServerHttpRequest kept = forwarded(MockServerHttpRequest.get("/api/cases/whoami")
                .header("X-Request-Id", "abc12345-trace")
                .build());
        ServerHttpRequest replaced = forwarded(MockServerHttpRequest.get("/api/cases/whoami")
                .header("X-Request-Id", "evil\nINFO forged log line")
                .build());

        assertThat(kept.getHeaders().getFirst("X-Request-Id")).isEqualTo("abc12345-trace");
        assertThat(replaced.getHeaders().getFirst("X-Request-Id"))
                .doesNotContain("\n")
                .hasSize(36);
    }

    @Test
    void givesARequestWithoutAnIdANewOne() {
        ServerHttpRequest forwarded =
                forwarded(MockServerHttpRequest.get("/api/search/whoami").build());

        assertThat(forwarded.getHeaders().getFirst("X-Request-Id")).isNotBlank();
    }
}
