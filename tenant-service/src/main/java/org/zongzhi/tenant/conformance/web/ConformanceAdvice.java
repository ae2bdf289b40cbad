package org.zongzhi.tenant.conformance.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.conformance.domain.Refusal;

/** Turns the domain's refusals into the platform's problem details (400, 403, 404, 409). */
@RestControllerAdvice(basePackageClasses = ConformanceAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConformanceAdvice {

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        ErrorResponseException problem = switch (refusal.kind()) {
            case INVALID -> Problems.badRequest(refusal.getMessage());
            case CONFLICT -> Problems.conflict(refusal.getMessage());
            case FORBIDDEN -> Problems.forbidden(refusal.getMessage());
            case NOT_FOUND -> Problems.notFound(refusal.getMessage());
        };
        return render(problem);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return render(Problems.conflict("That already exists (e.g. a rectification task for this item of this"
                + " assessment); read it instead of creating it again."));
    }

    private static ResponseEntity<ProblemDetail> render(ErrorResponseException problem) {
        return ResponseEntity.status(problem.getStatusCode())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.getBody());
    }
}
