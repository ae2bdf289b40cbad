package org.zongzhi.cases.dispute.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where case-service asks who exists: tenant-service for centers, Keycloak's Admin API for staff.
 *
 * @param tenantServiceUrl tenant-service's base URL ({@code TENANT_SERVICE_URL})
 * @param staffClientId the confidential client whose service account may view the realm's users
 * @param staffClientSecret its secret
 * @param timeout how long to wait for either before giving up
 */
@ConfigurationProperties("cases.directories")
public record DirectoryProperties(
        String tenantServiceUrl, String staffClientId, String staffClientSecret, Duration timeout) {}
