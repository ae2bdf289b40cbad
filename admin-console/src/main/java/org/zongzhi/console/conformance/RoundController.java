package org.zongzhi.console.conformance;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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
import org.zongzhi.console.Me;
import org.zongzhi.console.domain.FormValues;
import org.zongzhi.console.domain.Times;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 评估轮次: a province, city or county opens a round for levels of its subtree; a round's page lists the
 * sheets the person may see with their state and results, and lets the owner compute the platform's items.
 */
@Controller
class RoundController {

    private final Gateway gateway;

    RoundController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/conformance/rounds/new")
    String form(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            Model model) {
        model.addAttribute(
                "versions",
                Pages.listOrEmpty(() -> gateway.list(
                                client,
                                uri -> uri.path("/api/tenants/standards").build()))
                        .stream()
                        .filter(v -> "PUBLISHED".equals(v.get("status")))
                        .toList());
        model.addAttribute("levels", StandardController.LEVELS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FormValues.EMPTY);
        }
        return "conformance/round-new";
    }

    @PostMapping("/conformance/rounds")
    String open(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormValues form = new FormValues(params);
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", form.value("title"));
            body.put(
                    "standardVersion",
                    form.value("standardVersion") == null ? null : Integer.valueOf(form.value("standardVersion")));
            body.put("periodFrom", form.value("periodFrom"));
            body.put("periodTo", form.value("periodTo"));
            if (form.value("cutoff") != null) {
                body.put(
                        "cutoff",
                        LocalDateTime.parse(form.value("cutoff"))
                                .atZone(Times.CHINA)
                                .toInstant()
                                .toString());
            }
            body.put(
                    "levels",
                    form.all("levels").stream().filter(l -> !l.isEmpty()).toList());
            body.put("includePlanned", form.checked("includePlanned"));
            Map<String, Object> opened = gateway.post(
                    client, uri -> uri.path("/api/tenants/assessments/rounds").build(), body);
            redirect.addFlashAttribute("done", "已发起评估轮次：" + form.value("title"));
            if (opened.get("round") instanceof Map<?, ?> round && round.get("id") != null) {
                return "redirect:/conformance/rounds/" + round.get("id");
            }
            return "redirect:/conformance";
        } catch (DateTimeParseException | NumberFormatException e) {
            model.addAttribute("error", "「截止时间」或「标准版本」填写有误，请检查后重试。");
            response.setStatus(400);
        } catch (ApiException e) {
            Pages.refused(e, "发起评估轮次", "open", model, response);
        }
        model.addAttribute("form", form);
        return form(client, me, model);
    }

    @GetMapping("/conformance/rounds/{id}")
    String show(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            Model model) {
        model.addAttribute(
                "r",
                gateway.object(
                        client,
                        uri -> uri.path("/api/tenants/assessments/rounds/{id}").build(id)));
        List<Map<String, Object>> sheets = gateway.list(
                client,
                uri -> uri.path("/api/tenants/assessments/rounds/{id}/assessments")
                        .build(id));
        model.addAttribute("sheets", sheets);
        return "conformance/round";
    }

    @PostMapping("/conformance/rounds/{id}/computation")
    String compute(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/assessments/rounds/{id}/computation")
                            .build(id),
                    null);
            redirect.addFlashAttribute("done", "已完成平台计算项");
            return "redirect:/conformance/rounds/" + id;
        } catch (ApiException e) {
            Pages.refused(e, "平台计算", "compute", model, response);
        }
        return show(client, me, id, model);
    }
}
