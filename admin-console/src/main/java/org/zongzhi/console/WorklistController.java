package org.zongzhi.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.zongzhi.console.domain.ProblemText;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 待办: what waits for me or my center — cases I am responsible for, tasks assigned to me, transfers to
 * accept or return, supervision orders to answer — soonest due first, with the time left and its colour.
 * The filters live in the URL so a worklist can be bookmarked and shared.
 */
@Controller
class WorklistController {

    static final List<String> KINDS = List.of("RESPONSIBLE", "TASK", "TRANSFER", "SUPERVISION");
    private static final Set<String> SCOPES = Set.of("mine", "center");
    private static final int PAGE_SIZE = 30;

    private final Gateway gateway;

    WorklistController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/worklist")
    String worklist(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String s = SCOPES.contains(scope) ? scope : "mine";
        String k = kind != null && KINDS.contains(kind) ? kind : null;
        int p = Math.max(0, page);
        model.addAttribute("scope", s);
        model.addAttribute("kind", k);
        model.addAttribute("page", p);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("links", new Links());
        try {
            Map<String, Object> answer = worklist(client, s, k, p, PAGE_SIZE);
            model.addAttribute("items", answer.getOrDefault("items", List.of()));
            model.addAttribute("counts", answer.getOrDefault("counts", Map.of()));
            model.addAttribute("hasNext", Boolean.TRUE.equals(answer.get("hasNext")));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            model.addAttribute("error", ProblemText.of(e.status(), e.type(), e.field(), null, null));
            model.addAttribute("items", List.of());
            model.addAttribute("counts", Map.of());
            model.addAttribute("hasNext", false);
        }
        return "worklist";
    }

    Map<String, Object> worklist(OAuth2AuthorizedClient client, String scope, String kind, int page, int size) {
        return gateway.object(client, uri -> {
            uri.path("/api/cases/worklist")
                    .queryParam("scope", scope)
                    .queryParam("page", page)
                    .queryParam("size", size);
            if (kind != null) {
                uri.queryParam("kind", kind);
            }
            return uri.build();
        });
    }

    /** Links to the worklist with other filters, for the template. */
    public static final class Links {
        public String to(String scope, String kind, int page) {
            return link(scope, kind, page);
        }
    }

    /** The link to this worklist with one parameter changed. */
    static String link(String scope, String kind, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/worklist").queryParam("scope", scope);
        if (kind != null) {
            link.queryParam("kind", kind);
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.build().toUriString();
    }
}
