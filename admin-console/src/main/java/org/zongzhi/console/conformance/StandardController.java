package org.zongzhi.console.conformance;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.zongzhi.console.Directory;
import org.zongzhi.console.Me;
import org.zongzhi.console.domain.Conformance;
import org.zongzhi.console.domain.FormValues;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 评估标准: the province's versions (drafts for its admins), one version's items by dimension with the
 * rule for every level, a draft copy, publication with an effective date, retirement; and a city's or
 * county's tailoring, which may only tighten a rule, with its reason.
 */
@Controller
class StandardController {

    static final List<String> LEVELS = List.of("CITY", "COUNTY", "TOWNSHIP", "VILLAGE");

    private final Gateway gateway;
    private final Directory directory;

    StandardController(Gateway gateway, Directory directory) {
        this.gateway = gateway;
        this.directory = directory;
    }

    @GetMapping("/conformance/standards")
    String list(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            Model model) {
        model.addAttribute(
                "versions",
                gateway.list(client, uri -> uri.path("/api/tenants/standards").build()));
        model.addAttribute("province", me != null && me.can("province-admin"));
        return "conformance/standards";
    }

    @PostMapping("/conformance/standards")
    String copy(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @RequestParam int copyOf,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Map<String, Object> draft = gateway.post(
                    client, uri -> uri.path("/api/tenants/standards").build(), Map.of("copyOf", copyOf));
            redirect.addFlashAttribute("done", "已复制为新草稿");
            return "redirect:/conformance/standards/" + draft.get("number");
        } catch (ApiException e) {
            Pages.refused(e, "复制为新草稿", "copy", model, response);
        }
        return list(client, me, model);
    }

    @GetMapping("/conformance/standards/{n}")
    String show(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable int n,
            Model model) {
        return page(client, me, n, model);
    }

    @PostMapping("/conformance/standards/{n}/publication")
    String publish(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable int n,
            @RequestParam(required = false) String effectiveFrom,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveFrom", effectiveFrom == null || effectiveFrom.isBlank() ? null : effectiveFrom);
        return step(client, me, n, "/publication", body, "发布", "publish", model, redirect, response);
    }

    @PostMapping("/conformance/standards/{n}/retirement")
    String retire(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable int n,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(client, me, n, "/retirement", null, "停用", "retire", model, redirect, response);
    }

    /** Adds or replaces one tightening of the caller's own center's tailoring, keeping the others. */
    @PostMapping("/conformance/standards/{n}/tailoring")
    String tailor(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable int n,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormValues form = new FormValues(params);
        String center = me == null ? null : me.tenant();
        try {
            Map<String, Object> current = Pages.objectOrNull(() -> gateway.object(
                    client,
                    uri -> uri.path("/api/tenants/standards/{n}/tailorings/{code}")
                            .build(n, center)));
            List<Object> additions = new ArrayList<>();
            List<Map<String, Object>> tightenings = new ArrayList<>();
            if (current != null) {
                if (current.get("additions") instanceof List<?> a) {
                    additions.addAll(a);
                }
                for (Map<String, Object> t : AssessmentController.maps(current.get("tightenings"))) {
                    if (!(String.valueOf(t.get("item")).equals(form.value("item"))
                            && String.valueOf(t.get("level")).equals(form.value("level")))) {
                        tightenings.add(t);
                    }
                }
            }
            Map<String, Object> tightening = new LinkedHashMap<>();
            tightening.put("item", form.value("item"));
            tightening.put("level", form.value("level"));
            if (form.value("threshold") != null) {
                try {
                    tightening.put("threshold", new java.math.BigDecimal(form.value("threshold")));
                } catch (NumberFormatException e) {
                    throw new ApiException(400, null, "threshold", "not a number", Map.of());
                }
            }
            tightening.put("reason", form.value("reason"));
            tightenings.add(tightening);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("additions", additions);
            body.put("tightenings", tightenings);
            gateway.put(
                    client,
                    uri -> uri.path("/api/tenants/standards/{n}/tailorings/{code}")
                            .build(n, center),
                    body);
            redirect.addFlashAttribute("done", "已保存本中心的细化要求");
            return "redirect:/conformance/standards/" + n;
        } catch (ApiException e) {
            Pages.refused(e, "细化标准", "tailor", model, response);
            if (e.status() == 400 && e.field() == null) {
                // Loosening: the API names the rule in force and who set it; say so in Chinese.
                model.addAttribute("error", "只能从严细化：填写的标准不能低于上级已规定的要求，请对照本级要求后重试。");
            }
        }
        model.addAttribute("form", form);
        return page(client, me, n, model);
    }

    private String step(
            OAuth2AuthorizedClient client,
            Me me,
            int n,
            String path,
            Object body,
            String label,
            String at,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            gateway.post(
                    client, uri -> uri.path("/api/tenants/standards/{n}" + path).build(n), body);
            redirect.addFlashAttribute("done", "已" + label + "第 " + n + " 版");
            return "redirect:/conformance/standards/" + n;
        } catch (ApiException e) {
            Pages.refused(e, label, at, model, response);
        }
        return page(client, me, n, model);
    }

    private String page(OAuth2AuthorizedClient client, Me me, int n, Model model) {
        Map<String, Object> version = gateway.object(
                client, uri -> uri.path("/api/tenants/standards/{n}").build(n));
        model.addAttribute("v", version);
        Map<?, ?> document = version.get("document") instanceof Map<?, ?> d ? d : Map.of();
        List<Map<String, Object>> dimensions = AssessmentController.maps(document.get("dimensions"));
        Map<String, String> names = new LinkedHashMap<>();
        dimensions.forEach(d -> names.put(Pages.text(d.get("code")), d.get("group") + " · " + d.get("name")));
        List<Map<String, Object>> items = AssessmentController.maps(document.get("items"));
        model.addAttribute("dimensionNames", names);
        model.addAttribute(
                "groups",
                Conformance.byDimension(new ArrayList<>(names.keySet()), items, i -> Pages.text(i.get("dimension"))));
        model.addAttribute("items", items);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("province", me != null && me.can("province-admin"));
        boolean tailors = me != null && (me.can("city-admin") || me.can("county-admin"));
        model.addAttribute("tailors", tailors && "PUBLISHED".equals(version.get("status")));
        List<Map<String, Object>> tailorings = Pages.listOrEmpty(() -> gateway.list(
                client, uri -> uri.path("/api/tenants/standards/{n}/tailorings").build(n)));
        model.addAttribute("tailorings", tailorings);
        Map<String, String> titles = new LinkedHashMap<>();
        items.forEach(i -> titles.put(Pages.text(i.get("code")), Pages.text(i.get("title"))));
        model.addAttribute("titles", titles);
        Map<String, String> owners = new LinkedHashMap<>();
        tailorings.forEach(
                t -> owners.computeIfAbsent(String.valueOf(t.get("owner")), code -> directory.name(client, code)));
        model.addAttribute("names", owners);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FormValues.EMPTY);
        }
        return "conformance/standard";
    }
}
