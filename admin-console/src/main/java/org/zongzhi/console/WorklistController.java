package org.zongzhi.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.zongzhi.console.domain.ProblemText;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;
import org.zongzhi.platform.xlsx.XlsxStream;

/**
 * 待办: what waits for me or my center — cases I am responsible for, tasks assigned to me, transfers to
 * accept or return, supervision orders to answer — soonest due first, with the time left and its colour.
 * The filters live in the URL so a worklist can be bookmarked and shared.
 */
@Controller
class WorklistController {

    static final List<String> KINDS = List.of("RESPONSIBLE", "TASK", "TRANSFER", "SUPERVISION");
    private static final Set<String> SCOPES = Set.of("mine", "center");
    private static final int PAGE_SIZE = 30;

    /** The worklist API's largest page; an export asks at most this many pages (100,000 items). */
    private static final int EXPORT_PAGE = 100;

    private static final int MAX_EXPORT_PAGES = 1000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(WorklistController.class);

    private final Gateway gateway;
    private final ViewFormat format;

    private final org.zongzhi.console.gateway.ExportLog exports;

    WorklistController(Gateway gateway, ViewFormat format, org.zongzhi.console.gateway.ExportLog exports) {
        this.gateway = gateway;
        this.format = format;
        this.exports = exports;
    }

    @GetMapping("/worklist")
    String worklist(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String s = SCOPES.contains(scope) ? scope : "mine";
        String k = kind != null && KINDS.contains(kind) ? kind : null;
        int p = Math.max(0, page);
        model.addAttribute("scope", s);
        model.addAttribute("kind", k);
        model.addAttribute("page", p);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("links", new Links());
        try {
            Map<String, Object> answer = worklist(client, s, k, p, PAGE_SIZE);
            model.addAttribute("items", answer.getOrDefault("items", List.of()));
            model.addAttribute("counts", answer.getOrDefault("counts", Map.of()));
            model.addAttribute("hasNext", Boolean.TRUE.equals(answer.get("hasNext")));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            model.addAttribute("error", ProblemText.of(e.status(), e.type(), e.field(), null, null));
            model.addAttribute("items", List.of());
            model.addAttribute("counts", Map.of());
            model.addAttribute("hasNext", false);
        }
        return "worklist";
    }

    /**
     * 导出 Excel: the whole worklist of this scope and kind (every page of the worklist API, a hundred
     * items at a time), each row written as its page arrives. The worklist holds no personal data beyond
     * what the screen shows; the export is logged with the prefix search-service's audit uses.
     */
    @GetMapping("/worklist.xlsx")
    void export(
            @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) String kind,
            HttpServletResponse response)
            throws IOException {
        String s = SCOPES.contains(scope) ? scope : "mine";
        String k = kind != null && KINDS.contains(kind) ? kind : null;
        long started = System.nanoTime();
        Map<String, Object> first = worklist(client, s, k, 0, EXPORT_PAGE);
        response.setContentType(XlsxStream.CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("待办导出-" + LocalDate.now(CHINA) + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        long rows = 0;
        boolean completed = false;
        try (XlsxStream xlsx = XlsxStream.open(response.getOutputStream(), "待办", 16, 24, 40, 12, 18, 17, 30)) {
            xlsx.row(List.of("类型", "案件编号", "标题", "状态", "预警", "期限", "说明"));
            Map<String, Object> answer = first;
            for (int page = 0; ; ) {
                if (answer.get("items") instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> i) {
                            xlsx.row(Arrays.asList(
                                    format.worklistKind(i.get("kind")),
                                    i.get("code"),
                                    i.get("title"),
                                    format.label("status", i.get("status")),
                                    format.label("warning", i.get("warning") == null ? "NONE" : i.get("warning")),
                                    i.get("dueAt") == null ? null : format.minute(i.get("dueAt")),
                                    i.get("detail")));
                            rows++;
                        }
                    }
                }
                if (!Boolean.TRUE.equals(answer.get("hasNext")) || ++page > MAX_EXPORT_PAGES) {
                    break;
                }
                answer = worklist(client, s, k, page, EXPORT_PAGE);
            }
            completed = true;
        } finally {
            var filters = new java.util.LinkedHashMap<String, Object>();
            filters.put("scope", s);
            filters.put("kind", k);
            exports.record(client, "worklist", filters, rows, completed, started);
        }
    }

    Map<String, Object> worklist(OAuth2AuthorizedClient client, String scope, String kind, int page, int size) {
        return gateway.object(client, uri -> {
            uri.path("/api/cases/worklist")
                    .queryParam("scope", scope)
                    .queryParam("page", page)
                    .queryParam("size", size);
            if (kind != null) {
                uri.queryParam("kind", kind);
            }
            return uri.build();
        });
    }

    /** Links to the worklist with other filters, for the template. */
    public static final class Links {
        public String to(String scope, String kind, int page) {
            return link(scope, kind, page);
        }

        /** The Excel export of this scope and kind, every page. */
        public String export(String scope, String kind) {
            UriComponentsBuilder link =
                    UriComponentsBuilder.fromPath("/worklist.xlsx").queryParam("scope", scope);
            if (kind != null) {
                link.queryParam("kind", kind);
            }
            return link.build().toUriString();
        }
    }

    /** The link to this worklist with one parameter changed. */
    static String link(String scope, String kind, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/worklist").queryParam("scope", scope);
        if (kind != null) {
            link.queryParam("kind", kind);
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.build().toUriString();
    }
}
