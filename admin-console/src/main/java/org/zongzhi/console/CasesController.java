package org.zongzhi.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.zongzhi.console.domain.Highlight;
import org.zongzhi.console.domain.ProblemText;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;
import org.zongzhi.platform.xlsx.XlsxStream;

/** 案件: the search over the cases the user's center may see, and one case with its timeline. */
@Controller
class CasesController {

    static final int PAGE_SIZE = 20;
    /** Elasticsearch answers at most this many hits by paging. */
    static final int MAX_WINDOW = 10_000;

    static final List<String> FACETS = List.of("status", "category", "risk", "warning");

    private final Gateway gateway;

    private final Directory directory;

    CasesController(Gateway gateway, Directory directory) {
        this.gateway = gateway;
        this.directory = directory;
    }

    @GetMapping("/cases")
    String search(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String risk,
            @RequestParam(required = false) String warning,
            @RequestParam(required = false) String center,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String createdFrom,
            @RequestParam(required = false) String createdTo,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Filters filters = new Filters(
                q,
                status,
                category,
                risk,
                warning,
                new Scope(center, channel, createdFrom, createdTo),
                sort,
                Math.max(0, page));
        model.addAttribute("filters", filters);
        model.addAttribute("facetNames", FACETS);
        String scoped = filters.scope().center();
        model.addAttribute("centerNames", scoped == null ? Map.of() : Map.of(scoped, directory.name(client, scoped)));
        try {
            Map<String, Object> result = gateway.object(client, uri -> {
                uri.path("/api/search/cases");
                filters.params().forEach(uri::queryParam);
                return uri.queryParam("size", PAGE_SIZE).build();
            });
            long total = result.get("total") instanceof Number n ? n.longValue() : 0;
            List<Map<String, Object>> rows = new ArrayList<>();
            if (result.get("items") instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> hit && hit.get("document") instanceof Map<?, ?> doc) {
                        rows.add(row(doc, hit.get("highlights")));
                    }
                }
            }
            long reachable = Math.min(total, MAX_WINDOW);
            int pages = (int) Math.max(1, (reachable + PAGE_SIZE - 1) / PAGE_SIZE);
            model.addAttribute("total", total);
            model.addAttribute("rows", rows);
            model.addAttribute("pages", pages);
            model.addAttribute("facets", facets(result.get("facets"), filters));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            model.addAttribute("error", ProblemText.of(e.status(), e.type(), e.field(), null, null));
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0);
            model.addAttribute("pages", 1);
            model.addAttribute("facets", facets(null, filters));
        }
        return "cases";
    }

    /**
     * 导出 Excel: every case of the search as the screen filters it (not only the pages shown), from
     * search-service's export, passed to the browser as it arrives; the search service audits it.
     */
    @GetMapping("/cases.xlsx")
    void export(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String risk,
            @RequestParam(required = false) String warning,
            @RequestParam(required = false) String center,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String createdFrom,
            @RequestParam(required = false) String createdTo,
            @RequestParam(required = false) String sort,
            HttpServletResponse response) {
        Filters filters = new Filters(
                q, status, category, risk, warning, new Scope(center, channel, createdFrom, createdTo), sort, 0);
        gateway.stream(
                client,
                uri -> {
                    uri.path("/api/search/cases/export");
                    filters.params().forEach(uri::queryParam);
                    return uri.build();
                },
                MediaType.parseMediaType(XlsxStream.CONTENT_TYPE),
                (type, disposition, body) -> {
                    response.setContentType(type);
                    if (disposition != null) {
                        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
                    }
                    body.transferTo(response.getOutputStream());
                });
    }

    private static Map<String, Object> row(Map<?, ?> doc, Object highlights) {
        Map<String, Object> row = new LinkedHashMap<>();
        doc.forEach((k, v) -> row.put(String.valueOf(k), v));
        String titleHtml = Highlight.escape(
                doc.get("title") == null ? "" : doc.get("title").toString());
        if (highlights instanceof Map<?, ?> h) {
            Object title = h.get("title") != null ? h.get("title") : h.get("title.cjk");
            if (title instanceof List<?> fragments && !fragments.isEmpty() && fragments.get(0) != null) {
                titleHtml = Highlight.toSafeHtml(fragments.get(0).toString());
            }
        }
        row.put("titleHtml", titleHtml);
        return row;
    }

    /** Per facet: its buckets, with the selected value kept even when the answer left it out. */
    private static Map<String, List<Map<String, Object>>> facets(Object raw, Filters filters) {
        Map<String, List<Map<String, Object>>> facets = new LinkedHashMap<>();
        for (String name : FACETS) {
            List<Map<String, Object>> buckets = new ArrayList<>();
            if (raw instanceof Map<?, ?> all && all.get(name) instanceof List<?> list) {
                for (Object b : list) {
                    if (b instanceof Map<?, ?> bucket && bucket.get("value") != null) {
                        buckets.add(Map.of(
                                "value",
                                bucket.get("value").toString(),
                                "count",
                                bucket.get("count") == null ? 0 : bucket.get("count")));
                    }
                }
            }
            String selected = filters.get(name);
            if (selected != null && buckets.stream().noneMatch(b -> selected.equals(b.get("value")))) {
                buckets.add(Map.of("value", selected, "count", 0));
            }
            facets.put(name, buckets);
        }
        return facets;
    }

    /**
     * Where a list of cases comes from when a dashboard number links to it: a center's subtree, a channel,
     * the days they were taken in. Kept through the form as hidden fields.
     */
    public record Scope(String center, String channel, String createdFrom, String createdTo) {

        public static final Scope NONE = new Scope(null, null, null, null);

        public Scope {
            center = Filters.blankToNull(center);
            channel = Filters.blankToNull(channel);
            createdFrom = Filters.blankToNull(createdFrom);
            createdTo = Filters.blankToNull(createdTo);
        }

        public boolean any() {
            return center != null || channel != null || createdFrom != null || createdTo != null;
        }
    }

    /** The search form's state; builds the links of facets and pages. */
    public record Filters(
            String q, String status, String category, String risk, String warning, Scope scope, String sort, int page) {

        public Filters {
            q = blankToNull(q);
            status = blankToNull(status);
            category = blankToNull(category);
            risk = blankToNull(risk);
            warning = blankToNull(warning);
            scope = scope == null ? Scope.NONE : scope;
            sort = blankToNull(sort);
        }

        public String get(String name) {
            return params().get(name);
        }

        /** The query parameters, blanks left out. */
        Map<String, String> params() {
            Map<String, String> params = new LinkedHashMap<>();
            put(params, "q", q);
            put(params, "status", status);
            put(params, "category", category);
            put(params, "risk", risk);
            put(params, "warning", warning);
            put(params, "center", scope.center());
            put(params, "channel", scope.channel());
            put(params, "createdFrom", scope.createdFrom());
            put(params, "createdTo", scope.createdTo());
            put(params, "sort", sort);
            if (page > 0) {
                params.put("page", Integer.toString(page));
            }
            return params;
        }

        /** The Excel export of this search: the same filters, every page. */
        public String export() {
            Map<String, String> params = params();
            params.remove("page");
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/cases.xlsx");
            params.forEach(link::queryParam);
            return link.encode().build().toUriString();
        }

        /** The link with one parameter set (null or blank removes it); other changes go back to page one. */
        public String with(String name, Object value) {
            Map<String, String> params = params();
            if (!"page".equals(name)) {
                params.remove("page");
            }
            String v = value == null ? null : blankToNull(value.toString());
            if (v == null || ("page".equals(name) && "0".equals(v))) {
                params.remove(name);
            } else {
                params.put(name, v);
            }
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/cases");
            params.forEach(link::queryParam);
            return link.encode().build().toUriString();
        }

        private static void put(Map<String, String> params, String name, String value) {
            if (value != null) {
                params.put(name, value);
            }
        }

        static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
