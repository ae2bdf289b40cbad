package org.zongzhi.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.zongzhi.console.conformance.ChildrenConformance;
import org.zongzhi.console.domain.Dashboard;
import org.zongzhi.console.domain.Labels;
import org.zongzhi.console.domain.Period;
import org.zongzhi.console.domain.TileMap;
import org.zongzhi.console.domain.Xlsx;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;
import org.zongzhi.platform.tenancy.TenantCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 统计 · 数据驾驶舱: a center's measures over a period in China time with their change against the period
 * before, the trend, breakdowns, high-frequency problems and group-dispute warnings, and every child center
 * in a sortable ranking with drill-down to the village. All numbers are search-service's, read with the
 * signed-in person's token, so the page shows only what their center may see.
 */
@Controller
class NumbersController {

    private static final ExecutorService CALLS = Executors.newVirtualThreadPerTaskExecutor();

    private final Gateway gateway;
    private final Directory directory;
    private final Vocabulary vocabulary;
    private final ChildrenConformance conformance;
    private final org.zongzhi.console.gateway.ExportLog exports;
    private final JsonMapper json = JsonMapper.builder().build();

    NumbersController(
            Gateway gateway,
            Directory directory,
            Vocabulary vocabulary,
            ChildrenConformance conformance,
            org.zongzhi.console.gateway.ExportLog exports) {
        this.exports = exports;
        this.gateway = gateway;
        this.directory = directory;
        this.vocabulary = vocabulary;
        this.conformance = conformance;
    }

    /** What the page asked for. */
    public record Ask(String center, Period period, String sort, boolean descending, boolean wall, String colour) {

        /** This page's link with some parameters changed (an empty value removes one). */
        public String query(Map<String, String> changes) {
            return link("/numbers", changes);
        }

        public String workbook() {
            return link("/numbers.xlsx", Map.of("view", ""));
        }

