package org.zongzhi.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the test instance's Keycloak, for the demo users of the realm file (password
 * {@value #DEMO_PASSWORD}, demo only), through the public {@code zongzhi-cli} client.
 */
public final class Tokens {

    public static final String DEMO_PASSWORD = "Demo#2026";

    private record Cached(String token, Instant expires) {}

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    public static String of(String username) {
        return of(TestPlatform.backing().issuer(), username);
    }

    /**
     * A token from the Keycloak of another instance (e.g. the fault tests' one), given its issuer; same
     * realm file, same demo users.
     */
    public static String of(String issuer, String username) {
        String cacheKey = issuer + " " + username;
        Cached cached = CACHE.get(cacheKey);
        if (cached != null && Instant.now().isBefore(cached.expires())) {
            return cached.token();
        }
        Http.Response response = Http.postForm(
                issuer + "/protocol/openid-connect/token",
                "grant_type=password&client_id=zongzhi-cli&username=" + encode(username) + "&password="
                        + encode(DEMO_PASSWORD));
        if (response.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
        }
        String token = response.json().get("access_token").asString();
        long lifetime = response.json().get("expires_in").asLong();
        CACHE.put(cacheKey, new Cached(token, Instant.now().plusSeconds(Math.max(0, lifetime - 60))));
        return token;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
