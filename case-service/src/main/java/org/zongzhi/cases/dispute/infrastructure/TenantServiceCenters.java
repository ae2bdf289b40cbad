package org.zongzhi.cases.dispute.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.CenterDirectory;
import org.zongzhi.cases.dispute.application.DirectoryUnavailable;
import org.zongzhi.platform.tenancy.TenantCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Centers from tenant-service ({@code GET /api/tenants/{code}}), asked with the caller's own token: the
 * answer is what the caller may see, and tenant-service's visibility rules stay in one place (a center
 * below the caller is visible to it; an unknown one is 404).
 */
@Component
class TenantServiceCenters implements CenterDirectory {

    private final HttpClient http;
    private final DirectoryProperties properties;
    private final String tenantServiceUrl;
    private final JsonMapper json;

    TenantServiceCenters(
            DirectoryProperties properties, JsonMapper json, @Value("${server.port:8082}") int serverPort) {
        this.tenantServiceUrl = properties.tenantService(serverPort);
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.properties = properties;
        this.json = json;
    }

    @Override
    public CenterState state(TenantCode center) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("centers are looked up on behalf of a signed-in caller only");
        }
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(tenantServiceUrl + "/api/tenants/" + center.value()))
                            .timeout(properties.timeout())
                            .header(
                                    "Authorization",
                                    "Bearer " + token.getToken().getTokenValue())
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DirectoryUnavailable("tenant-service could not be asked about center " + center, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailable("interrupted while asking tenant-service", e);
        }
        return switch (response.statusCode()) {
            case 200 -> {
                String status = json.readTree(response.body()).path("status").asString("");
                yield switch (status) {
                    case "OPERATING" -> CenterState.OPERATING;
                    case "SUSPENDED" -> CenterState.SUSPENDED;
                    default -> CenterState.PLANNED;
                };
            }
            case 400, 403, 404 -> CenterState.UNKNOWN;
            default ->
                throw new DirectoryUnavailable(
                        "tenant-service answered " + response.statusCode() + " about center " + center, null);
        };
    }
}
