package org.zongzhi.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * How the platform reads a Keycloak access token: the {@code tenant} claim, realm roles under
 * {@code realm_access.roles}, and the {@code zongzhi-api} audience. The gateway and every service use
 * these same rules, so a token the gateway lets through is read the same way behind it.
 */
public final class PlatformClaims {

    public static final String TENANT = "tenant";
    public static final String ROLE_PREFIX = "ROLE_";

    private PlatformClaims() {}

    /** Issuer, audience and a well-formed tenant claim: a token without a tenant is not a platform token. */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        OAuth2TokenValidator<Jwt> audienceValidator =
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience));
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer), audienceValidator, PlatformClaims::validateTenant);
    }

    static OAuth2TokenValidatorResult validateTenant(Jwt jwt) {
        if (TenantCode.isValid(jwt.getClaimAsString(TENANT))) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(
                OAuth2ErrorCodes.INVALID_TOKEN,
                "The token carries no valid tenant: the account is not attached to a center",
                null));
    }

    public static Set<String> roles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Set.of();
        }
        return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return roles(jwt).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(ROLE_PREFIX + role))
                .toList();
    }

    public static Caller caller(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        return new Caller(
                jwt.getSubject(),
                username == null ? jwt.getSubject() : username,
                TenantCode.of(jwt.getClaimAsString(TENANT)),
                roles(jwt));
    }
}
