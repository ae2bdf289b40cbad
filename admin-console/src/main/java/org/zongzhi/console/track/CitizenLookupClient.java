package org.zongzhi.console.track;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The citizen lookup through the gateway, without a token: the page's fallback when the browser runs no
 * script. Every such call reaches the gateway from the console's address, so the gateway's per-address
 * limit counts all of them together: the fallback can only be limited more tightly than a citizen's own
 * browser, never less (see {@code track.js} for the path that keeps the limit per citizen).
 */
@Component
class CitizenLookupClient {

    private static final Logger log = LoggerFactory.getLogger(CitizenLookupClient.class);
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

    private final RestClient client;

    CitizenLookupClient(RestClient.Builder builder, @Value("${platform.gateway-url}") String gatewayUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(15));
        this.client = builder.baseUrl(gatewayUrl).requestFactory(requests).build();
    }

    /**
     * The answer to one lookup.
     *
     * @param view the public view when {@code status} is 200
     * @param type the problem's type otherwise ({@code rate-limited}, {@code too-many-attempts}, …)
     * @param retryAfter the gateway's {@code Retry-After} in seconds, or null
     */
    record Answer(int status, Map<String, Object> view, String type, String field, Integer retryAfter) {}

    Answer lookUp(String code, String secret) {
        try {
            return client.post()
                    .uri("/api/cases/lookup")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Map.of("code", code, "secret", secret))
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        Map<String, Object> body = response.bodyTo(OBJECT);
                        Map<String, Object> answer = body == null ? Map.of() : body;
                        if (status == 200) {
                            return new Answer(200, answer, null, null, null);
                        }
                        return new Answer(
                                status,
                                null,
                                lastSegment(answer.get("type")),
                                answer.get("field") == null
                                        ? null
                                        : answer.get("field").toString(),
                                seconds(response.getHeaders().getFirst("Retry-After")));
                    });
        } catch (RestClientException e) {
            log.warn("citizen lookup failed: {}", e.toString());
            return new Answer(503, null, "unavailable", null, null);
        }
    }

    /**
     * The public card ({@code code, name, phone}) of the center handling a case, or null when it has none
     * (not operating) or cannot be read now: the page then shows the center's code.
     */
    Map<String, Object> card(String center) {
        if (center == null || !center.matches("\\d{2,12}")) {
            return null;
        }
        try {
            return client.get()
                    .uri("/api/tenants/{code}/card", center)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) ->
                            response.getStatusCode().value() == 200 ? response.bodyTo(OBJECT) : null);
        } catch (RestClientException e) {
            log.warn("center card of {} failed: {}", center, e.toString());
            return null;
        }
    }

    private static String lastSegment(Object type) {
        if (type == null) {
            return null;
        }
        String text = type.toString();
        return text.substring(text.lastIndexOf('/') + 1);
    }

    private static Integer seconds(String retryAfter) {
        if (retryAfter == null || !retryAfter.strip().matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(retryAfter.strip());
    }
}