        private String link(String path, Map<String, String> changes) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("center", center);
            params.put("period", period.kind());
            if (period.kind().equals("custom")) {
                params.put("from", period.from().toString());
                params.put("to", period.to().toString());
            }
            if (sort != null) {
                params.put("sort", sort);
                params.put("dir", descending ? "desc" : "asc");
            }
            if (wall) {
                params.put("view", "wall");
            }
            if (colour != null) {
                params.put("colour", colour);
            }
            params.putAll(changes);
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
            params.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    link.queryParam(k, v);
                }
            });
            return link.encode().build().toUriString();
        }

        /** The ranking header's link: by this measure, best first; a second click turns the order round. */
        public String sortLink(String key) {
            boolean desc = !key.equals(sort) || !descending;
            return query(Map.of("sort", key, "dir", desc ? "desc" : "asc"));
        }

        public String drill(String code) {
            var changes = new LinkedHashMap<String, String>();
            changes.put("center", code);
            changes.put("sort", null);
            changes.put("dir", null);
            return query(changes);
        }

        public String periodLink(String kind) {
            var changes = new LinkedHashMap<String, String>();
            changes.put("period", kind);
            changes.put("from", null);
            changes.put("to", null);
            return query(changes);
        }

        /** The list of cases behind a number of this period: found in it, within this center (or a child). */
        public String cases(String code, String facet, String value) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/cases")
                    .queryParam("center", code)
                    .queryParam("createdFrom", period.from().toString())
                    .queryParam("createdTo", period.to().toString());
            if (facet != null && value != null) {
                link.queryParam(facet, value);
            }
            return link.queryParam("sort", "newest").encode().build().toUriString();
        }
    }

    @GetMapping("/numbers")
    String numbers(
            @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(required = false) String center,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String colour,
            Model model) {
        Ask ask = ask(user, center, period, from, to, sort, dir, view, colour);
        String code = ask.center();
        TenantCode shown = TenantCode.of(code);
        boolean village = shown.level() == TenantCode.Level.VILLAGE;
        Period p = ask.period();

        // the trend and the breakdowns carry only what their charts show (detail=basic: a fraction of the work)
        var current = call(() -> stats(client, code, p, p.trendStep(), "basic"));
        var before = call(() -> stats(client, code, p.previous(), "none"));
        // every measure once: the overall figures with the children's (a village: the overall alone)
        var whole = call(() -> stats(client, code, p, village ? "none" : "child"));
        var children = village ? null : call(() -> directory.children(client, code));
        var byCategory = call(() -> stats(client, code, p, "category", "basic"));
        var byChannel = call(() -> stats(client, code, p, "channel", "basic"));
        var byRisk = call(() -> stats(client, code, p, "risk", "basic"));
        var trends = call(() -> gateway.list(
                client,
                uri -> uri.path("/api/search/trends")
                        .queryParam("center", code)
                        .queryParam("days", 30)
                        .build()));
        var alerts = call(() -> gateway.list(
                client,
                uri -> uri.path("/api/search/alerts")
                        .queryParam("center", code)
                        .queryParam("days", 7)
                        .queryParam("threshold", 5)
                        .build()));
        var name = call(() -> directory.name(client, code));
        var standings = village ? null : call(() -> conformance.of(client, code));

        Map<String, Object> overall = overall(join(whole));
        Map<String, Object> previous = overall(join(before));
        List<Dashboard.Row> rows = village
                ? List.of()
                : Dashboard.sorted(
                        Dashboard.children(join(children), groups(join(whole))), ask.sort(), ask.descending());

        model.addAttribute("ask", ask);
        model.addAttribute("period", p);
        model.addAttribute("kinds", Period.KINDS);
        Map<String, String> kindLabels = new LinkedHashMap<>();
        Period.KINDS.forEach(
                k -> kindLabels.put(k, Period.of(k, null, null, p.to()).label()));
        model.addAttribute("kindLabels", kindLabels);
        model.addAttribute("centerCode", code);
        model.addAttribute("centerName", join(name));
        model.addAttribute("levelName", Labels.level(shown.level().name()));
        model.addAttribute("village", village);
        // "back up" only while still below the person's own center
        String own = caller(user);
        boolean belowOwn = own != null && !code.equals(own) && shown.isWithin(TenantCode.of(own));
        model.addAttribute("parentCode", belowOwn ? shown.ancestors().getLast().value() : null);
        model.addAttribute("measures", Dashboard.MEASURES);
        model.addAttribute("rankingMeasures", Dashboard.RANKING);
        model.addAttribute("overall", overall);
        model.addAttribute(
                "deltas",
                Dashboard.MEASURES.stream()
                        .collect(
                                LinkedHashMap<String, Dashboard.Delta>::new,
                                (m, measure) -> m.put(
                                        measure.key(),
                                        Dashboard.delta(
                                                overall.get(measure.key()),
                                                previous.get(measure.key()),
                                                measure.rate())),
                                Map::putAll));
        model.addAttribute("rows", rows);
        Dashboard.Measure tileMeasure = Dashboard.measure(ask.colour() == null ? "resolutionRate" : ask.colour());
        model.addAttribute("tileMeasure", tileMeasure);
        model.addAttribute("tileChoices", Dashboard.RANKING);
        model.addAttribute("tiles", TileMap.of(code, rows, tileMeasure));
        model.addAttribute("standings", village ? new ChildrenConformance.Summary(null, Map.of()) : join(standings));
        List<Map<String, Object>> trend = groups(join(current));
        List<Map<String, Object>> categories = groups(join(byCategory));
        List<Map<String, Object>> channels = groups(join(byChannel));
        List<Map<String, Object>> risks = groups(join(byRisk));
        model.addAttribute("trend", trend);
        model.addAttribute("categories", categories);
        model.addAttribute("channels", channels);
        model.addAttribute("risks", risks);
        model.addAttribute("trends", join(trends));
        model.addAttribute("alerts", join(alerts));
        model.addAttribute("charts", charts(trend, categories, channels, risks, rows));
        return "numbers";
    }

    @GetMapping("/numbers.xlsx")
    ResponseEntity<byte[]> workbook(
            @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(required = false) String center,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        long started = System.nanoTime();
        Ask ask = ask(user, center, period, from, to, sort, dir, null, null);
        String code = ask.center();
        Period p = ask.period();
        Map<String, Object> overall = overall(stats(client, code, p, "none"));
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of("中心", directory.name(client, code), "代码", code));
        sheet.add(List.of("期间", p.label(), p.from().toString(), p.to().toString()));
        sheet.add(List.of());
        sheet.add(header("范围"));
        sheet.add(values("本中心（含下级）", overall));
        if (TenantCode.of(code).level() != TenantCode.Level.VILLAGE) {
            List<Dashboard.Row> rows = Dashboard.sorted(
                    Dashboard.children(directory.children(client, code), groups(stats(client, code, p, "child"))),
                    ask.sort(),
                    ask.descending());
            sheet.add(List.of());
            sheet.add(header("下级中心"));
            for (Dashboard.Row row : rows) {
                var cells = new ArrayList<Object>();
                cells.add(row.name() + "（" + row.code() + "）");
                for (Dashboard.Measure m : Dashboard.MEASURES) {
                    cells.add(cell(m, row.get(m.key())));
                }
                sheet.add(cells);
            }
        }
        var filters = new LinkedHashMap<String, Object>();
        filters.put("center", code);
        filters.put("from", p.from());
        filters.put("to", p.to());
        filters.put("sort", ask.sort());
        exports.record(client, "numbers", filters, sheet.size(), true, started);
        String filename = "统计-" + code + "-" + p.from() + "至" + p.to() + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, Xlsx.CONTENT_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"numbers.xlsx\"; filename*=UTF-8''"
                                + URLEncoder.encode(filename, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .body(Xlsx.of("统计", sheet));
    }

    private static List<Object> header(String first) {
        var cells = new ArrayList<Object>();
        cells.add(first);
        Dashboard.MEASURES.forEach(m -> cells.add(m.label() + (m.rate() ? "（%）" : "")));
        return cells;
    }

    private static List<Object> values(String first, Map<String, Object> measures) {
        var cells = new ArrayList<Object>();
        cells.add(first);
        Dashboard.MEASURES.forEach(m -> cells.add(cell(m, measures.get(m.key()))));
        return cells;
    }

    /** A rate as a percentage with one decimal, as on the screen; a missing value as an empty cell. */
    private static Object cell(Dashboard.Measure m, Object value) {
        if (!(value instanceof Number n)) {
            return null;
        }
        if (m.rate()) {
            return Math.round(n.doubleValue() * 1000) / 10.0;
        }
        return m.key().equals("averageCycleDays") ? Math.round(n.doubleValue() * 10) / 10.0 : n;
    }

    private Ask ask(
            OidcUser user,
            String center,
            String period,
            LocalDate from,
            LocalDate to,
            String sort,
            String dir,
            String view,
            String colour) {
        String code = center == null || center.isBlank() ? caller(user) : center.strip();
        if (!TenantCode.isValid(code)) {
            throw new ApiException(404, "not-found", null, "not a center code: " + code, Map.of());
        }
        String kind = period == null && (from != null || to != null) ? "custom" : period;
        return new Ask(
                code,
                Period.of(kind, from, to, Period.today()),
                Dashboard.measure(sort) == null ? null : sort,
                !"asc".equals(dir),
                "wall".equals(view),
                Dashboard.measure(colour) == null ? null : colour);
    }

    private static String caller(OidcUser user) {
        return user.getClaimAsString("tenant");
    }

    private Map<String, Object> stats(OAuth2AuthorizedClient client, String code, Period p, String groupBy) {
        return stats(client, code, p, groupBy, "all");
    }

    private Map<String, Object> stats(
            OAuth2AuthorizedClient client, String code, Period p, String groupBy, String detail) {
        return gateway.object(client, uri -> statsUri(uri, code, p, groupBy, detail));
    }

    private static URI statsUri(UriBuilder uri, String code, Period p, String groupBy, String detail) {
        return uri.path("/api/search/stats")
                .queryParam("center", code)
                .queryParam("from", p.from().toString())
                .queryParam("to", p.to().toString())
                .queryParam("groupBy", groupBy)
                .queryParam("detail", detail)
                .build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> overall(Map<String, Object> report) {
        return report.get("overall") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> report) {
        if (report == null || !(report.get("groups") instanceof List<?> groups)) {
            return List.of();
        }
        return groups.stream()
                .filter(Map.class::isInstance)
                .map(g -> (Map<String, Object>) g)
                .toList();
    }

    /**
     * The charts' data, drawn by {@code dashboard.js} with ECharts; each chart's numbers are also a table on
     * the page, and the browser test compares the two.
     */
    private Map<String, String> charts(
            List<Map<String, Object>> trend,
            List<Map<String, Object>> categories,
            List<Map<String, Object>> channels,
            List<Map<String, Object>> risks,
            List<Dashboard.Row> rows) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put(
                "trend",
                json.writeValueAsString(Map.of(
                        "type",
                        "line",
                        "labels",
                        trend.stream().map(g -> g.get("key")).toList(),
                        "series",
                        List.of(
                                series("受理总量", trend, "found"),
                                series("化解数", trend, "resolved"),
                                series("办结数", trend, "closed")))));
        charts.put("category", bar(categories, "category"));
        charts.put(
                "channel",
                json.writeValueAsString(Map.of(
                        "type",
                        "pie",
                        "labels",
                        labels(channels, "channel"),
                        "series",
                        List.of(series("受理总量", channels, "found")))));
        charts.put("risk", bar(risks, "risk"));
        charts.put(
                "children",
                json.writeValueAsString(Map.of(
                        "type",
                        "treemap",
                        "items",
                        rows.stream()
                                .filter(Dashboard.Row::hasCases)
                                .map(r -> Map.of(
                                        "name",
                                        r.name(),
                                        "code",
                                        r.code(),
                                        "value",
                                        r.get("found"),
                                        "rate",
                                        r.get("resolutionRate") == null ? -1 : r.get("resolutionRate")))
                                .toList())));
        return charts;
    }

    private String bar(List<Map<String, Object>> groups, String kind) {
        return json.writeValueAsString(Map.of(
                "type", "bar", "labels", labels(groups, kind), "series", List.of(series("受理总量", groups, "found"))));
    }

    private List<String> labels(List<Map<String, Object>> groups, String kind) {
        return groups.stream().map(g -> vocabulary.label(kind, g.get("key"))).toList();
    }

    private static Map<String, Object> series(String name, List<Map<String, Object>> groups, String key) {
        return Map.of(
                "name",
                name,
                "data",
                groups.stream()
                        .map(g -> g.get("measures") instanceof Map<?, ?> m && m.get(key) != null ? m.get(key) : 0)
                        .toList());
    }

    private static <T> CompletableFuture<T> call(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, CALLS);
    }

    /** The answer of a call made alongside the others; the API's refusal comes out as it was thrown. */
    private static <T> T join(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
