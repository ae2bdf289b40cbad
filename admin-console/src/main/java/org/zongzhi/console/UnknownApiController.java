package org.zongzhi.console;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway sends every path no service claims to the console; one under {@code /api/} is an API call to
 * an endpoint that does not exist, and gets a problem document rather than a web page.
 */
@RestController
class UnknownApiController {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No API endpoint at " + request.getRequestURI() + "; see docs/api.md.");
        problem.setType(URI.create("https://zongzhi.example/problems/not-found"));
        problem.setTitle("接口不存在");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
