package org.zongzhi.cases.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zongzhi.cases.open311.application.Open311Refused;
import org.zongzhi.cases.open311.web.GeoDocument.Many;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the GeoReport endpoints in the spec's own error format — JSON
 * {@code [{"code":403,"description":"…"}]}, XML {@code <errors><error><code>…} — with the same HTTP status,
 * instead of the platform's problem details: Open311 clients read this shape.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    private final JsonMapper json;

    Open311Errors(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(Open311Refused.class)
    ResponseEntity<byte[]> refused(Open311Refused e, HttpServletRequest request) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() > 0) {
            builder.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return error(builder, e.status(), e.getMessage(), request);
    }

    /** A value the case's own rules refuse (a title too long, a field out of range). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<byte[]> invalid(IllegalArgumentException e, HttpServletRequest request) {
        return error(ResponseEntity.status(400), 400, e.getMessage(), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<byte[]> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return error(ResponseEntity.status(400), 400, "the request could not be read: send it form-encoded", request);
    }

    /** Spring MVC's own refusals (a parameter of the wrong type, a missing part) keep their 4xx; the rest is ours. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failed(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            int status = response.getStatusCode().value();
            String detail = response.getBody().getDetail();
            return error(
                    ResponseEntity.status(status),
                    status,
                    detail == null ? "the request is not valid" : detail,
                    request);
        }
        log.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return error(
                ResponseEntity.status(500),
                500,
                "the request could not be handled because of a fault on our side; try again later",
                request);
    }

    private ResponseEntity<byte[]> error(
            ResponseEntity.BodyBuilder builder, int code, String description, HttpServletRequest request) {
        String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
        var body = new Many("error", List.of(GeoDocument.fields("code", code, "description", description)));
        return new GeoDocument("errors", body).answer(builder, format, json);
    }
}
