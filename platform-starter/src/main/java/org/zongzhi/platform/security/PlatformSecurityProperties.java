package org.zongzhi.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from and whom they must be for.
 *
 * @param issuer the Keycloak realm URL tokens are issued by, e.g. http://localhost:8180/realms/zongzhi
 * @param audience the audience every platform access token must carry
 */
@ConfigurationProperties("platform.security")
public record PlatformSecurityProperties(String issuer, String audience) {

    public PlatformSecurityProperties {
        if (issuer == null || issuer.isBlank()) {
            issuer = "http://localhost:8180/realms/zongzhi";
        }
        if (audience == null || audience.isBlank()) {
            audience = "zongzhi-api";
        }
    }

    public String jwkSetUri() {
        return issuer + "/protocol/openid-connect/certs";
    }
}
