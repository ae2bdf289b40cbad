package org.zongzhi.console;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/** 统计: the measures of docs/measures.md for a center, overall and per child center. */
@Controller
class NumbersController {

    /** The measures in the order they are shown, with their Chinese names; the rates are fractions. */
    static final List<Measure> MEASURES = List.of(
            new Measure("found", "发现数", false),
            new Measure("accepted", "受理数", false),
            new Measure("resolved", "化解数", false),
            new Measure("closed", "办结数", false),
            new Measure("resolutionRate", "化解率", true),
            new Measure("onTimeClosureRate", "按时办结率", true),
            new Measure("timelyAcceptanceRate", "受理及时率", true),
            new Measure("closureRate", "办结率", true),
            new Measure("followUpRate", "回访率", true),
            new Measure("satisfactionRate", "满意率", true),
            new Measure("averageCycleDays", "平均办理天数", false));

    private final Gateway gateway;

    NumbersController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/numbers")
    String numbers(
            @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(required = false) String center,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        String code = center == null || center.isBlank() ? user.getClaimAsString("tenant") : center.strip();
        if (code == null || !CentersController.CENTER_CODE.matcher(code).matches()) {
            throw new ApiException(404, "not-found", null, "not a center code: " + code, java.util.Map.of());
        }
        model.addAttribute("measures", MEASURES);
        model.addAttribute("centerCode", code);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        Map<String, Object> stats = gateway.object(client, uri -> {
            uri.path("/api/search/stats").queryParam("center", code).queryParam("groupBy", "child");
            if (from != null) {
                uri.queryParam("from", from.toString());
            }
            if (to != null) {
                uri.queryParam("to", to.toString());
            }
            return uri.build();
        });
        model.addAttribute("stats", stats);
        model.addAttribute("childNames", childNames(client, code));
        model.addAttribute("centerName", centerName(client, code));
        return "numbers";
    }

    private Map<String, String> childNames(OAuth2AuthorizedClient client, String code) {
        Map<String, String> names = new HashMap<>();
        try {
            for (Map<String, Object> child : gateway.list(
                    client, uri -> uri.path("/api/tenants/{code}/children").build(code))) {
                if (child.get("code") != null && child.get("name") != null) {
                    names.put(child.get("code").toString(), child.get("name").toString());
                }
            }
        } catch (ApiException e) {
            // names are a nicety: the codes are shown without them
        }
        return names;
    }

    private String centerName(OAuth2AuthorizedClient client, String code) {
        try {
            Object name = gateway.object(
                            client, uri -> uri.path("/api/tenants/{code}").build(code))
                    .get("name");
            return name == null ? code : name.toString();
        } catch (ApiException e) {
            return code;
        }
    }

    /** One measure: its field in the API's answer, its name, and whether it is a rate. */
    public record Measure(String key, String label, boolean rate) {}
}
