package org.zongzhi.console;

import java.time.Instant;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/** The console's signed-in client as page tests need it: a registration and an access token valid for ten minutes. */
public final class TestClients {

    private TestClients() {}

    public static OAuth2AuthorizedClient signedIn() {
        ClientRegistration registration = ClientRegistration.withRegistrationId("keycloak")
                .clientId("zongzhi-console")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/login")
                .authorizationUri("http://localhost/auth")
                .tokenUri("http://localhost/token")
                .build();
        return new OAuth2AuthorizedClient(
                registration,
                "user",
                new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER,
                        "token",
                        Instant.now(),
                        Instant.now().plusSeconds(600)));
    }
}
