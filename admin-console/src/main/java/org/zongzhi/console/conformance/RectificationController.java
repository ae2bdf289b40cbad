package org.zongzhi.console.conformance;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zongzhi.console.Directory;
import org.zongzhi.console.Me;
import org.zongzhi.console.domain.Conformance;
import org.zongzhi.console.domain.FormValues;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 整改: the rectification tasks of the person's center and its subtree, unfinished first by due date with
 * 红黄蓝; a task's page where the center uploads evidence and submits, and the inspector who set it verifies.
 */
@Controller
class RectificationController {

    private static final Set<String> STATUSES = Set.of("OPEN", "SUBMITTED", "VERIFIED");

    private final Gateway gateway;
    private final Directory directory;

    RectificationController(Gateway gateway, Directory directory) {
        this.gateway = gateway;
        this.directory = directory;
    }

    @GetMapping("/conformance/rectifications")
    String list(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(required = false) String status,
            Model model) {
        String s = status != null && STATUSES.contains(status) ? status : null;
        model.addAttribute("status", s);
        model.addAttribute("statuses", List.of("OPEN", "SUBMITTED", "VERIFIED"));
        List<Map<String, Object>> tasks = gateway.list(client, uri -> {
            uri.path("/api/tenants/assessments/rectifications");
            if (s != null) {
                uri.queryParam("status", s);
            }
            return uri.build();
        });
        model.addAttribute("tasks", tasks);
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, Object> t : tasks) {
            if (t.get("task") instanceof Map<?, ?> task && task.get("center") != null) {
                names.computeIfAbsent(task.get("center").toString(), code -> directory.name(client, code));
            }
        }
        model.addAttribute("names", names);
        return "conformance/rectifications";
    }

    @GetMapping("/conformance/rectifications/{taskId}")
    String show(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long taskId,
            Model model) {
        return page(client, me, taskId, model);
    }

    @PostMapping("/conformance/rectifications/{taskId}/evidence")
    String upload(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long taskId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            if (file == null || file.isEmpty()) {
                throw new ApiException(400, null, "file", "no file", Map.of());
            }
            gateway.upload(
                    client,
                    uri -> uri.path("/api/tenants/assessments/rectifications/{id}/evidence")
                            .build(taskId),
                    file.getOriginalFilename(),
                    file.getContentType(),
                    bytes(file));
            redirect.addFlashAttribute("done", "已上传佐证：" + file.getOriginalFilename());
            return "redirect:/conformance/rectifications/" + taskId;
        } catch (ApiException e) {
            Pages.refused(e, "上传佐证", "evidence", model, response);
        }
        return page(client, me, taskId, model);
    }

    @PostMapping("/conformance/rectifications/{taskId}/submission")
    String submit(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long taskId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormValues form = new FormValues(params);
        Map<String, Object> body = new LinkedHashMap<>();
        if (form.value("note") != null) {
            body.put("note", form.value("note"));
        }
        return step(client, me, taskId, "/submission", body, "提交整改", "submit", form, model, redirect, response);
    }

    @PostMapping("/conformance/rectifications/{taskId}/verification")
    String verify(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long taskId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormValues form = new FormValues(params);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", "true".equals(form.value("accepted")));
        if (form.value("comment") != null) {
            body.put("comment", form.value("comment"));
        }
        String label = "true".equals(form.value("accepted")) ? "验收通过" : "退回整改";
        return step(client, me, taskId, "/verification", body, label, "verify", form, model, redirect, response);
    }

    private String step(
            OAuth2AuthorizedClient client,
            Me me,
            long taskId,
            String path,
            Object body,
            String label,
            String at,
            FormValues form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/assessments/rectifications/{id}" + path)
                            .build(taskId),
                    body);
            redirect.addFlashAttribute("done", "已办理：" + label);
            return "redirect:/conformance/rectifications/" + taskId;
        } catch (ApiException e) {
            Pages.refused(e, label, at, model, response);
        }
        model.addAttribute("form", form);
        return page(client, me, taskId, model);
    }

    private String page(OAuth2AuthorizedClient client, Me me, long taskId, Model model) {
        Map<String, Object> t = gateway.object(
                client,
                uri -> uri.path("/api/tenants/assessments/rectifications/{id}").build(taskId));
        model.addAttribute("t", t);
        Map<?, ?> task = t.get("task") instanceof Map<?, ?> m ? m : Map.of();
        String center = Pages.text(task.get("center"));
        String status = Pages.text(task.get("status"));
        boolean admin = me != null && me.can("admin");
        boolean own = admin && center != null && center.equals(me.tenant());
        boolean inspector = admin
                && me.tenant() != null
                && (me.tenant().equals(Pages.text(task.get("inspector")))
                        || me.tenant().equals(Conformance.parentOf(center)));
        Object assessment = task.get("assessmentId");
        Map<String, Object> sheet = assessment == null
                ? null
                : Pages.objectOrNull(() -> gateway.object(
                        client, uri -> uri.path("/api/tenants/assessments/{id}").build(assessment)));
        String itemTitle = Pages.text(task.get("item"));
        if (sheet != null) {
            for (Map<String, Object> applied : AssessmentController.maps(sheet.get("items"))) {
                if (applied.get("item") instanceof Map<?, ?> item && itemTitle.equals(Pages.text(item.get("code")))) {
                    itemTitle = Pages.text(item.get("title"));
                }
            }
        }
        model.addAttribute("itemTitle", itemTitle);
        model.addAttribute("centerName", sheet == null ? center : sheet.get("centerName"));
        model.addAttribute("working", own && "OPEN".equals(status));
        model.addAttribute("verifying", inspector && "SUBMITTED".equals(status));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FormValues.EMPTY);
        }
        return "conformance/rectification";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
