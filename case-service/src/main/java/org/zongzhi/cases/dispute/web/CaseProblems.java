package org.zongzhi.cases.dispute.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zongzhi.cases.dispute.application.CaseNotFound;
import org.zongzhi.cases.dispute.application.CitizenLookup.TooManyAttempts;
import org.zongzhi.cases.dispute.application.DirectoryUnavailable;
import org.zongzhi.cases.dispute.application.NotYourCase;
import org.zongzhi.cases.dispute.domain.CaseAction;
import org.zongzhi.cases.dispute.domain.InvalidField;
import org.zongzhi.cases.dispute.domain.NoSuchPart;
import org.zongzhi.cases.dispute.domain.NotHolder;
import org.zongzhi.cases.dispute.domain.TransitionRefused;
import org.zongzhi.cases.dispute.domain.UnprocessableRequest;
import org.zongzhi.platform.department.Department;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The case API's refusals as RFC 9457 problem details, before the platform's general handler: each names
 * what is wrong and, for refused actions, the state the case is in and what it allows instead.
 */
@RestControllerAdvice(basePackageClasses = CaseProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

    private static final Logger log = LoggerFactory.getLogger(CaseProblems.class);
    /** PostgreSQL's SQLSTATE for a refusal by row-level security or by missing privileges. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static final String TYPES = "https://zongzhi.example/problems/";

    @ExceptionHandler(TransitionRefused.class)
    ProblemDetail refused(TransitionRefused e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT,
                "transition-refused",
                "Action refused",
                e.getMessage()
                        + allowedText(
                                e.allowed().stream().map(CaseAction::apiName).toList()));
        problem.setProperty("currentState", e.status().name());
        problem.setProperty("currentStateLabel", e.status().label());
        problem.setProperty("action", e.action().apiName());
        problem.setProperty(
                "allowedActions", e.allowed().stream().map(CaseAction::apiName).toList());
        return problem;
    }

    @ExceptionHandler(NotHolder.class)
    ProblemDetail notHolder(NotHolder e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "not-holder", "Not your center's case", e.getMessage());
        problem.setProperty("holder", e.holder().value());
        return problem;
    }

    @ExceptionHandler(NotYourCase.class)
    ProblemDetail notYourCase(NotYourCase e) {
        return problem(HttpStatus.FORBIDDEN, "not-holder", "Not your center's case", e.getMessage());
    }

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail notFound(CaseNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(NoSuchPart.class)
    ProblemDetail noSuchPart(NoSuchPart e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(UnprocessableRequest.class)
    ProblemDetail unprocessable(UnprocessableRequest e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", "Request cannot be applied", e.getMessage());
    }

    /** Malformed input; when it concerns one field, {@code field} holds its JSON path. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
        if (e instanceof InvalidField invalid) {
            problem.setProperty("field", invalid.field());
        }
        return problem;
    }

    /** Tenant-service or the sign-in service did not answer a question the change depends on. */
    @ExceptionHandler(DirectoryUnavailable.class)
    ProblemDetail directoryUnavailable(DirectoryUnavailable e) {
        log.warn("A directory did not answer: {}", e.getMessage());
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "directory-unavailable",
                "Directory unavailable",
                e.getMessage() + "; nothing was changed, try again in a moment.");
    }

    @ExceptionHandler(TooManyAttempts.class)
    ProblemDetail tooMany(TooManyAttempts e) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts", e.getMessage());
    }

    @ExceptionHandler(org.zongzhi.cases.dispute.application.CitizenLookup.TooFast.class)
    org.springframework.http.ResponseEntity<ProblemDetail> tooFast(
            org.zongzhi.cases.dispute.application.CitizenLookup.TooFast e) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", "10")
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-fast", "Too many requests", e.getMessage()));
    }

    /** Malformed JSON or a value of the wrong type: say which field and what it accepts. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String detail = "The request body is not valid JSON for this endpoint.";
        String field = null;
        if (e.getCause() instanceof JacksonException jackson) {
            field = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            if (jackson instanceof InvalidFormatException invalid
                    && invalid.getTargetType() == Department.class
                    && invalid.getValue() instanceof String former
                    && Department.ofCurrentOrFormerCode(former).isPresent()) {
                Department current = Department.ofCurrentOrFormerCode(former).orElseThrow();
                detail = field + ": '" + former + "' is a former department code; send " + current.code() + " ("
                        + current.label() + "), the platform catalogue's code";
            } else if (jackson instanceof InvalidFormatException invalid
                    && invalid.getTargetType().isEnum()) {
                detail = field + ": '" + invalid.getValue() + "' is not one of "
                        + Arrays.stream(invalid.getTargetType().getEnumConstants())
                                .map(String::valueOf)
                                .collect(Collectors.joining(", "));
            } else if (!field.isEmpty()) {
                detail = field + ": the value has the wrong type or format ("
                        + jackson.getOriginalMessage().lines().findFirst().orElse("") + ")";
            } else {
                detail = "The request body is not valid JSON: "
                        + jackson.getOriginalMessage().lines().findFirst().orElse("");
            }
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        if (field != null && !field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /**
     * A statement the store's row-level security refused: the application's own checks should have said
     * no first, so this is logged, but the caller still gets a plain refusal rather than an error.
     */
    @ExceptionHandler({PermissionDeniedDataAccessException.class, BadSqlGrammarException.class})
    ProblemDetail deniedByStore(DataAccessException e) {
        boolean denied = e instanceof PermissionDeniedDataAccessException
                || (e.getMostSpecificCause() instanceof SQLException sql
                        && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState()));
        if (!denied) {
            log.error("Unexpected failure", e);
            return problem(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "internal",
                    "Internal error",
                    "Something went wrong on our side; quote the request id when reporting it.");
        }
        log.warn("Row-level security refused a statement the application let through: {}", e.getMessage());
        return problem(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                "Your center may not change this record; only the center holding a case acts on it.");
    }

    /** Two people changing the same case at once: one of them retries with the case as it now is. */
    @ExceptionHandler({PessimisticLockingFailureException.class, ConcurrencyFailureException.class})
    ProblemDetail clash(RuntimeException e) {
        log.warn("A change clashed with another one: {}", e.getMessage());
        return problem(
                HttpStatus.CONFLICT,
                "conflict",
                "Conflict",
                "The case was changed by someone else at the same moment; reload it and try again.");
    }

    private static String allowedText(List<String> allowed) {
        return allowed.isEmpty()
                ? " Nothing more can be done to it."
                : " Allowed now: " + String.join(", ", allowed) + ".";
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
