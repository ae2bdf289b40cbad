package org.zongzhi.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zongzhi.console.domain.FormValues;
import org.zongzhi.console.domain.Intakes;
import org.zongzhi.console.domain.ProblemText;
import org.zongzhi.console.domain.QrCode;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;
import org.zongzhi.console.track.TrackLinks;

/**
 * 一窗进: taking a report in, on a desk or a phone. The first submit looks for likely repeats (same
 * person, same place and category, similar text); when there are some, the person attaches the report to
 * one of them or goes on. After intake, the receipt with the case code, the citizen's secret (shown this
 * once) and a QR code.
 */
@Controller
class IntakeController {

    private static final Logger log = LoggerFactory.getLogger(IntakeController.class);

    private final Gateway gateway;
    private final Directory directory;

    IntakeController(Gateway gateway, Directory directory) {
        this.gateway = gateway;
        this.directory = directory;
    }

    @GetMapping("/cases/new")
    String form(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            Model model) {
        myGrids(client, me, model);
        MultiValueMap<String, String> initial = new LinkedMultiValueMap<>();
        initial.add("idempotencyKey", UUID.randomUUID().toString());
        initial.add("channel", me != null && me.gridWorker() ? "GRID_REPORT" : "WALK_IN");
        return render(me, new FormValues(initial), model);
    }

    @PostMapping("/cases/new")
    String submit(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        FormValues form = new FormValues(params);
        myGrids(client, me, model);
        String step = form.value("attachTo") != null ? "attach" : form.valueOr("step", "check");
        switch (step) {
            case "add-applicant", "add-respondent" -> {
                model.addAttribute("extraRow", step.substring(4));
                return render(me, form, model);
            }
            case "attach" -> {
                return attach(client, me, form, model, redirect, response);
            }
            case "check" -> {
                List<Map<String, Object>> repeats = likelyRepeats(client, form);
                if (!repeats.isEmpty()) {
                    model.addAttribute("repeats", repeats);
                    return render(me, form, model);
                }
                return create(client, me, form, model, redirect, response);
            }
            default -> {
                return create(client, me, form, model, redirect, response);
            }
        }
    }

    @GetMapping("/cases/{id}/receipt")
    String receipt(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @PathVariable String id,
            Model model) {
        UUID caseId = CasePageController.caseId(id);
        Map<String, Object> c =
                gateway.object(client, uri -> uri.path("/api/cases/{id}").build(caseId));
        model.addAttribute("c", c);
        model.addAttribute("centerName", directory.name(client, c.get("originCenter")));
        model.addAttribute("qr", QrCode.svg(TrackLinks.forCode(c.get("code"))));
        return "receipt";
    }

    private String create(
            OAuth2AuthorizedClient client,
            Me me,
            FormValues form,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        String key = form.value("idempotencyKey");
        if (key == null || !key.matches("[A-Za-z0-9._:-]{8,64}")) {
            key = UUID.randomUUID().toString();
        }
        String idempotencyKey = key;
        try {
            Map<String, Object> answer = gateway.post(
                    client,
                    uri -> uri.path("/api/cases").build(),
                    Intakes.body(form),
                    Map.of("Idempotency-Key", idempotencyKey));
            Map<?, ?> view = answer.get("case") instanceof Map<?, ?> m ? m : Map.of();
            Object caseId = view.get("id");
            if (answer.get("citizenSecret") != null) {
                redirect.addFlashAttribute("secret", answer.get("citizenSecret"));
            }
            redirect.addFlashAttribute("replayed", Boolean.TRUE.equals(answer.get("replayed")));
            return "redirect:/cases/" + caseId + "/receipt";
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            log.info("intake refused: {} {} {} {}", e.status(), e.type(), e.field(), e.detail());
            model.addAttribute("intakeError", ProblemText.of(e.status(), e.type(), e.field(), null, "登记"));
            model.addAttribute("errorField", e.field());
            response.setStatus(e.pageStatus());
            return render(me, form, model);
        }
    }

