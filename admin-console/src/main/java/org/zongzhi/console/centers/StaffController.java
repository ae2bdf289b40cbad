package org.zongzhi.console.centers;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zongzhi.console.domain.FormValues;
import org.zongzhi.console.domain.StaffForm;
import org.zongzhi.console.domain.StaffRoles;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 工作人员: a center's accounts with their roles, for its own admins; the form that adds a 受理员, 调解员, 网格员
 * or 部门承办人, and the 账号通知单 that shows the new account's one-time password this once (a flash
 * attribute, as the 开通通知单 does); disabling and enabling an account with a reason.
 */
@Controller
class StaffController {

    private final Gateway gateway;

    StaffController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/centers/{code}/staff")
    String staff(
            @PathVariable String code,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            HttpServletResponse response) {
        CenterPages.code(code);
        model.addAttribute("form", new FormValues(Map.of()));
        return page(code, client, model, response);
    }

    @PostMapping("/centers/{code}/staff")
    String add(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CenterPages.code(code);
        FormValues form = new FormValues(params);
        model.addAttribute("form", form);
        StaffForm.Result checked = StaffForm.body(form);
        if (checked.body() == null) {
            model.addAttribute("problems", checked.problems());
            response.setStatus(400);
            return page(code, client, model, response);
        }
        try {
            Map<String, Object> answer = gateway.post(
                    client, uri -> uri.path("/api/tenants/{code}/staff").build(code), checked.body());
            redirect.addFlashAttribute("oneTimePassword", answer.get("oneTimePassword"));
            redirect.addFlashAttribute("username", form.value("username"));
            redirect.addFlashAttribute("fullName", form.value("fullName"));
            redirect.addFlashAttribute("roleName", StaffRoles.label(form.value("role")));
            return "redirect:/centers/" + code + "/staff/slip";
        } catch (ApiException e) {
            CenterPages.refused(e, "staff-add", StaffForm.refusal(e.status(), e.type()), model, response);
            int status = response.getStatus();
            String view = page(code, client, model, response);
            response.setStatus(status);
            return view;
        }
    }

    /** 账号通知单: printable; the one-time password only on the redirect right after the account was added. */
    @GetMapping("/centers/{code}/staff/slip")
    String slip(
            @PathVariable String code,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            HttpServletResponse response) {
        CenterPages.center(gateway, client, CenterPages.code(code), model);
        model.addAttribute(
                "signInAt",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/")
                        .build()
                        .toUriString());
        // The page may carry a password: no browser or proxy keeps a copy to show again.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "centers/staff-slip";
    }

    @PostMapping("/centers/{code}/staff/{username}/disabling")
    String disable(
            @PathVariable String code,
            @PathVariable String username,
            @RequestParam(defaultValue = "") String reason,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return change(
                code,
                username,
                "disabling",
                "已停用 " + username + "，该账号不能再登录。",
                reason,
                client,
                model,
                redirect,
                response);
    }

    @PostMapping("/centers/{code}/staff/{username}/enabling")
    String enable(
            @PathVariable String code,
            @PathVariable String username,
            @RequestParam(defaultValue = "") String reason,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return change(
                code,
                username,
                "enabling",
                "已启用 " + username + "，该账号可以重新登录。",
                reason,
                client,
                model,
                redirect,
                response);
    }

    private String change(
            String code,
            String username,
            String step,
            String done,
            String reason,
            OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CenterPages.code(code);
        model.addAttribute("form", new FormValues(Map.of()));
        if (reason.isBlank()) {
            model.addAttribute("error", "请填写停用或启用的原因。");
            response.setStatus(400);
            String view = page(code, client, model, response);
            response.setStatus(400);
            return view;
        }
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/{code}/staff/{username}/" + step)
                            .build(code, username),
                    Map.of("reason", reason.strip()));
            redirect.addFlashAttribute("done", done);
            return "redirect:/centers/" + code + "/staff";
        } catch (ApiException e) {
            CenterPages.refused(e, "staff-" + step, StaffForm.refusal(e.status(), e.type()), model, response);
            int status = response.getStatus();
            String view = page(code, client, model, response);
            response.setStatus(status);
            return view;
        }
    }

    private String page(String code, OAuth2AuthorizedClient client, Model model, HttpServletResponse response) {
        CenterPages.center(gateway, client, code, model);
        model.addAttribute(
                "roles",
                StaffForm.ROLES.stream()
                        .map(r -> Map.of("code", r, "label", StaffRoles.label(r)))
                        .toList());
        try {
            List<Map<String, Object>> staff = new ArrayList<>();
            for (Map<String, Object> member : gateway.list(
                    client, uri -> uri.path("/api/tenants/{code}/staff").build(code))) {
                Map<String, Object> row = new LinkedHashMap<>(member);
                List<?> roles = member.get("roles") instanceof List<?> l ? l : List.of();
                row.put(
                        "roleNames",
                        String.join(
                                "、",
                                roles.stream()
                                        .map(r -> StaffRoles.label(String.valueOf(r)))
                                        .toList()));
                row.put("admin", roles.stream().anyMatch(StaffRoles.ADMIN::contains));
                staff.add(row);
            }
            model.addAttribute("staff", staff);
        } catch (ApiException e) {
            CenterPages.refused(e, "staff-list", StaffForm.refusal(e.status(), e.type()), model, response);
            model.addAttribute("staff", null);
        }
        return "centers/staff";
    }
}
