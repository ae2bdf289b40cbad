package org.zongzhi.console.centers;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zongzhi.console.domain.CenterProfileForm;
import org.zongzhi.console.domain.FormValues;
import org.zongzhi.console.domain.ProblemText;
import org.zongzhi.console.domain.ProfileLabels;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 中心档案: the declared profile (premises and zones, rooms, windows, staff, departments with how and when
 * they are present, mechanisms with their documents), its editor, the list of revisions and what changed
 * between two of them. The API decides who edits: the center's own admins, or while a new center is being
 * set up, the level that onboarded it.
 */
@Controller
class ProfileController {

    private final Gateway gateway;

    ProfileController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/centers/{code}/profile")
    String profile(
            @PathVariable String code,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        CenterPages.center(gateway, client, CenterPages.code(code), model);
        List<Map<String, Object>> history = gateway.list(
                client, uri -> uri.path("/api/tenants/{code}/profile/history").build(code));
        model.addAttribute("history", history);
        model.addAttribute("current", history.isEmpty() ? null : history.getFirst());
        model.addAttribute("departments", departments(client));
        addLabels(model);
        return "centers/profile";
    }

    @GetMapping("/centers/{code}/profile/edit")
    String edit(
            @PathVariable String code,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        CenterPages.center(gateway, client, CenterPages.code(code), model);
        List<Map<String, Object>> history = gateway.list(
                client, uri -> uri.path("/api/tenants/{code}/profile/history").build(code));
        Map<?, ?> current = history.isEmpty() || !(history.getFirst().get("profile") instanceof Map<?, ?> p) ? null : p;
        model.addAttribute("form", CenterProfileForm.values(current));
        model.addAttribute(
                "revision", history.isEmpty() ? null : history.getFirst().get("revision"));
        return editor(client, model);
    }

    @PostMapping("/centers/{code}/profile")
    String save(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CenterPages.code(code);
        FormValues form = new FormValues(params);
        Map<String, String> departments = departments(client);
        CenterProfileForm.Result checked = CenterProfileForm.body(form, departments);
        if (checked.body() == null) {
            CenterPages.center(gateway, client, code, model);
            model.addAttribute("form", form);
            model.addAttribute("problems", checked.problems());
            response.setStatus(400);
            return editor(client, model);
        }
        try {
            Map<String, Object> saved = gateway.put(
                    client, uri -> uri.path("/api/tenants/{code}/profile").build(code), checked.body());
            redirect.addFlashAttribute("done", "已保存为第 " + saved.get("revision") + " 版档案");
            return "redirect:/centers/" + code + "/profile";
        } catch (ApiException e) {
            String sentence = e.status() == 403
                    ? "您不能修改该中心的档案：档案由中心自己的管理员维护；新开通的中心在其管理员首次保存前，可由开通它的上级代为填报。"
                    : e.status() == 400
                            ? "档案内容有误，请检查面积、人数、入驻部门的入驻方式与日期，以及制度文件。"
                            : ProblemText.of(e.status(), e.type(), e.field(), null, null);
            CenterPages.refused(e, "profile", sentence, model, response);
            CenterPages.center(gateway, client, code, model);
            model.addAttribute("form", form);
            return editor(client, model);
        }
    }

    /** Two revisions side by side: each fact that changed, before and after, and who made each revision when. */
    @GetMapping("/centers/{code}/profile/revisions")
    String compare(
            @PathVariable String code,
            @RequestParam int a,
            @RequestParam int b,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        CenterPages.center(gateway, client, CenterPages.code(code), model);
        Map<String, Object> comparison = gateway.object(
                client,
                uri -> uri.path("/api/tenants/{code}/profile/comparison")
                        .queryParam("from", Math.min(a, b))
                        .queryParam("to", Math.max(a, b))
                        .build(code));
        Map<String, String> departments = departments(client);
        List<Map<String, String>> changes = new ArrayList<>();
        if (comparison.get("changes") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> c) {
                    String field = CenterPages.text(c.get("field"));
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("fact", ProfileLabels.fact(field, d -> departments.getOrDefault(d, d)));
                    row.put("before", ProfileLabels.value(field, CenterPages.text(c.get("before"))));
                    row.put("after", ProfileLabels.value(field, CenterPages.text(c.get("after"))));
                    changes.add(row);
                }
            }
        }
        model.addAttribute("comparison", comparison);
        model.addAttribute("changes", changes);
        model.addAttribute(
                "history",
                gateway.list(
                        client,
                        uri -> uri.path("/api/tenants/{code}/profile/history").build(code)));
        return "centers/profile-revisions";
    }

    private String editor(OAuth2AuthorizedClient client, Model model) {
        model.addAttribute("departments", departments(client));
        addLabels(model);
        return "centers/profile-edit";
    }

    private static void addLabels(Model model) {
        model.addAttribute("rooms", ProfileLabels.ROOMS);
        model.addAttribute("presences", ProfileLabels.PRESENCE);
        model.addAttribute("mechanisms", ProfileLabels.MECHANISMS);
        model.addAttribute("zones", ProfileLabels.ZONES);
    }

    /** The department catalogue, code → Chinese name, in its order. */
    private Map<String, String> departments(OAuth2AuthorizedClient client) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, Object> d :
                gateway.list(client, uri -> uri.path("/api/tenants/departments").build())) {
            names.put(String.valueOf(d.get("code")), String.valueOf(d.get("nameZh")));
        }
        return names;
    }
}
