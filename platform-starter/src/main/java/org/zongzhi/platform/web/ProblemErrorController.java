package org.zongzhi.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to {@code /error} — a path no controller has (a trailing slash, a
 * typo), a method a path does not take, a request the container refused — answers RFC 9457 problem
 * details like every other error of the API, instead of Spring Boot's own JSON. A service whose errors
 * are pages for people (the console) sets {@code platform.web.problem-errors=false} and keeps Boot's.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            var clientFault = ClientFaults.of(failure);
            if (clientFault.isPresent()) {
                return answer(HttpStatus.BAD_REQUEST, clientFault.get(), path);
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null
                ? HttpStatus.valueOf(c)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = switch (status) {
            case NOT_FOUND -> "There is no such path: " + path + " (check for a trailing slash or a typo).";
            case METHOD_NOT_ALLOWED -> "This path does not take " + request.getMethod() + ".";
            case BAD_REQUEST -> "The request could not be read as sent.";
            default ->
                status.is4xxClientError()
                        ? status.getReasonPhrase()
                        : "Something went wrong on our side; the request id in the log tells an operator what.";
        };
        ProblemDetail problem = Problems.of(
                        status,
                        status == HttpStatus.NOT_FOUND ? "not-found" : "error",
                        status.getReasonPhrase(),
                        detail)
                .getBody();
        return answer(status, problem, path);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, ProblemDetail problem, String path) {
        try {
            problem.setInstance(URI.create(path.replace(" ", "%20")));
        } catch (IllegalArgumentException e) {
            // A path that is no URI (braces, a raw non-ASCII byte) is what the client sent; the problem goes without
            // it.
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
