package org.zongzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

class ClientFaultsTest {

    @Test
    void aHeaderTheFirewallRefusesIsA400NamingTheHeader() {
        var rejected = new RequestRejectedException(
                "The request was rejected because the header: \"Idempotency-Key \" has a value \"\u00f0\" that is not allowed.");

        ProblemDetail problem = new ProblemExceptionHandler().unexpected(rejected);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail())
                .contains("Idempotency-Key", "printable ASCII")
                .doesNotContain("\u00f0");
    }

    @Test
    void aQueryThatIsNotUtf8IsA400() {
        var broken = new InvalidParameterException("Character decoding failed. Parameter [size] with value [\ufffd]");

        ProblemDetail problem = new ProblemExceptionHandler().unexpected(broken);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).contains("UTF-8");
    }

    @Test
    void anythingElseStaysA500() {
        assertThat(ClientFaults.of(new IllegalStateException("boom"))).isEmpty();
        assertThat(new ProblemExceptionHandler()
                        .unexpected(new IllegalStateException("x"))
                        .getStatus())
                .isEqualTo(500);
    }

    @Test
    void theErrorPageAnswersTheContainersRefusalsAsA400EvenForAPathThatIsNoUri() {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/cases/{id}/timeline");
        request.setAttribute(
                RequestDispatcher.ERROR_EXCEPTION, new RuntimeException(new InvalidParameterException("decoding")));

        var answer = new ProblemErrorController().error(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getDetail()).contains("UTF-8");
    }

    @Test
    void aNotFoundPathWithBracesStillGetsItsProblem() {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/tenants/{|}");

        var answer = new ProblemErrorController().error(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().getInstance()).isNull();
    }
}
