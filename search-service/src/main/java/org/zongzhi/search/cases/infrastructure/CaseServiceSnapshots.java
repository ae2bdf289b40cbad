package org.zongzhi.search.cases.infrastructure;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.zongzhi.platform.security.PlatformSecurityProperties;
import org.zongzhi.platform.security.ServiceAccount;

/**
 * Every case's current snapshot, page by page, from case-service ({@code GET /api/cases/snapshots}), read as
 * the search service's own service account (province-wide, read-only auditor).
 */
@Component
class CaseServiceSnapshots {

    /** A page of snapshots and the cursor of the next page (null after the last). */
    record Page(List<CaseSnapshot> items, String next) {}

    private final RestClient http;
    private final ServiceAccount account;

    CaseServiceSnapshots(
            RestClient.Builder builder,
            PlatformSecurityProperties security,
            @Value("${platform.case-service-url:http://localhost:8082}") String caseServiceUrl,
            @Value("${platform.search-service-account.client-id:zongzhi-search-service}") String clientId,
            @Value("${platform.search-service-account.client-secret:search-service-demo-secret}") String clientSecret) {
        this.http = builder.baseUrl(caseServiceUrl).build();
        this.account = new ServiceAccount(security.issuer(), clientId, clientSecret);
    }

    Page page(String after, int size) {
        try {
            return fetch(after, size);
        } catch (HttpClientErrorException.Unauthorized e) {
            account.invalidate();
            return fetch(after, size);
        }
    }

    private Page fetch(String after, int size) {
        return http.get()
                .uri(uri -> uri.path("/api/cases/snapshots")
                        .queryParam("size", size)
                        .queryParamIfPresent("after", java.util.Optional.ofNullable(after))
                        .build())
                .header("Authorization", "Bearer " + account.token())
                .retrieve()
                .body(Page.class);
    }
}
