package org.zongzhi.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.web.Problems;

/** The caller of the current request, from the verified token in the security context. */
public final class CurrentCaller {

    private CurrentCaller() {}

    public static Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(PlatformClaims.caller(jwt));
        }
        return Optional.empty();
    }

    public static Caller get() {
        return find().orElseThrow(() -> Problems.of(
                org.springframework.http.HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Unauthenticated",
                "A valid access token from the platform's sign-in is required."));
    }
}
