package org.zongzhi.platform.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * Failures that the servlet stack raises while reading what a client sent, and that are the client's to
 * fix: a header or path the request firewall refuses (a non-ASCII {@code Idempotency-Key}), a query
 * parameter that is not percent-encoded UTF-8 ({@code %C0%80}, {@code %FF}). They surface as whatever
 * exception the container throws where a controller first reads the value; here they become a 400 that
 * says which header or that the query string is to blame, never a 500.
 */
final class ClientFaults {

    private static final Pattern HEADER = Pattern.compile("header: \"([A-Za-z0-9!#$%&'*+.^_`|~-]{1,100})\\s*\"");
    private static final String TOMCAT_INVALID_PARAMETER = "org.apache.tomcat.util.http.InvalidParameterException";

    private ClientFaults() {}

    /** The 400 this failure is, or empty when it is not one of the client's. */
    static Optional<ProblemDetail> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestRejectedException rejected) {
                return Optional.of(rejected(rejected));
            }
            if (t.getClass().getName().equals(TOMCAT_INVALID_PARAMETER)) {
                return Optional.of(problem(
                        "The query string is not valid percent-encoded UTF-8 (e.g. %C0%80 or a lone %FF): encode every"
                                + " parameter name and value as UTF-8 and percent-encode its bytes."));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static ProblemDetail rejected(RequestRejectedException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher header = HEADER.matcher(message);
        if (header.find()) {
            return problem("The header " + header.group(1)
                    + " has a character that is not allowed: header values must be printable ASCII (for"
                    + " Idempotency-Key e.g. a UUID).");
        }
        return problem("The request was refused because its path or a header contains a character that is not"
                + " allowed (an encoded NUL, slash, backslash or percent sign, or a control character).");
    }

    private static ProblemDetail problem(String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail)
                .getBody();
    }
}
