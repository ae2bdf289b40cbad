package org.zongzhi.console.centers;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
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
import org.zongzhi.console.Me;
import org.zongzhi.console.domain.FormValues;
import org.zongzhi.console.domain.OnboardingForm;
import org.zongzhi.console.domain.Times;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 开通中心: {@code /centers/{code}/onboarding} on an operating center lists the planned divisions below it
 * (searchable by name and code); on a planned one it is the form that onboards it. After onboarding, the
 * 开通通知单 shows the first admin's one-time password this once (a flash attribute) and prints.
 */
@Controller
class OnboardingController {

    static final int PAGE_SIZE = 50;

    private final Gateway gateway;

    OnboardingController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/centers/{code}/onboarding")
    String onboarding(
            @PathVariable String code,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            Model model) {
        Map<String, Object> center = CenterPages.center(gateway, client, CenterPages.code(code), model);
        // The person's own center may be listed as planned (demo centers work before being onboarded): from
        // there one onboards below, never oneself.
        boolean own = me != null && code.equals(me.tenant());
        if ("PLANNED".equals(center.get("status")) && !own) {
            Map<String, List<String>> initial = new LinkedHashMap<>();
            initial.put("displayName", List.of(center.get("name") + "综治中心"));
            initial.put("openedOn", List.of(LocalDate.now(Times.CHINA).toString()));
            model.addAttribute("form", new FormValues(initial));
            return "centers/onboarding";
        }
        int p = Math.max(0, page);
        String query = q == null ? "" : q.strip();
        Map<String, Object> planned = gateway.object(
                client,
                uri -> uri.path("/api/tenants/{code}/subtree")
                        .queryParam("status", "PLANNED")
                        .queryParamIfPresent(
                                "q", query.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(query))
                        .queryParam("page", p)
                        .queryParam("size", PAGE_SIZE)
                        .build(code));
        model.addAttribute("planned", planned);
        model.addAttribute("q", query);
        model.addAttribute("page", p);
        long total = planned.get("total") instanceof Number n ? n.longValue() : 0;
        model.addAttribute("hasNext", (long) (p + 1) * PAGE_SIZE < total);
        return "centers/onboarding-pick";
    }

    @PostMapping("/centers/{code}/onboarding")
    String onboard(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CenterPages.code(code);
        FormValues form = new FormValues(params);
        OnboardingForm.Result checked = OnboardingForm.body(form, LocalDate.now(Times.CHINA));
        if (checked.body() == null) {
            CenterPages.center(gateway, client, code, model);
            model.addAttribute("form", form);
            model.addAttribute("problems", checked.problems());
            response.setStatus(400);
            return "centers/onboarding";
        }
        try {
            Map<String, Object> answer = gateway.post(
                    client, uri -> uri.path("/api/tenants/{code}/onboarding").build(code), checked.body());
            Map<?, ?> admin = answer.get("admin") instanceof Map<?, ?> m ? m : Map.of();
            redirect.addFlashAttribute("oneTimePassword", admin.get("oneTimePassword"));
            redirect.addFlashAttribute("adminFullName", form.value("adminFullName"));
            return "redirect:/centers/" + code + "/notice";
        } catch (ApiException e) {
            CenterPages.refused(e, "onboarding", OnboardingForm.refusal(e.status(), e.type()), model, response);
            CenterPages.center(gateway, client, code, model);
            model.addAttribute("form", form);
            return "centers/onboarding";
        }
    }

    /** 开通通知单: printable; the one-time password only on the redirect right after onboarding. */
    @GetMapping("/centers/{code}/notice")
    String notice(
            @PathVariable String code,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            HttpServletResponse response) {
        CenterPages.center(gateway, client, CenterPages.code(code), model);
        model.addAttribute(
                "signInAt",
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/")
                        .build()
                        .toUriString());
        // The page may carry a password: no browser or proxy keeps a copy to show again.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "centers/notice";
    }
}
