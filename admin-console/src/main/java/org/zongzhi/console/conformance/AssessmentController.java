package org.zongzhi.console.conformance;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import org.zongzhi.console.domain.Radar;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * One assessment sheet: the center's self-assessment (one card per item, grouped by dimension, with its
 * rule, the platform's computed value, the answer and evidence photos), the parent's inspection (a
 * verdict per item, return, review, finalisation, rectification tasks), and the scorecard.
 */
@Controller
class AssessmentController {

    private final Gateway gateway;
    private final Directory directory;

    AssessmentController(Gateway gateway, Directory directory) {
        this.gateway = gateway;
        this.directory = directory;
    }

    @GetMapping("/conformance/assessments/{id}")
    String show(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            Model model) {
        return page(client, me, id, model);
    }

    /** Saves one item's answer and, when a file came with it, its evidence. */
    @PostMapping("/conformance/assessments/{id}/items/{code}")
    String answer(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormValues form = new FormValues(params);
        String step = "保存";
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            if (form.value("met") != null) {
                body.put("met", "true".equals(form.value("met")));
            }
            if (form.value("number") != null) {
                try {
                    body.put("number", new java.math.BigDecimal(form.value("number")));
                } catch (NumberFormatException e) {
                    throw new ApiException(400, null, "number", "not a number", Map.of());
                }
            }
            if (params.containsKey("members") || params.containsKey("membersShown")) {
                body.put(
                        "members",
                        form.all("members").stream().filter(m -> !m.isEmpty()).toList());
            }
            if (form.value("note") != null) {
                body.put("note", form.value("note"));
            }
            if (!body.isEmpty()) {
                gateway.put(
                        client,
                        uri -> uri.path("/api/tenants/assessments/{id}/items/{code}")
                                .build(id, code),
                        body);
            }
            if (file != null && !file.isEmpty()) {
                step = "上传佐证";
                gateway.upload(
                        client,
                        uri -> uri.path("/api/tenants/assessments/{id}/items/{code}/evidence")
                                .build(id, code),
                        file.getOriginalFilename(),
                        file.getContentType(),
                        bytes(file));
            }
            redirect.addFlashAttribute("done", "已保存：" + form.valueOr("title", code));
            return "redirect:/conformance/assessments/" + id + "#item-" + code;
        } catch (ApiException e) {
            Pages.refused(e, step, code, model, response);
        }
        model.addAttribute("form", form);
        return page(client, me, id, model);
    }

    /** Takes a wrongly uploaded file off an item (it stays on record; the history says who withdrew it). */
    @PostMapping("/conformance/assessments/{id}/items/{code}/evidence/{fileId}/withdrawal")
    String withdraw(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            @PathVariable String code,
            @PathVariable long fileId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            gateway.delete(
                    client,
                    uri -> uri.path("/api/tenants/assessments/{id}/items/{code}/evidence/{file}")
                            .build(id, code, fileId));
            redirect.addFlashAttribute("done", "已撤回佐证材料");
            return "redirect:/conformance/assessments/" + id + "#item-" + code;
        } catch (ApiException e) {
            Pages.refused(e, "撤回佐证", code, model, response);
        }
        return page(client, me, id, model);
    }

    @PostMapping("/conformance/assessments/{id}/submission")
    String submit(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(client, me, id, "/submission", body("note", note), "提交自评", "submit", model, redirect, response);
    }

    @PostMapping("/conformance/assessments/{id}/items/{code}/verdict")
    String verdict(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormValues form = new FormValues(params);
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("verdict", form.value("verdict"));
            body.put("reason", form.value("reason"));
            gateway.put(
                    client,
                    uri -> uri.path("/api/tenants/assessments/{id}/items/{code}/verdict")
                            .build(id, code),
                    body);
            redirect.addFlashAttribute("done", "已记录审核意见：" + form.valueOr("title", code));
            return "redirect:/conformance/assessments/" + id + "#item-" + code;
        } catch (ApiException e) {
            Pages.refused(e, "审核意见", code, model, response);
        }
        model.addAttribute("form", form);
        return page(client, me, id, model);
    }

    @PostMapping("/conformance/assessments/{id}/return")
    String giveBack(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            @RequestParam(required = false) String comment,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(client, me, id, "/return", body("comment", comment), "退回修改", "return", model, redirect, response);
    }

    @PostMapping("/conformance/assessments/{id}/review")
    String review(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            @RequestParam(required = false) String confirmRest,
            @RequestParam(required = false) String comment,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, Object> body = body("comment", comment);
        body.put("confirmRest", confirmRest != null);
        return step(client, me, id, "/review", body, "审核完成", "review", model, redirect, response);
    }

    @PostMapping("/conformance/assessments/{id}/finalization")
    String finalise(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(client, me, id, "/finalization", null, "定稿", "finalize", model, redirect, response);
    }

    /** The round owner fills in the computed items now instead of waiting for the cutoff. */
    @PostMapping("/conformance/assessments/{id}/computation")
    String compute(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            @RequestParam long round,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/assessments/rounds/{round}/computation")
                            .build(round),
                    null);
            redirect.addFlashAttribute("done", "已完成平台计算项");
            return "redirect:/conformance/assessments/" + id;
        } catch (ApiException e) {
            Pages.refused(e, "平台计算", "compute", model, response);
        }
        return page(client, me, id, model);
    }

    @PostMapping("/conformance/assessments/{id}/rectifications")
    String rectify(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormValues form = new FormValues(params);
        String item = form.value("item");
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("item", item);
            body.put("workingDays", Integer.parseInt(form.valueOr("workingDays", "10")));
            if (form.value("requirement") != null) {
                body.put("requirement", form.value("requirement"));
            }
            Map<String, Object> task = gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/assessments/{id}/rectifications")
                            .build(id),
                    body);
            redirect.addFlashAttribute("done", "已下发整改任务");
            if (task.get("task") instanceof Map<?, ?> t && t.get("id") != null) {
                return "redirect:/conformance/rectifications/" + t.get("id");
            }
            return "redirect:/conformance/assessments/" + id;
        } catch (NumberFormatException e) {
            model.addAttribute("error", "「整改期限（工作日）」应为 1 到 60 之间的整数。");
            model.addAttribute("errorAt", "rectify-" + item);
            response.setStatus(400);
        } catch (ApiException e) {
            Pages.refused(e, "下发整改", "rectify-" + item, model, response);
        }
        model.addAttribute("form", form);
        return page(client, me, id, model);
    }

    @GetMapping("/conformance/assessments/{id}/scorecard")
    String scorecard(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @PathVariable long id,
            Model model) {
        Map<String, Object> card = gateway.object(
                client,
                uri -> uri.path("/api/tenants/assessments/{id}/scorecard").build(id));
        model.addAttribute("card", card);
        Map<?, ?> scorecard = card.get("scorecard") instanceof Map<?, ?> s ? s : Map.of();
        List<Map<String, Object>> dimensions = maps(scorecard.get("dimensions"));
        List<Map<String, Object>> items = maps(scorecard.get("items"));
        List<Radar.Spoke> spokes = dimensions.stream()
                .map(d -> new Radar.Spoke(Pages.text(d.get("name")), (Number) d.get("percent")))
                .toList();
        model.addAttribute("radar", Radar.svg("各维度得分率", spokes));
        model.addAttribute(
                "groups",
                Conformance.byDimension(
                        dimensions.stream()
                                .map(d -> Pages.text(d.get("dimension")))
                                .toList(),
                        items,
                        i -> Pages.text(i.get("dimension"))));
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        dimensions.forEach(d -> byCode.put(Pages.text(d.get("dimension")), d));
        model.addAttribute("dimensions", byCode);
        Map<String, Object> previous = new LinkedHashMap<>();
        if (card.get("previous") instanceof Map<?, ?> p) {
            for (Map<String, Object> line : maps(p.get("items"))) {
                previous.put(Pages.text(line.get("item")), line.get("previousAwarded"));
            }
        }
        model.addAttribute("previousAwarded", previous);
        return "conformance/scorecard";
    }

    /** An evidence file, streamed through the console with the API's content type. */
    @GetMapping("/conformance/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client, @PathVariable String fileId) {
        Gateway.Download file = gateway.bytes(
                client,
                uri -> uri.path("/api/tenants/assessments/evidence/{fileId}").build(fileId));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, file.contentType());
        if (file.disposition() != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, file.disposition());
        }
        return answer.header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    private String step(
            OAuth2AuthorizedClient client,
            Me me,
            long id,
            String path,
            Object body,
            String label,
            String at,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/assessments/{id}" + path).build(id),
                    body);
            redirect.addFlashAttribute("done", "已办理：" + label);
            return "redirect:/conformance/assessments/" + id;
        } catch (ApiException e) {
            Pages.refused(e, label, at, model, response);
        }
        return page(client, me, id, model);
    }

    private String page(OAuth2AuthorizedClient client, Me me, long id, Model model) {
        Map<String, Object> sheet = gateway.object(
                client, uri -> uri.path("/api/tenants/assessments/{id}").build(id));
        model.addAttribute("sheet", sheet);
        String center = Pages.text(sheet.get("center"));
        String status = Pages.text(sheet.get("status"));
        boolean admin = me != null && me.can("admin");
        boolean own = admin && center != null && center.equals(me.tenant());
        boolean parent = admin && me.tenant() != null && me.tenant().equals(Conformance.parentOf(center));
        model.addAttribute("editable", own && ("OPEN".equals(status) || "RETURNED".equals(status)));
        model.addAttribute("inspecting", parent && "SUBMITTED".equals(status));
        model.addAttribute("reviewed", parent && "REVIEWED".equals(status));
        model.addAttribute("rectifying", parent && ("REVIEWED".equals(status) || "FINAL".equals(status)));
        model.addAttribute("returnable", parent && ("SUBMITTED".equals(status) || "REVIEWED".equals(status)));

        Object version = sheet.get("standardVersion");
        Map<String, Object> standard = Pages.objectOrNull(() -> gateway.object(
                client, uri -> uri.path("/api/tenants/standards/{n}").build(version)));
        Map<String, String> dimensionNames = new LinkedHashMap<>();
        if (standard != null && standard.get("document") instanceof Map<?, ?> document) {
            for (Map<String, Object> d : maps(document.get("dimensions"))) {
                dimensionNames.put(Pages.text(d.get("code")), d.get("group") + " · " + d.get("name"));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<?, ?> entries = sheet.get("entries") instanceof Map<?, ?> e ? e : Map.of();
        int answered = 0;
        for (Map<String, Object> applied : maps(sheet.get("items"))) {
            Map<?, ?> item = applied.get("item") instanceof Map<?, ?> i ? i : Map.of();
            String code = Pages.text(item.get("code"));
            Map<String, Object> row = new LinkedHashMap<>(applied);
            Object entry = entries.get(code);
            row.put("code", code);
            row.put("entry", entry instanceof Map<?, ?> ? entry : unanswered(code));
            String kind = Pages.text(item.get("kind"));
            boolean selfAssessed = "DECLARATION".equals(kind) || "THRESHOLD".equals(kind) || "SET".equals(kind);
            row.put("selfAssessed", selfAssessed);
            if (entry instanceof Map<?, ?> en && en.get("self") != null) {
                answered++;
            }
            rows.add(row);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String origin = Pages.text(row.get("origin"));
            if (origin != null && !"province".equals(origin)) {
                names.computeIfAbsent(origin, code -> directory.name(client, code));
            }
        }
        model.addAttribute("names", names);
        model.addAttribute("answered", answered);
        model.addAttribute(
                "selfAssessedCount",
                rows.stream()
                        .filter(r -> Boolean.TRUE.equals(r.get("selfAssessed")))
                        .count());
        model.addAttribute(
                "groups",
                Conformance.byDimension(
                        new ArrayList<>(dimensionNames.keySet()),
                        rows,
                        r -> Pages.text(((Map<?, ?>) r.get("item")).get("dimension"))));
        model.addAttribute("dimensionNames", dimensionNames);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", FormValues.EMPTY);
        }
        return "conformance/assessment";
    }

    /** An item nobody has answered yet, shaped as the API's {@code Entry} so the page reads it the same way. */
    private static Map<String, Object> unanswered(String code) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("item", code);
        for (String field : List.of("self", "note", "verdict", "verdictReason", "computed")) {
            entry.put(field, null);
        }
        entry.put("evidence", List.of());
        return entry;
    }

    private static Map<String, Object> body(String name, String value) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (value != null && !value.isBlank()) {
            body.put(name, value.strip());
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        if (!(list instanceof List<?> l)) {
            return List.of();
        }
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Map<?, ?> m) {
                maps.add((Map<String, Object>) m);
            }
        }
        return maps;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
