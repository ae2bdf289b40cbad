package org.zongzhi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.http.client.PrematureCloseException;

class GatewayErrorsTest {

    @Test
    void aServiceThatCannotBeReachedIsA503NotA500() {
        var problem = GatewayErrors.classify(
                new IllegalStateException("route failed", new ConnectException("Connection refused")));

        assertThat(problem.status().value()).isEqualTo(503);
        assertThat(problem.title()).contains("服务暂时不可用");
    }

    @Test
    void aServiceThatDroppedTheConnectionMidRequestIsA502SendItAgain() {
        var problem = GatewayErrors.classify(
                new IllegalStateException("route failed", PrematureCloseException.TEST_EXCEPTION));

        assertThat(problem.status().value()).isEqualTo(502);
        assertThat(problem.title()).contains("请重试");
        assertThat(problem.detail()).contains("Idempotency-Key");
    }

    @Test
    void aPathNoRouteHasIsA404InWords() {
        var problem = GatewayErrors.classify(new ResponseStatusException(HttpStatus.NOT_FOUND));

        assertThat(problem.status().value()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("未找到 (Not Found)");
    }

    @Test
    void aClientMistakeKeepsItsStatus() {
        var problem = GatewayErrors.classify(new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "too big"));

        assertThat(problem.status().value()).isEqualTo(413);
        assertThat(problem.detail()).isEqualTo("too big");
    }

    @Test
    void anythingElseIsA500ProblemNotAStackTrace() {
        var problem = GatewayErrors.classify(new IllegalStateException("boom"));

        assertThat(problem.status().value()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("boom");
    }

    @Test
    void open311ClientsGetTheSpecsErrorListInJsonOrXml() {
        String json = GatewayErrors.geoReportError(429, "Too many \"requests\"", false);
        String xml = GatewayErrors.geoReportError(429, "a < b & c", true);

        assertThat(json).isEqualTo("[{\"code\":429,\"description\":\"Too many \\\"requests\\\"\"}]");
        assertThat(xml)
                .endsWith(
                        "<errors><error><code>429</code><description>a &lt; b &amp; c</description></error></errors>");
    }
}
