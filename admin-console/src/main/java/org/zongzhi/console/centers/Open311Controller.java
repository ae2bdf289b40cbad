package org.zongzhi.console.centers;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zongzhi.console.Me;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 开放接口 (Open311): a center's admins give each outside channel (12345热线, APP/小程序…) a key for the
 * platform's Open311 GeoReport v2 endpoint, see their keys with when they were last used and how often,
 * and revoke one. A new key's text is shown once, right after it was made (a flash attribute, as the
 * 账号通知单's password is), and never again.
 */
@Controller
class Open311Controller {

    /** The channels a key may be for, as the API takes them, with their names in the console. */
    static final Map<String, String> CHANNELS = channels();

    private final Gateway gateway;

    Open311Controller(Gateway gateway) {
        this.gateway = gateway;
    }

    private static Map<String, String> channels() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("HOTLINE_12345", "12345热线");
        c.put("APP", "APP/小程序");
        c.put("DEPARTMENT_TRANSFER", "部门转办");
        c.put("PETITION", "信访");
        return c;
    }

    @GetMapping("/centers/{code}/open311")
    String page(
            @PathVariable String code,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            HttpServletResponse response) {
        CenterPages.code(code);
        // The page may carry a new key's text: no browser or proxy keeps a copy to show again.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return render(code, client, model, response);
    }

    @PostMapping("/centers/{code}/open311")
    String create(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "60") String perMinute,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CenterPages.code(code);
        if (!CHANNELS.containsKey(channel)
                || label.isBlank()
                || !perMinute.strip().matches("\\d{1,4}")) {
            model.addAttribute("error", "请选择渠道、填写对接系统的名称，每分钟次数为 1–6000 的整数。");
            response.setStatus(400);
            String view = render(code, client, model, response);
            response.setStatus(400);
            return view;
        }
        try {
            Map<String, Object> created = gateway.post(
                    client,
                    uri -> uri.path("/api/cases/open311-keys").build(),
                    Map.of(
                            "channel",
                            channel,
                            "label",
                            label.strip(),
                            "perMinute",
                            Integer.parseInt(perMinute.strip())));
            redirect.addFlashAttribute("newKey", created.get("apiKey"));
            redirect.addFlashAttribute("newKeyChannel", CHANNELS.get(channel));
            redirect.addFlashAttribute("newKeyLabel", label.strip());
            return "redirect:/centers/" + code + "/open311";
        } catch (ApiException e) {
            return refused(e, "open311-create", code, client, model, response);
        }
    }

    @PostMapping("/centers/{code}/open311/{id}/revoke")
    String revoke(
            @PathVariable String code,
            @PathVariable String id,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CenterPages.code(code);
        try {
            Map<String, Object> revoked = gateway.post(
                    client,
                    uri -> uri.path("/api/cases/open311-keys/{id}/revoke").build(id),
                    Map.of());
            redirect.addFlashAttribute("done", "已吊销「" + revoked.get("label") + "」的密钥，使用该密钥的请求将被拒绝（403）。");
            return "redirect:/centers/" + code + "/open311";
        } catch (ApiException e) {
            return refused(e, "open311-revoke", code, client, model, response);
        }
    }

    private String refused(
            ApiException e,
            String step,
            String code,
            OAuth2AuthorizedClient client,
            Model model,
            HttpServletResponse response) {
        String sentence = switch (e.status()) {
            case 400 -> "请检查渠道、名称和每分钟次数（1–6000）：" + e.detail();
            case 403 -> "只有本中心的管理员可以管理开放接口的密钥。";
            case 404 -> "该密钥不存在或不属于本中心。";
            default -> "暂时无法办理，请稍后再试。";
        };
        CenterPages.refused(e, step, sentence, model, response);
        int status = response.getStatus();
        String view = render(code, client, model, response);
        response.setStatus(status);
        return view;
    }

    private String render(String code, OAuth2AuthorizedClient client, Model model, HttpServletResponse response) {
        CenterPages.center(gateway, client, code, model);
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("jurisdiction", code);
        model.addAttribute(
                "endpoint",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/open311/v2/")
                        .build()
                        .toUriString());
        Me me = model.getAttribute("me") instanceof Me m ? m : null;
        if (me == null || !code.equals(me.tenant())) {
            model.addAttribute("keys", null);
            model.addAttribute("notOwn", true);
            response.setStatus(403);
            return "centers/open311";
        }
        try {
            List<Map<String, Object>> keys = gateway.list(
                    client, uri -> uri.path("/api/cases/open311-keys").build());
            for (Map<String, Object> k : keys) {
                k.put(
                        "channelName",
                        CHANNELS.getOrDefault(String.valueOf(k.get("channel")), String.valueOf(k.get("channelLabel"))));
                k.put("active", "ACTIVE".equals(k.get("state")));
            }
            model.addAttribute("keys", keys);
        } catch (ApiException e) {
            CenterPages.refused(e, "open311-list", "只有本中心的管理员可以管理开放接口的密钥。", model, response);
            model.addAttribute("keys", null);
        }
        return "centers/open311";
    }
}
