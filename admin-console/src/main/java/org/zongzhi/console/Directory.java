package org.zongzhi.console;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * Centers' names by division code, for pages that show codes (a timeline, a case's holder). A name is
 * public within the tree the caller can see; names are kept once read (they change only on onboarding,
 * and a stale plate name is harmless), with a bound so the map cannot grow without limit.
 */
@Component
public class Directory {

    private static final int MAX_NAMES = 50_000;

    private final Gateway gateway;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    Directory(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The center's name, or its code when the caller may not see it or it cannot be read now. */
    public String name(OAuth2AuthorizedClient client, Object code) {
        if (code == null) {
            return "—";
        }
        String key = code.toString();
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        try {
            Object name = gateway.object(
                            client, uri -> uri.path("/api/tenants/{code}").build(key))
                    .get("name");
            if (name == null) {
                return key;
            }
            remember(key, name.toString());
            return name.toString();
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            return key;
        }
    }

    /** The children of a center (code, name, status), for choosing where to refer a case. */
    List<Map<String, Object>> children(OAuth2AuthorizedClient client, String code) {
        List<Map<String, Object>> children = gateway.list(
                client, uri -> uri.path("/api/tenants/{code}/children").build(code));
        for (Map<String, Object> child : children) {
            if (child.get("code") != null && child.get("name") != null) {
                remember(child.get("code").toString(), child.get("name").toString());
            }
        }
        return children;
    }

    private void remember(String code, String name) {
        if (names.size() < MAX_NAMES) {
            names.put(code, name);
        }
    }
}
