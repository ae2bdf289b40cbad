package org.zongzhi.console.conformance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.zongzhi.console.Me;
import org.zongzhi.console.domain.Conformance;
import org.zongzhi.console.domain.Labels;
import org.zongzhi.console.domain.Numbers;
import org.zongzhi.console.domain.Xlsx;
import org.zongzhi.console.gateway.Gateway;

/**
 * 达标 home: the rounds that reach the person's center, its sheets to fill in, the subtree's submitted
 * sheets to inspect, open rectification tasks by colour; and the ranking with 达标率 and its Excel export.
 */
@Controller
class ConformanceController {

    private static final Set<String> LEVELS = Set.of("CITY", "COUNTY", "TOWNSHIP", "VILLAGE");

    private final Gateway gateway;

    private final org.zongzhi.console.gateway.ExportLog exports;

    ConformanceController(Gateway gateway, org.zongzhi.console.gateway.ExportLog exports) {
        this.gateway = gateway;
        this.exports = exports;
    }

    @GetMapping("/conformance")
    String home(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            Model model) {
        String center = me == null ? null : me.tenant();
        model.addAttribute(
                "rounds",
                Pages.listOrEmpty(() -> gateway.list(
                        client,
                        uri -> uri.path("/api/tenants/assessments/rounds").build())));
        List<Map<String, Object>> own = new ArrayList<>();
        List<Map<String, Object>> toInspect = new ArrayList<>();
        List<Map<String, Object>> recent = Pages.listOrEmpty(() -> gateway.list(
                client,
                uri -> uri.path("/api/tenants/assessments")
                        .queryParam("size", 200)
                        .build()));
        for (Map<String, Object> a : recent) {
            String of = Pages.text(a.get("center"));
            if (of != null && of.equals(center)) {
                own.add(a);
            } else if ("SUBMITTED".equals(a.get("status")) || "REVIEWED".equals(a.get("status"))) {
                toInspect.add(a);
            }
        }
        model.addAttribute("own", own);
        model.addAttribute("toInspect", toInspect);
        model.addAttribute(
                "tasks",
                Pages.listOrEmpty(() -> gateway.list(
                                client,
                                uri -> uri.path("/api/tenants/assessments/rectifications")
                                        .build()))
                        .stream()
                        .filter(t -> t.get("task") instanceof Map<?, ?> task && !"VERIFIED".equals(task.get("status")))
                        .toList());
        return "conformance/home";
    }

    @GetMapping("/conformance/ranking")
    String ranking(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @RequestParam(required = false) String root,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer version,
            Model model) {
        Ranking ranking = ranking(client, me, root, level, version);
        model.addAttribute("r", ranking);
        model.addAttribute("levels", List.of("CITY", "COUNTY", "TOWNSHIP", "VILLAGE"));
        model.addAttribute("versions", ranking.versions());
        return "conformance/ranking";
    }

    @GetMapping("/conformance/ranking.xlsx")
    ResponseEntity<byte[]> rankingWorkbook(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            @RequestParam(required = false) String root,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer version) {
        long started = System.nanoTime();
        Ranking r = ranking(client, me, root, level, version);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("排名", "中心代码", "中心名称", "得分", "满分", "得分率（%）", "等级", "是否达标"));
        for (Map<String, Object> c : r.centers()) {
            rows.add(java.util.Arrays.asList(
                    c.get("rank"),
                    Pages.text(c.get("center")),
                    c.get("name"),
                    c.get("awarded"),
                    c.get("points"),
                    c.get("percent"),
                    c.get("grade"),
                    Boolean.TRUE.equals(c.get("passing")) ? "达标" : "未达标"));
        }
        rows.add(List.of());
        rows.add(List.of("下级中心", "中心代码", "参评数", "达标数", "达标率（%）"));
        for (Map<String, Object> c : r.children()) {
            rows.add(java.util.Arrays.asList(
                    c.get("name"), Pages.text(c.get("center")), c.get("assessed"), c.get("passing"), c.get("rate")));
        }
        byte[] workbook = Xlsx.of(Labels.level(r.level()) + "排名", rows);
        var filters = new java.util.LinkedHashMap<String, Object>();
        filters.put("root", r.root());
        filters.put("level", r.level());
        filters.put("version", r.version());
        exports.record(
                client, "ranking", filters, r.centers().size() + r.children().size(), true, started);
        String filename = "达标排名-" + r.root() + "-" + r.level() + "-第" + r.version() + "版.xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, Xlsx.CONTENT_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ranking.xlsx\"; filename*=UTF-8''"
                                + URLEncoder.encode(filename, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .body(workbook);
    }

    /** A ranking as both the page and the workbook show it. */
    record Ranking(
            String root,
            String level,
            Integer version,
            long total,
            List<Map<String, Object>> centers,
            Map<String, Object> rate,
            List<Map<String, Object>> children,
            List<Map<String, Object>> versions) {

        public String percentOf(Object value) {
            return value instanceof Number n ? Conformance.plain(n) + "%" : Numbers.NONE;
        }
    }

    private Ranking ranking(OAuth2AuthorizedClient client, Me me, String root, String level, Integer version) {
        String r = root != null && root.matches("\\d{2,12}") ? root : me == null ? "14" : me.tenant();
        String l = level != null && LEVELS.contains(level) ? level : Conformance.levelBelow(r);
        List<Map<String, Object>> versions = ChildrenConformance.rankable(gateway, client);
        Integer v = version;
        if (v == null) {
            v = ChildrenConformance.defaultVersion(versions);
            v = v == null ? 1 : v;
        }
        int n = v;
        Map<String, Object> ranking = gateway.object(
                client,
                uri -> uri.path("/api/tenants/assessments/ranking")
                        .queryParam("root", r)
                        .queryParam("level", l)
                        .queryParam("version", n)
                        .queryParam("size", 1000)
                        .build());
        Map<String, Object> rate = gateway.object(
                client,
                uri -> uri.path("/api/tenants/assessments/conformance-rate")
                        .queryParam("root", r)
                        .queryParam("version", n)
                        .queryParam("level", l)
                        .build());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> centers =
                ranking.get("centers") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children =
                rate.get("children") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        long total = ranking.get("total") instanceof Number t ? t.longValue() : centers.size();
        return new Ranking(r, l, n, total, centers, rate, children, versions);
    }
}
