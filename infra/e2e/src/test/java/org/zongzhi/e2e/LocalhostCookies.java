package org.zongzhi.e2e;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A browser's cookie jar for a platform on localhost: like browsers, it treats http://localhost as a secure
 * context, so Keycloak's Secure cookies are sent back (Java's own CookieManager drops them over http).
 */
final class LocalhostCookies extends CookieHandler {

    private final List<HttpCookie> cookies = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        var matching = new ArrayList<String>();
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        for (HttpCookie cookie : cookies) {
            String cookiePath = cookie.getPath() == null ? "/" : cookie.getPath();
            if (!cookie.hasExpired() && path.startsWith(cookiePath)) {
                matching.add(cookie.getName() + "=" + cookie.getValue());
            }
        }
        return matching.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", matching)));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                for (String value : values) {
                    for (HttpCookie cookie : HttpCookie.parse(value)) {
                        if (cookie.getPath() == null) {
                            cookie.setPath("/");
                        }
                        cookies.removeIf(c -> c.getName().equals(cookie.getName())
                                && c.getPath().equals(cookie.getPath()));
                        if (cookie.getMaxAge() != 0) {
                            cookies.add(cookie);
                        }
                    }
                }
            }
        });
    }
}
