package org.zongzhi.gateway;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.zongzhi.platform.web.Problems;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Whatever goes wrong at the gateway answers RFC 9457 problem details with a title a person can read in
 * Chinese: a request the firewall refuses (an encoded NUL or slash in the path) is a 400 naming why, a path
 * no route has is a 404, a service that cannot be reached is a 503 "try again", one that dropped the
 * connection mid-request (it crashed) is a 502 "send it again", never a 500 or an empty body. Titles read "中文 (English)" so both a clerk and a client developer understand them.
 */
@Configuration(proxyBeanMethods = false)
class GatewayErrors {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    /** Ahead of Spring Boot's default handler (order -1), which would answer its own JSON. */
    @Bean
    @Order(-2)
    WebExceptionHandler problemDetailsForErrors() {
        return (exchange, error) -> {
            if (exchange.getResponse().isCommitted()) {
                return Mono.error(error);
            }
            return write(exchange, classify(error));
        };
    }

    /** The security firewall's refusals (otherwise a 400 with an empty body) as problem details. */
    @Bean
    static BeanPostProcessor firewallRefusalsAsProblems() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    proxy.setExchangeRejectedHandler((exchange, rejected) -> write(
                            exchange,
                            new Problem(
                                    HttpStatus.BAD_REQUEST,
                                    "request-rejected",
                                    "请求被拒绝 (Request rejected)",
                                    "The request was refused before it reached a service: "
                                            + rejected.getMessage()
                                            + ". Paths and headers may not contain encoded NUL characters,"
                                            + " encoded slashes or backslashes, or other characters the"
                                            + " platform does not accept.")));
                }
                return bean;
            }
        };
    }

    record Problem(HttpStatusCode status, String type, String title, String detail) {}

    static Problem classify(Throwable error) {
        if (error instanceof ResponseStatusException e) {
            int code = e.getStatusCode().value();
            if (code == 404) {
                return new Problem(
                        e.getStatusCode(), "not-found", "未找到 (Not Found)", "There is no such path on the platform.");
            }
            if (code == 503 || code == 502 || code == 504) {
                return unavailable(e.getStatusCode());
            }
            if (code < 500) {
                return new Problem(
                        e.getStatusCode(),
                        "bad-request",
                        "请求有误 (" + HttpStatus.valueOf(code).getReasonPhrase() + ")",
                        e.getReason() != null ? e.getReason() : "The request cannot be handled as sent.");
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof TimeoutException) {
                return unavailable(HttpStatus.SERVICE_UNAVAILABLE);
            }
            if (cause instanceof PrematureCloseException) {
                return new Problem(
                        HttpStatus.BAD_GATEWAY,
                        "service-interrupted",
                        "服务中断，请重试 (Bad Gateway)",
                        "The service ended the connection before it answered (it stopped mid-request), so the"
                                + " request may or may not have been carried out. Send it again: with the same"
                                + " Idempotency-Key an intake is taken in once.");
            }
        }
        log.error("Unexpected error at the gateway", error);
        return new Problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "服务器内部错误 (Internal Server Error)",
                "Something went wrong at the gateway; the request id in the log tells an operator what.");
    }

    private static Problem unavailable(HttpStatusCode status) {
        return new Problem(
                status,
                "service-unavailable",
                "服务暂时不可用 (Service Unavailable)",
                "The service behind this path cannot be reached right now; try again in a moment.");
    }

    static Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        if (problem.status().value() == 503) {
            exchange.getResponse().getHeaders().set("Retry-After", "5");
        }
        return write(exchange, problem.status(), problem.type(), problem.title(), problem.detail());
    }

    /**
     * The one way the gateway answers problem details itself (its filters, security and error handler).
     * Below {@code /open311/} it answers in GeoReport v2's own error format instead (JSON
     * {@code [{"code":429,"description":"…"}]}, or XML for a {@code .xml} path): Open311 clients read that.
     */
    static Mono<Void> write(
            ServerWebExchange exchange, HttpStatusCode status, String type, String title, String detail) {
        var response = exchange.getResponse();
        response.setStatusCode(status);
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith("/open311/")) {
            boolean xml = path.endsWith(".xml");
            response.getHeaders()
                    .setContentType(
                            xml ? new MediaType("text", "xml", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON);
            String body = geoReportError(status.value(), title + ": " + detail, xml);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = Problems.json(
                status.value(),
                type,
                title,
                detail,
                exchange.getRequest().getPath().value());
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }

    /** GeoReport v2's error list with one error. */
    static String geoReportError(int code, String description, boolean xml) {
        if (xml) {
            String text = description.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>" + code + "</code><description>"
                    + text + "</description></error></errors>";
        }
        StringBuilder json = new StringBuilder("[{\"code\":").append(code).append(",\"description\":\"");
        for (char c : description.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append("\"}]").toString();
    }
}
