package org.zongzhi.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.zongzhi.e2e.Patience;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One property over one endpoint: for every input its generator makes, the answer is never 5xx (nor a
 * reset or a silence), every 4xx is {@code application/problem+json} with a {@code title}, the
 * {@code status} and a {@code detail}, and — for a write — the state its probe reads did not change.
 */
final class Property {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REPORTED = 5;

    /** What an input needs from the test besides the generator: where to send it. */
    interface Input extends Function<Gen, RawHttp.Request> {}

    final String name;
    final Input input;
    /** The state a write must leave alone when it answers 4xx (null for reads). */
    final Supplier<String> probe;
    /** Called after a 2xx: e.g. a fresh case when the action moved the one being fuzzed on. */
    final java.util.function.Consumer<RawHttp.Response> afterSuccess;

    final int tries;

    int tried;
    int ok;
    int clientErrors;
    int serverErrors;
    int limited;
    final List<String> violations = new ArrayList<>();

    Property(
            String name,
            int tries,
            Input input,
            Supplier<String> probe,
            java.util.function.Consumer<RawHttp.Response> afterSuccess) {
        this.name = name;
        this.tries = tries;
        this.input = input;
        this.probe = probe;
        this.afterSuccess = afterSuccess;
    }

    void run(int port, Gen gen) {
        String before = probe == null ? null : probe.get();
        for (int i = 0; i < tries; i++) {
            RawHttp.Request request = input.apply(gen);
            RawHttp.Response response = sendPatiently(port, request);
            tried++;
            String violation = violation(response);
            if (response.status() >= 500 || response.status() < 0) {
                serverErrors++;
            } else if (response.status() >= 400) {
                clientErrors++;
            } else {
                ok++;
            }
            if (violation == null && probe != null && response.status() >= 400 && response.status() < 500) {
                String after = probe.get();
                if (!after.equals(before)) {
                    violation = "a " + response.status() + " changed the state: " + before + " → " + after;
                }
                before = after;
            }
            if (response.status() >= 200 && response.status() < 300) {
                if (afterSuccess != null) {
                    afterSuccess.accept(response);
                }
                before = probe == null ? null : probe.get();
            }
            if (violation != null && violations.size() < MAX_REPORTED) {
                violations.add(violation + "\n  request: " + request.describe() + "\n  answer: " + response.status()
                        + " " + response.header("content-type") + " " + RawHttp.shorten(response.body(), 400));
            } else if (violation != null) {
                violations.add(violation);
            }
        }
    }

    /** A 429 is the rate limiter, not the endpoint: wait as told and send the same input again (a few times). */
    private RawHttp.Response sendPatiently(int port, RawHttp.Request request) {
        // A 503 (a service, or the Keycloak or tenant-service a change depends on, not answering) or a
        // refused connection means something is being restarted, as happens on a shared test instance: wait
        // and send the input again; an endpoint that keeps answering 503 fails the property.
        RawHttp.Response response = Patience.until(
                () -> RawHttp.send(port, request),
                answer -> !restarting(answer),
                java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(90));
        if (response.status() != 429) {
            return response;
        }
        // a 429 that is itself well-formed and asks for a short wait: the same input again, for a few seconds
        return Patience.until(
                () -> RawHttp.send(port, request),
                answer -> {
                    if (answer.status() != 429) {
                        return true;
                    }
                    limited++;
                    String after = answer.header("retry-after");
                    long seconds = after != null && after.matches("\\d{1,3}") ? Long.parseLong(after) : 1;
                    return violation(answer) != null || seconds > 5;
                },
                java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(15));
    }

    private static boolean restarting(RawHttp.Response response) {
        return (response.status() == 503 && response.body().contains("unavailable"))
                || (response.status() == -2 && response.body().contains("Connection refused"));
    }

    static String violation(RawHttp.Response response) {
        int status = response.status();
        if (status < 0) {
            return "no answer";
        }
        if (status >= 500) {
            return "a " + status;
        }
        if (status < 200 || (status >= 300 && status < 400)) {
            return "an unexpected " + status;
        }
        if (status < 400) {
            return null;
        }
        String type = response.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "a " + status + " that is not application/problem+json";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return "a " + status + " whose problem is not JSON";
        }
        if (!problem.path("title").isString()
                || problem.path("title").asString().isBlank()) {
            return "a " + status + " problem without a title";
        }
        if (problem.path("status").asInt() != status) {
            return "a " + status + " problem whose status says " + problem.path("status");
        }
        if (!problem.path("detail").isString()
                || problem.path("detail").asString().isBlank()) {
            return "a " + status + " problem without a detail";
        }
        return null;
    }

    Map<String, Object> row() {
        return Map.of(
                "endpoint", name,
                "tried", tried,
                "2xx", ok,
                "4xx", clientErrors,
                "5xx", serverErrors,
                "violations", violations.size());
    }
}
