package org.zongzhi.console;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zongzhi.console.domain.ProblemText;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/** 中心: a center (the user's own by default), the chain above it and its children. */
@Controller
class CentersController {

    static final Pattern CENTER_CODE = Pattern.compile("\\d{2,12}");

    private final Gateway gateway;

    CentersController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/centers")
    String own(
            @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        String tenant = user.getClaimAsString("tenant");
        if (tenant == null) {
            throw new ApiException(403, "您的账号未绑定综治中心（no tenant claim in your sign-in）");
        }
        return center(tenant, client, model);
    }

    @GetMapping("/centers/{code}")
    String center(
            @PathVariable String code,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        if (!CENTER_CODE.matcher(code).matches()) {
            throw new ApiException(404, "not-found", null, "not a center code: " + code, java.util.Map.of());
        }
        Map<String, Object> center =
                gateway.object(client, uri -> uri.path("/api/tenants/{code}").build(code));
        model.addAttribute("center", center);
        model.addAttribute("ancestors", optionalList(client, "/api/tenants/{code}/ancestors", code, model, null));
        model.addAttribute(
                "children", optionalList(client, "/api/tenants/{code}/children", code, model, "childrenError"));
        return "centers";
    }

    private List<Map<String, Object>> optionalList(
            OAuth2AuthorizedClient client, String path, String code, Model model, String errorAttribute) {
        try {
            return gateway.list(client, uri -> uri.path(path).build(code));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            if (errorAttribute != null) {
                model.addAttribute(errorAttribute, ProblemText.of(e.status(), e.type(), e.field(), null, null));
            }
            return List.of();
        }
    }
}
