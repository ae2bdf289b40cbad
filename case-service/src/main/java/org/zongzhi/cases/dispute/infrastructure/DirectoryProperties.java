package org.zongzhi.cases.dispute.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where case-service asks who exists (tenant-service for centers, Keycloak's Admin API for staff) and
 * what looks like a repeat (search-service).
 *
 * @param tenantServiceUrl tenant-service's base URL ({@code TENANT_SERVICE_URL}); when unset, the local
 *     platform's layout: the port below case-service's own (8081 beside 8082, 28081 beside 28082)
 * @param staffClientId the confidential client whose service account may view the realm's users
 * @param staffClientSecret its secret
 * @param timeout how long to wait for either before giving up
 * @param searchServiceUrl search-service's base URL ({@code SEARCH_SERVICE_URL}), for its duplicate finder;
 *     when unset, the port above case-service's own
 * @param searchTimeout how long intake waits for the duplicate finder before using its own lookup
 */
@ConfigurationProperties("cases.directories")
public record DirectoryProperties(
        String tenantServiceUrl,
        String staffClientId,
        String staffClientSecret,
        Duration timeout,
        String searchServiceUrl,
        Duration searchTimeout) {

    /** tenant-service's base URL, or the local platform's neighbour of case-service on {@code serverPort}. */
    String tenantService(int serverPort) {
        return tenantServiceUrl == null || tenantServiceUrl.isBlank()
                ? "http://localhost:" + (serverPort - 1)
                : tenantServiceUrl;
    }

    String searchService(int serverPort) {
        return searchServiceUrl == null || searchServiceUrl.isBlank()
                ? "http://localhost:" + (serverPort + 1)
                : searchServiceUrl;
    }
}
