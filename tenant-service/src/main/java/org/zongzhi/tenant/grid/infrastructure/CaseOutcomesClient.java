package org.zongzhi.tenant.grid.infrastructure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.zongzhi.platform.security.PlatformSecurityProperties;
import org.zongzhi.platform.security.ServiceAccount;
import tools.jackson.databind.JsonNode;

/**
 * Which of the cases reported from patrols were closed resolved by their village (小事不出村), from
 * search-service's {@code POST /api/search/cases/outcomes}, asked with tenant-service's own service account.
 * Empty when search-service cannot be asked: the numbers then say the cases' outcomes are unknown.
 */
@Component
public class CaseOutcomesClient {

    private static final int BATCH = 1000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CaseOutcomesClient.class);

    private final RestClient http;
    private final String searchUrl;
    private final ServiceAccount account;

    CaseOutcomesClient(
            RestClient.Builder builder,
            PlatformSecurityProperties security,
            @Value("${platform.search.url:http://localhost:8083}") String searchUrl,
            @Value("${platform.keycloak-admin.client-id:zongzhi-tenant-service}") String clientId,
            @Value("${platform.keycloak-admin.client-secret:tenant-service-demo-secret}") String clientSecret) {
        this.http = builder.build();
        this.searchUrl = searchUrl;
        this.account = new ServiceAccount(security.issuer(), clientId, clientSecret);
    }

    /** The codes among {@code codes} of cases closed resolved while held by the center they came from. */
    public Optional<Set<String>> resolvedAtOrigin(List<String> codes) {
        Set<String> resolved = new HashSet<>();
        for (int i = 0; i < codes.size(); i += BATCH) {
            List<String> batch = new ArrayList<>(codes.subList(i, Math.min(codes.size(), i + BATCH)));
            JsonNode answer;
            try {
                answer = http.post()
                        .uri(searchUrl + "/api/search/cases/outcomes")
                        .header("Authorization", "Bearer " + account.token())
                        .body(Map.of("codes", batch))
                        .retrieve()
                        .body(JsonNode.class);
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() == 401) {
                    account.invalidate();
                }
                log.warn(
                        "search-service answered {} for the outcomes of {} cases",
                        e.getStatusCode().value(),
                        batch.size());
                return Optional.empty();
            } catch (RestClientException | ServiceAccount.Unavailable e) {
                log.warn("search-service could not be asked for case outcomes: {}", e.getMessage());
                return Optional.empty();
            }
            for (JsonNode c : answer.path("cases")) {
                if (c.path("closed").asBoolean()
                        && c.path("resolved").asBoolean()
                        && c.path("originCenter")
                                .asString("")
                                .equals(c.path("holderCenter").asString())) {
                    resolved.add(c.path("code").asString());
                }
            }
        }
        return Optional.of(resolved);
    }
}
