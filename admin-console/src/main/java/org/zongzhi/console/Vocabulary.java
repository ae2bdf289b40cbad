package org.zongzhi.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * The case domain's code lists with their Chinese labels, as case-service publishes them
 * ({@code GET /api/cases/vocabulary}): the one label table of the platform. Loaded once with the first
 * signed-in user's token and kept; until it has loaded, codes are shown as they are.
 */
@Component
public class Vocabulary {

    private final Gateway gateway;
    private volatile Map<String, Map<String, String>> lists = Map.of();

    Vocabulary(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Loads the lists if they are not loaded yet; a failure leaves them empty and is tried again later. */
    void ensureLoaded(OAuth2AuthorizedClient client) {
        if (!lists.isEmpty() || client == null) {
            return;
        }
        try {
            Map<String, Object> answer = gateway.object(
                    client, uri -> uri.path("/api/cases/vocabulary").build());
            Map<String, Map<String, String>> loaded = new LinkedHashMap<>();
            answer.forEach((kind, entries) -> {
                Map<String, String> labels = new LinkedHashMap<>();
                if (entries instanceof List<?> list) {
                    for (Object entry : list) {
                        if (entry instanceof Map<?, ?> e && e.get("code") != null) {
                            labels.put(e.get("code").toString(), String.valueOf(e.get("label")));
                        }
                    }
                }
                loaded.put(kind, Map.copyOf(labels));
            });
            lists = loaded;
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
        }
    }

    /** The label of one code, or the code itself when it is unknown. */
    public String label(String kind, Object code) {
        if (code == null) {
            return "—";
        }
        Map<String, String> labels = lists.get(kind);
        String label = labels == null ? null : labels.get(code.toString());
        return label == null ? code.toString() : label;
    }

    /** The codes of a list with their labels, in the domain's order, for a form's choices. */
    public Map<String, String> options(String kind) {
        Map<String, String> labels = lists.get(kind);
        return labels == null ? Map.of() : labels;
    }

    boolean loaded() {
        return !lists.isEmpty();
    }
}
