package org.zongzhi.platform.web;

import java.time.Instant;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.security.PlatformClaims;
import org.zongzhi.platform.tenancy.Caller;

/**
 * {@code GET <api base>/whoami}: what this service understood of the caller's token. It proves the whole
 * chain (Keycloak → gateway → service) and is what a support person asks a user to open first.
 */
@RestController
@ConditionalOnProperty(name = "platform.api-base")
class WhoamiController {

    private final String service;

    WhoamiController(@Value("${spring.application.name}") String service) {
        this.service = service;
    }

    @GetMapping("${platform.api-base}/whoami")
    Whoami whoami(@AuthenticationPrincipal Jwt jwt) {
        Caller caller = PlatformClaims.caller(jwt);
        return new Whoami(
                service,
                caller.username(),
                caller.tenant().value(),
                caller.tenant().level().name(),
                caller.roles().stream().sorted().toList(),
                MDC.get(RequestIds.MDC_KEY));
    }

    /**
     * Token diagnostics for administrators who help a user whose access looks wrong: which issuer,
     * audience and expiry the service saw. Other roles are refused.
     */
    @GetMapping("${platform.api-base}/whoami/token")
    @PreAuthorize("hasAnyRole('province-admin', 'city-admin', 'county-admin', 'center-admin')")
    TokenDiagnostics token(@AuthenticationPrincipal Jwt jwt) {
        return new TokenDiagnostics(
                service,
                String.valueOf(jwt.getIssuer()),
                jwt.getAudience(),
                jwt.getIssuedAt(),
                jwt.getExpiresAt(),
                jwt.getClaimAsString(PlatformClaims.TENANT));
    }

    record TokenDiagnostics(
            String service, String issuer, List<String> audience, Instant issuedAt, Instant expiresAt, String tenant) {}

    record Whoami(String service, String username, String tenant, String level, List<String> roles, String requestId) {}
}
