package org.zongzhi.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zongzhi.console.domain.CaseActions;
import org.zongzhi.console.domain.CenterCodes;
import org.zongzhi.console.domain.FormValues;
import org.zongzhi.console.domain.ProblemText;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * One case, whole: summary, clock, parties, tasks, outcome, follow-ups, supervision, notes, transfer,
 * likely duplicates and timeline, with a form for every action the API allows this person now. A refused
 * action comes back with the reason in Chinese and the form as it was typed.
 */
@Controller
class CasePageController {

    private static final Logger log = LoggerFactory.getLogger(CasePageController.class);

    private final Gateway gateway;
    private final Directory directory;
    private final Vocabulary vocabulary;

    CasePageController(Gateway gateway, Directory directory, Vocabulary vocabulary) {
        this.gateway = gateway;
        this.directory = directory;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/cases/{id}")
    String show(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable String id,
            Model model) {
        return page(client, me, caseId(id), model);
    }

    @PostMapping("/cases/{id}/do/{action}")
    String act(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable String id,
            @PathVariable String action,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        UUID caseId = caseId(id);
        FormValues form = new FormValues(params);
        try {
            CaseActions.Call call = CaseActions.call(action, form);
            gateway.post(
                    client, uri -> uri.path("/api/cases/{id}" + call.path()).build(caseId), call.body());
            redirect.addFlashAttribute("done", vocabulary.label("action", action));
            return "redirect:/cases/" + caseId;
        } catch (CaseActions.BadForm e) {
            model.addAttribute("actionError", e.getMessage());
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            log.info("{} on case {} refused: {} {} {}", action, caseId, e.status(), e.type(), e.detail());
            String state = e.property("currentStateLabel") == null
                    ? null
                    : e.property("currentStateLabel").toString();
            // A refusal of an action the case's state does allow is a rule of the case (a missing part, no
            // follow-up yet), not its state: say so rather than blame the state.
            String type = "transition-refused".equals(e.type())
                            && e.property("allowedActions") instanceof List<?> allowedNow
                            && allowedNow.contains(action)
                    ? "unprocessable"
                    : e.type();
            model.addAttribute(
                    "actionError",
                    ProblemText.of(e.status(), type, e.field(), state, vocabulary.label("action", action)));
            response.setStatus(e.pageStatus());
        }
        model.addAttribute("openAction", action);
        model.addAttribute("openItem", form.valueOr("taskId", form.value("orderId")));
        model.addAttribute("form", form);
        return page(client, me, caseId, model);
    }

    /** Shows one party's full ID number and phone to a role that may see them, for the purpose given. */
    @PostMapping("/cases/{id}/parties/{partyId}/reveal")
    String reveal(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable String id,
            @PathVariable String partyId,
            @RequestParam(required = false) String purpose,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        UUID caseId = caseId(id);
        UUID party = caseId(partyId);
        try {
            Map<String, Object> contact = gateway.post(
                    client,
                    uri -> uri.path("/api/cases/{id}/parties/{party}/disclosure")
                            .build(caseId, party),
                    Map.of("purpose", purpose == null ? "" : purpose.strip()));
            model.addAttribute("revealed", Map.of(party.toString(), contact));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            model.addAttribute("revealError", ProblemText.of(e.status(), e.type(), e.field(), null, "查看完整信息"));
            model.addAttribute("revealParty", party.toString());
            model.addAttribute("form", new FormValues(Map.of("purpose", List.of(purpose == null ? "" : purpose))));
            response.setStatus(e.pageStatus());
        }
        return page(client, me, caseId, model);
    }

    private String page(OAuth2AuthorizedClient client, Me me, UUID caseId, Model model) {
        Map<String, Object> c =
                gateway.object(client, uri -> uri.path("/api/cases/{id}").build(caseId));
        model.addAttribute("c", c);
        Set<String> allowed = new LinkedHashSet<>();
        if (c.get("allowedActions") instanceof List<?> list) {
            list.forEach(a -> allowed.add(String.valueOf(a)));
        }
        model.addAttribute("allowed", allowed);
        model.addAttribute("caseActions", caseWideActions(allowed));
        model.addAttribute("noInput", FormValues.EMPTY);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FormValues.EMPTY);
        }
        List<Map<String, Object>> timeline = List.of();
        try {
            timeline = gateway.list(
                    client, uri -> uri.path("/api/cases/{id}/timeline").build(caseId));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            model.addAttribute("timelineError", ProblemText.of(e.status(), e.type(), null, null, null));
        }
        model.addAttribute("timeline", timeline);
        try {
            model.addAttribute(
                    "duplicates",
                    gateway
                            .list(
                                    client,
                                    uri -> uri.path("/api/search/cases/{id}/duplicates")
                                            .build(caseId))
                            .stream()
                            .filter(d -> d.get("document") instanceof Map<?, ?>)
                            .limit(5)
                            .toList());
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            model.addAttribute("duplicates", List.of());
        }
        if (allowed.contains("refer")) {
            model.addAttribute("referTargets", referTargets(client, me));
        }
        model.addAttribute("names", names(client, c, timeline));
        return "case";
    }

    /** The operating children of the person's center: where a case may be referred. */
    private List<Map<String, Object>> referTargets(OAuth2AuthorizedClient client, Me me) {
        if (me == null || me.tenant() == null) {
            return List.of();
        }
        try {
            return directory.children(client, me.tenant()).stream()
                    .filter(child -> "OPERATING".equals(String.valueOf(child.get("status"))))
                    .toList();
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            return List.of();
        }
    }

    /** Every center code the page shows, with its name. */
    private Map<String, String> names(
            OAuth2AuthorizedClient client, Map<String, Object> c, List<Map<String, Object>> timeline) {
        Set<Object> codes = new LinkedHashSet<>();
        codes.add(c.get("originCenter"));
        codes.add(c.get("holderCenter"));
        if (c.get("transfer") instanceof Map<?, ?> transfer) {
            codes.add(transfer.get("from"));
            codes.add(transfer.get("to"));
        }
        collect(codes, c.get("supervisions"), "issuer", "target");
        collect(codes, c.get("followUps"), "center");
        collect(codes, c.get("notes"), "center");
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

    private static void collect(Set<Object> codes, Object list, String... fields) {
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    for (String field : fields) {
                        codes.add(map.get(field));
                    }
                }
            }
        }
    }

    /** The allowed actions that get a form of their own in the 办理 card (per-task ones live by their task). */
    private static List<String> caseWideActions(Set<String> allowed) {
        List<String> actions = new ArrayList<>();
        for (String action : allowed) {
            if (!CaseActions.PER_ITEM.contains(action)) {
                actions.add(action);
            }
        }
        return actions;
    }

    static UUID caseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, "not-found", null, "not a case id: " + id, Map.of());
        }
    }
}
