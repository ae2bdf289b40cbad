package org.zongzhi.console.centers;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zongzhi.console.domain.CenterHistoryText;
import org.zongzhi.console.domain.ProblemText;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 中心历史: every onboarding, suspension, reactivation and profile revision of a center, newest first, with
 * the forms that suspend or reactivate it with a reason (the API allows them to the level that onboards it).
 */
@Controller
class StatusController {

    private static final Map<String, String> EVENTS = Map.of(
            "ONBOARDED",
            "开通",
            "SUSPENDED",
            "暂停运行",
            "REACTIVATED",
            "恢复运行",
            "PROFILE",
            "修订档案",
            "STAFF_ADDED",
            "添加工作人员",
            "STAFF_DISABLED",
            "停用账号",
            "STAFF_ENABLED",
            "启用账号");

    private final Gateway gateway;

    StatusController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/centers/{code}/history")
    String history(
            @PathVariable String code,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        return page(CenterPages.code(code), client, model);
    }

    @PostMapping("/centers/{code}/suspension")
    String suspend(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String reason,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return change(code, "suspension", "已暂停该中心，其工作人员暂不能登录", reason, client, model, redirect, response);
    }

    @PostMapping("/centers/{code}/reactivation")
    String reactivate(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String reason,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return change(code, "reactivation", "已恢复运行，其工作人员可以重新登录", reason, client, model, redirect, response);
    }

    private String change(
            String code,
            String step,
            String done,
            String reason,
            OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CenterPages.code(code);
        if (reason.isBlank()) {
            model.addAttribute("error", "请填写原因。");
            model.addAttribute("reason", reason);
            response.setStatus(400);
            return page(code, client, model);
        }
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/{code}/" + step).build(code),
                    Map.of("reason", reason.strip()));
            redirect.addFlashAttribute("done", done);
            return "redirect:/centers/" + code + "/history";
        } catch (ApiException e) {
            String sentence = switch (e.status()) {
                case 403 -> "您无权暂停或恢复该中心：只有开通它的上级（省级开通各级，市级开通县级，县级开通乡镇和村）可以办理。";
                case 409 -> "该中心当前状态下不能办理此操作，请刷新页面后重试。";
                default -> ProblemText.of(e.status(), e.type(), e.field(), null, null);
            };
            CenterPages.refused(e, step, sentence, model, response);
            model.addAttribute("reason", reason);
            return page(code, client, model);
        }
    }

    private String page(String code, OAuth2AuthorizedClient client, Model model) {
        CenterPages.center(gateway, client, code, model);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> e : gateway.list(
                client, uri -> uri.path("/api/tenants/{code}/history").build(code))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", e.get("occurredAt"));
            row.put("what", EVENTS.getOrDefault(String.valueOf(e.get("type")), String.valueOf(e.get("type"))));
            row.put(
                    "detail",
                    CenterHistoryText.detail(CenterPages.text(e.get("type")), CenterPages.text(e.get("detail"))));
            row.put("actor", e.get("actor"));
            row.put("actorCenter", e.get("actorCenter"));
            row.put("revision", null);
            entries.add(row);
        }
        try {
            for (Map<String, Object> r : gateway.list(
                    client,
                    uri -> uri.path("/api/tenants/{code}/profile/history").build(code))) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("at", r.get("changedAt"));
                row.put("what", EVENTS.get("PROFILE"));
                row.put("detail", "第 " + r.get("revision") + " 版");
                row.put("revision", r.get("revision"));
                row.put("actor", r.get("changedBy"));
                row.put("actorCenter", r.get("changedByCenter"));
                entries.add(row);
            }
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
        }
        entries.sort(Comparator.comparing((Map<String, Object> r) -> String.valueOf(r.get("at")))
                .reversed());
        model.addAttribute("entries", entries);
        return "centers/history";
    }
}
