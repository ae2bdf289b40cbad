package org.zongzhi.console;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zongzhi.console.domain.CenterCodes;
import org.zongzhi.console.domain.QrCode;
import org.zongzhi.console.gateway.Gateway;
import org.zongzhi.console.track.TrackLinks;

/**
 * 案件登记表 / 办理情况: one case on A4 paper for the file, with the QR code of its citizen link (the case
 * code filled in), the registration, parties as the API shows them to this person (masked), tasks, the
 * outcome with its agreements and judicial confirmations, follow-ups and every step with date and center.
 * Whoever may open the case may print it: the API decides, as for {@code /cases/{id}}.
 */
@Controller
class CasePrintController {

    private final Gateway gateway;
    private final Directory directory;

    CasePrintController(Gateway gateway, Directory directory) {
        this.gateway = gateway;
        this.directory = directory;
    }

    @GetMapping("/cases/{id}/print")
    String print(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @PathVariable String id,
            Model model) {
        UUID caseId = CasePageController.caseId(id);
        Map<String, Object> c =
                gateway.object(client, uri -> uri.path("/api/cases/{id}").build(caseId));
        List<Map<String, Object>> timeline =
                gateway.list(client, uri -> uri.path("/api/cases/{id}/timeline").build(caseId));
        model.addAttribute("c", c);
        model.addAttribute("timeline", timeline);
        model.addAttribute("names", names(client, c, timeline));
        String link = TrackLinks.forCode(c.get("code"));
        model.addAttribute("trackLink", link);
        model.addAttribute("qr", QrCode.svg(link));
        return "print";
    }

    private Map<String, String> names(
            OAuth2AuthorizedClient client, Map<String, Object> c, List<Map<String, Object>> timeline) {
        Set<Object> codes = new LinkedHashSet<>();
        codes.add(c.get("originCenter"));
        codes.add(c.get("holderCenter"));
        if (c.get("followUps") instanceof List<?> followUps) {
            for (Object f : followUps) {
                if (f instanceof Map<?, ?> m) {
                    codes.add(m.get("center"));
                }
            }
        }
        for (Map<String, Object> line : timeline) {
            codes.add(line.get("actorCenter"));
            codes.addAll(CenterCodes.in(line.get("summary")));
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Object code : codes) {
            if (code != null) {
                names.put(code.toString(), directory.name(client, code));
            }
        }
        return names;
    }
}
