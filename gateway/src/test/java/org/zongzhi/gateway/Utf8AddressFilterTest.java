package org.zongzhi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class Utf8AddressFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/cases/%C0%AE", "/api/x/%FF", "/api/x/%E4%B8", "/api/x/%ED%A0%80", "/a/%C3%28"})
    void escapesThatAreNotUtf8AreRefused(String path) {
        assertThat(Utf8AddressFilter.isUtf8(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/tenants/14", "/api/search/cases?q=%E5%99%AA", "%F0%9F%98%80", "%", "%ZZ", "a+b"})
    void utf8AndPlainTextPass(String raw) {
        assertThat(Utf8AddressFilter.isUtf8(raw)).isTrue();
    }

    @Test
    void aRefusedQueryIsA400Problem() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.method(
                        org.springframework.http.HttpMethod.GET,
                        java.net.URI.create("http://localhost/api/search/cases?q=%C0%80"))
                .build());

        new Utf8AddressFilter().filter(exchange, e -> Mono.empty()).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(400);
        assertThat(exchange.getResponse().getHeaders().getContentType().toString())
                .isEqualTo("application/problem+json");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("query", "UTF-8");
    }
}
