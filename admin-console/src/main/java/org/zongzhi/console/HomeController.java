package org.zongzhi.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 首页: a person's starting point — their 待办 by kind, the first few items due, the center's open cases by
 * warning colour, and shortcuts to what their role does.
 */
@Controller
class HomeController {

    private static final List<String> COLOURS = List.of("RED", "YELLOW", "BLUE");

    private final Gateway gateway;
    private final WorklistController worklist;
    private final Directory directory;

    HomeController(Gateway gateway, WorklistController worklist, Directory directory) {
        this.gateway = gateway;
        this.worklist = worklist;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            Model model) {
        model.addAttribute("centerName", me == null ? null : directory.name(client, me.tenant()));
        try {
            Map<String, Object> mine = worklist.worklist(client, "mine", null, 0, 5);
            model.addAttribute("counts", mine.getOrDefault("counts", Map.of()));
            model.addAttribute("due", mine.getOrDefault("items", List.of()));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            model.addAttribute("counts", Map.of());
            model.addAttribute("due", List.of());
            model.addAttribute("worklistError", true);
        }
        model.addAttribute("kinds", WorklistController.KINDS);
        model.addAttribute("warnings", warnings(client));
        return "home";
    }

    /** Open cases the center can see, by warning colour (from the search index). */
    private Map<String, Object> warnings(OAuth2AuthorizedClient client) {
        Map<String, Object> counts = new LinkedHashMap<>();
        try {
            Map<String, Object> result = gateway.object(
                    client,
                    uri -> uri.path("/api/search/cases").queryParam("size", 0).build());
            if (result.get("facets") instanceof Map<?, ?> facets && facets.get("warning") instanceof List<?> buckets) {
                for (Object b : buckets) {
                    if (b instanceof Map<?, ?> bucket && COLOURS.contains(String.valueOf(bucket.get("value")))) {
                        counts.put(String.valueOf(bucket.get("value")), bucket.get("count"));
                    }
                }
            }
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
        }
        for (String colour : COLOURS) {
            counts.putIfAbsent(colour, 0);
        }
        return counts;
    }
}
