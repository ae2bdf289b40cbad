package org.zongzhi.tenant.conformance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A caller for calls made in-process, for centers that have no demo account. */
final class InProcess {

    private InProcess() {}

    static void signInAs(String tenant, String role) {
        Jwt jwt = Jwt.withTokenValue("in-process")
                .header("alg", "RS256")
                .subject("conformance-test-" + tenant)
                .claim("preferred_username", "conformance-test-" + tenant)
                .claim("tenant", tenant)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }
}
