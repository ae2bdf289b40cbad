package org.zongzhi.console.gateway;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * The platform's API through the gateway, called with the signed-in user's access token. Failures come
 * out as {@link ApiException} with the RFC 9457 {@code detail} (or a Chinese message when the service
 * cannot be reached), never as the client's own exception.
 */
@Component
public class Gateway {

    private static final Logger log = LoggerFactory.getLogger(Gateway.class);
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    private final RestClient client;

    Gateway(RestClient.Builder builder, @Value("${platform.gateway-url}") String gatewayUrl) {
        this.client = builder.baseUrl(gatewayUrl).build();
    }

    /** A JSON object. */
    public Map<String, Object> object(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri) {
        return call(user, uri, OBJECT);
    }

    /** A JSON array of objects. */
    public List<Map<String, Object>> list(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri) {
        return call(user, uri, LIST);
    }

    /** The body as text (e.g. a whoami answer). */
    public String text(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri) {
        return call(user, uri, new ParameterizedTypeReference<String>() {});
    }

    private <T> T call(OAuth2AuthorizedClient user, Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        try {
            return client.get()
                    .uri(uri)
                    .header(
                            HttpHeaders.AUTHORIZATION,
                            "Bearer " + user.getAccessToken().getTokenValue())
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (response.getStatusCode().isError()) {
                            throw new ApiException(status, detailOf(response, status));
                        }
                        return response.bodyTo(type);
                    });
        } catch (ApiException e) {
            throw e;
        } catch (RestClientException e) {
            log.warn("gateway call failed: {}", e.toString());
            throw new ApiException(503, "服务暂时无法访问，请稍后再试（Service unavailable）");
        }
    }

    private static String detailOf(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response, int status) {
        try {
            Map<String, Object> problem = response.bodyTo(OBJECT);
            if (problem != null && problem.get("detail") instanceof String detail && !detail.isBlank()) {
                return detail;
            }
            if (problem != null && problem.get("title") instanceof String title && !title.isBlank()) {
                return title;
            }
        } catch (RuntimeException e) {
            // not a problem document: fall through to the generic message
        }
        return switch (status) {
            case 401 -> "登录已过期，请重新登录（Please sign in again）";
            case 403 -> "无权访问（Forbidden）";
            case 404 -> "未找到，或不在本中心可见范围内（Not found）";
            case 502, 503, 504 -> "服务暂时无法访问，请稍后再试（Service unavailable）";
            default -> "请求失败（HTTP " + status + "）";
        };
    }
}