    /** Adds the report to an existing case as an internal note instead of opening a new one. */
    private String attach(
            OAuth2AuthorizedClient client,
            Me me,
            FormValues form,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        UUID target = CasePageController.caseId(form.valueOr("attachTo", ""));
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/cases/{id}/notes").build(target),
                    Map.of("text", Intakes.noteOf(form), "publicNote", false));
            redirect.addFlashAttribute("done", "来件已并入本案");
            return "redirect:/cases/" + target;
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            model.addAttribute(
                    "intakeError", "不能并入该案件：" + ProblemText.of(e.status(), e.type(), null, null, "并入") + " 可以登记为新案件。");
            model.addAttribute("repeats", List.of());
            response.setStatus(e.pageStatus());
            return render(me, form, model);
        }
    }

    /**
     * Likely repeats among the cases this person may see: the search's rules for text, place and category,
     * and the case service's lookup of the same person by ID number or phone (for roles allowed to use it).
     */
    private List<Map<String, Object>> likelyRepeats(OAuth2AuthorizedClient client, FormValues form) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        Map<String, Object> draft = Intakes.duplicateDraft(form);
        if (!draft.isEmpty()) {
            try {
                List<Map<String, Object>> candidates = gateway.postList(
                        client, uri -> uri.path("/api/search/duplicates").build(), draft);
                for (Map<String, Object> candidate : candidates) {
                    if (Boolean.TRUE.equals(candidate.get("likelyDuplicate"))
                            && candidate.get("document") instanceof Map<?, ?> doc) {
                        Map<String, Object> row = row(doc);
                        row.put("reasons", candidate.get("reasons") instanceof List<?> r ? r : List.of());
                        found.putIfAbsent(String.valueOf(doc.get("id")), row);
                    }
                }
            } catch (ApiException e) {
                if (e.unauthorized()) {
                    throw e;
                }
                log.info("duplicate search unavailable: {} {}", e.status(), e.detail());
            }
        }
        for (Map<String, Object> person : Intakes.identifiedParties(form)) {
            try {
                for (Map<String, Object> ref : gateway.postList(
                        client, uri -> uri.path("/api/cases/party-search").build(), person)) {
                    Map<String, Object> row = found.computeIfAbsent(String.valueOf(ref.get("id")), k -> row(ref));
                    List<Object> reasons = new ArrayList<>(row.get("reasons") instanceof List<?> r ? r : List.of());
                    if (!reasons.contains("same-party")) {
                        reasons.add(0, "same-party");
                    }
                    row.put("reasons", reasons);
                }
            } catch (ApiException e) {
                if (e.unauthorized()) {
                    throw e;
                }
                // a role without the party lookup (a grid worker) still gets the search's rules
            }
        }
        return found.values().stream().limit(8).toList();
    }

    private static Map<String, Object> row(Map<?, ?> source) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String field : List.of("id", "code", "title", "status", "holderCenter", "createdAt", "place")) {
            row.put(field, source.get(field));
        }
        row.put("reasons", List.of());
        return row;
    }

    /** A grid worker's grids in force, for 所在网格 (the case then carries its grid); none for others. */
    private void myGrids(OAuth2AuthorizedClient client, Me me, Model model) {
        List<Map<String, Object>> grids = List.of();
        if (me != null && me.gridWorker() && me.tenant() != null) {
            try {
                grids = gateway
                        .list(
                                client,
                                uri -> uri.path("/api/tenants/{code}/grids")
                                        .queryParam("mine", true)
                                        .build(me.tenant()))
                        .stream()
                        .filter(g -> Boolean.TRUE.equals(g.get("active")))
                        .toList();
            } catch (ApiException e) {
                if (e.unauthorized()) {
                    throw e;
                }
                log.info("grids of {} not listed for intake: {} {}", me.username(), e.status(), e.detail());
            }
        }
        model.addAttribute("myGrids", grids);
    }

    private String render(Me me, FormValues form, Model model) {
        model.addAttribute("form", form);
        int applicants = form.rows("applicantName", 1);
        int respondents = form.rows("respondentName", 1);
        Object extra = model.getAttribute("extraRow");
        if ("applicant".equals(extra)) {
            applicants++;
        } else if ("respondent".equals(extra)) {
            respondents++;
        }
        model.addAttribute("applicantRows", applicants);
        model.addAttribute("respondentRows", respondents);
        model.addAttribute("phoneFirst", me != null && me.gridWorker());
        return "intake";
    }
}
