package org.zongzhi.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The landing page: who the signed-in person is, which center they work for, and whether each service
 * behind the gateway accepts their token.
 */
@Controller
class HomeController {

    private static final List<String> SERVICES = List.of("tenants", "cases", "search");

    private final RestClient gateway;

    HomeController(RestClient.Builder builder, @Value("${platform.gateway-url}") String gatewayUrl) {
        this.gateway = builder.baseUrl(gatewayUrl).build();
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
            services.put(service, whoami(service, client.getAccessToken().getTokenValue()));
        }
        model.addAttribute("services", services);
        return "home";
    }

    private String whoami(String service, String accessToken) {
        try {
            return gateway.get()
                    .uri("/api/{service}/whoami", service)
                    .header("Authorization", "Bearer " + accessToken)
                    .retrieve()
                    .body(String.class);
        } catch (RestClientException e) {
            return "unavailable: " + e.getMessage();
        }
    }
}
