package org.zongzhi.platform.security;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A service's own identity towards another service or Keycloak's Admin API: the client-credentials grant of
 * a confidential client of the platform realm, with the token reused until shortly before it expires.
 */
public final class ServiceAccount {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private String token;
    private Instant renewAt = Instant.EPOCH;

    public ServiceAccount(String issuer, String clientId, String clientSecret) {
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Thrown when the identity provider cannot be reached or refuses the client. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Forgets the cached token, e.g. after the receiver refused it (the realm's keys were rotated). */
    public synchronized void invalidate() {
        token = null;
    }

    public synchronized String token() {
        if (token != null && Instant.now().isBefore(renewAt)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(tokenEndpoint))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Unavailable(
                        "Keycloak refused the client " + clientId + " (" + response.statusCode() + ")", null);
            }
            Map<String, Object> body = JSONObjectUtils.parse(response.body());
            token = (String) body.get("access_token");
            long lifetime = ((Number) body.get("expires_in")).longValue();
            renewAt = Instant.now().plusSeconds(Math.max(0, lifetime - 30));
            return token;
        } catch (IOException | ParseException e) {
            throw new Unavailable("signing in as " + clientId + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while signing in as " + clientId, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
