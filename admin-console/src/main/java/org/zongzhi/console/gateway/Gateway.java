package org.zongzhi.console.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * The platform's API through the gateway, called with the signed-in user's access token. Failures come
 * out as {@link ApiException} carrying the RFC 9457 problem's type, field and properties (or a 503 when
 * the service cannot be reached), never as the client's own exception.
 */
@Component
public class Gateway {

    private static final Logger log = LoggerFactory.getLogger(Gateway.class);
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    private final RestClient client;
    private final RestClient downloads;

    Gateway(RestClient.Builder builder, @Value("${platform.gateway-url}") String gatewayUrl) {
        // A page waits at most this long for the API: a stuck service shows as "unavailable", not a hung page.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.client =
                builder.clone().baseUrl(gatewayUrl).requestFactory(requests).build();
        // An export of many cases takes longer than a page may wait: its answer streams for minutes.
        JdkClientHttpRequestFactory longer = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        longer.setReadTimeout(Duration.ofMinutes(15));
        this.downloads =
                builder.clone().baseUrl(gatewayUrl).requestFactory(longer).build();
    }

    /** Where a streamed answer goes once the API has said yes: its content type, disposition and body. */
    @FunctionalInterface
    public interface Sink {
        void accept(String contentType, String disposition, InputStream body) throws IOException;
    }

    /**
     * A file passed on as it arrives, never held whole: a refusal is an {@link ApiException} before
     * {@code sink} is called, so the page can still answer with an error.
     */
    public void stream(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri, MediaType accept, Sink sink) {
        try {
            downloads
                    .get()
                    .uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, bearer(user))
                    .accept(accept, MediaType.APPLICATION_PROBLEM_JSON)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().isError()) {
                            throw failure(response);
                        }
                        MediaType type = response.getHeaders().getContentType();
                        sink.accept(
                                type == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type.toString(),
                                response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION),
                                response.getBody());
                        return null;
                    });
        } catch (ApiException e) {
            throw e;
        } catch (RestClientException e) {
            throw unreachable(e);
        }
    }

    /** A JSON object. */
    public Map<String, Object> object(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri) {
        return get(user, uri, OBJECT);
    }

    /** A JSON array of objects. */
    public List<Map<String, Object>> list(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri) {
        return get(user, uri, LIST);
    }

    /** POSTs a JSON body (null for none) and returns the JSON object answered. */
    public Map<String, Object> post(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri, Object body) {
        return post(user, uri, body, Map.of());
    }

    /** POSTs with extra request headers, e.g. an {@code Idempotency-Key}. */
    public Map<String, Object> post(
            OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri, Object body, Map<String, String> headers) {
        Map<String, Object> answer = send(user, uri, body, headers, OBJECT);
        return answer == null ? Map.of() : answer;
    }

    /** POSTs a JSON body and returns the JSON array answered (e.g. a duplicate search). */
    public List<Map<String, Object>> postList(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri, Object body) {
        List<Map<String, Object>> answer = send(user, uri, body, Map.of(), LIST);
        return answer == null ? List.of() : answer;
    }

    /** PUTs a JSON body and returns the JSON object answered. */
    public Map<String, Object> put(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri, Object body) {
        Map<String, Object> answer = send(HttpMethod.PUT, user, uri, body, Map.of(), OBJECT);
        return answer == null ? Map.of() : answer;
    }

    /** DELETEs and returns the JSON object answered (empty when there is none). */
    public Map<String, Object> delete(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri) {
        Map<String, Object> answer = send(HttpMethod.DELETE, user, uri, null, Map.of(), OBJECT);
        return answer == null ? Map.of() : answer;
    }

    /** POSTs one file as the multipart part {@code file} and returns the JSON object answered. */
    public Map<String, Object> upload(
            OAuth2AuthorizedClient user,
            Function<UriBuilder, URI> uri,
            String filename,
            String contentType,
            byte[] content) {
        String name = filename == null || filename.isBlank() ? "file" : filename;
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(
                contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType));
        // The part's filename comes from the resource: the form converter writes its own Content-Disposition.
        ByteArrayResource file = new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new HttpEntity<>(file, partHeaders));
        try {
            Map<String, Object> answer = client.post()
                    .uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, bearer(user))
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts)
                    .exchange((req, response) -> {
                        if (response.getStatusCode().isError()) {
                            throw failure(response);
                        }
                        return response.bodyTo(OBJECT);
                    });
            return answer == null ? Map.of() : answer;
        } catch (ApiException e) {
            throw e;
        } catch (RestClientException e) {
            throw unreachable(e);
        }
    }

    /** A file's bytes with the content type and disposition the API gave them. */
    public Download bytes(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri) {
        try {
            return client.get()
                    .uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, bearer(user))
                    .accept(MediaType.ALL)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().isError()) {
                            throw failure(response);
                        }
                        MediaType type = response.getHeaders().getContentType();
                        return new Download(
                                response.bodyTo(byte[].class),
                                type == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type.toString(),
                                response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
                    });
        } catch (ApiException e) {
            throw e;
        } catch (RestClientException e) {
            throw unreachable(e);
        }
    }

    /** A downloaded file: its bytes, content type and the API's {@code Content-Disposition} (or null). */
    public record Download(byte[] content, String contentType, String disposition) {}

    private <T> T send(
            OAuth2AuthorizedClient user,
            Function<UriBuilder, URI> uri,
            Object body,
            Map<String, String> headers,
            ParameterizedTypeReference<T> type) {
        return send(HttpMethod.POST, user, uri, body, headers, type);
    }

    private <T> T send(
            HttpMethod method,
            OAuth2AuthorizedClient user,
            Function<UriBuilder, URI> uri,
            Object body,
            Map<String, String> headers,
            ParameterizedTypeReference<T> type) {
        try {
            RestClient.RequestBodySpec request = client.method(method)
                    .uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, bearer(user))
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
            headers.forEach(request::header);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.exchange((req, response) -> {
                if (response.getStatusCode().isError()) {
                    throw failure(response);
                }
                return response.bodyTo(type);
            });
        } catch (ApiException e) {
            throw e;
        } catch (RestClientException e) {
            throw unreachable(e);
        }
    }

    private <T> T get(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        try {
            return client.get()
                    .uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, bearer(user))
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().isError()) {
                            throw failure(response);
                        }
                        return response.bodyTo(type);
                    });
        } catch (ApiException e) {
            throw e;
        } catch (RestClientException e) {
            throw unreachable(e);
        }
    }

    private static String bearer(OAuth2AuthorizedClient user) {
        return "Bearer " + user.getAccessToken().getTokenValue();
    }

    private static ApiException unreachable(RestClientException e) {
        log.warn("gateway call failed: {}", e.toString());
        return new ApiException(503, "unavailable", null, e.toString(), Map.of());
    }

    private static ApiException failure(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        int status;
        try {
            status = response.getStatusCode().value();
        } catch (Exception e) {
            status = 502;
        }
        Map<String, Object> problem = Map.of();
        try {
            Map<String, Object> body = response.bodyTo(OBJECT);
            if (body != null) {
                problem = new HashMap<>(body);
            }
        } catch (RuntimeException e) {
            // not a problem document: only the status is known
        }
        String type = problem.get("type") instanceof String t && !t.isBlank() && !"about:blank".equals(t)
                ? t.substring(t.lastIndexOf('/') + 1)
                : null;
        String field = problem.get("field") instanceof String f && !f.isBlank() ? f : null;
        String detail =
                problem.get("detail") instanceof String d ? d : problem.get("title") instanceof String t ? t : null;
        return new ApiException(status, type, field, detail, problem);
    }
}
