package org.zongzhi.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * The landing page: who the signed-in person is, which center they work for, and whether each service
 * behind the gateway accepts their token.
 */
@Controller
class HomeController {

    private static final List<String> SERVICES = List.of("tenants", "cases", "search");

    private final Gateway gateway;

    HomeController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/")
    String home(
            @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        model.addAttribute("username", user.getPreferredUsername());
        model.addAttribute("name", user.getFullName());
        model.addAttribute("tenant", user.getClaimAsString("tenant"));
        Map<String, String> services = new LinkedHashMap<>();
        for (String service : SERVICES) {
            services.put(service, whoami(service, client));
        }
        model.addAttribute("services", services);
        return "home";
    }

    private String whoami(String service, OAuth2AuthorizedClient client) {
        try {
            return gateway.text(client, uri -> uri.path("/api/{service}/whoami").build(service));
        } catch (ApiException e) {
            return "unavailable: " + e.detail();
        }
    }
}
