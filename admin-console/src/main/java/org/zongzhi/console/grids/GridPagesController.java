package org.zongzhi.console.grids;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zongzhi.console.Me;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * 网格 pages: a village's grids (list, the form that draws one, members, 十户联户, ending at re-gridding), the
 * grid numbers of a center and its subtree, and the grid worker's 巡查 page. Each step posts, then redirects
 * back with what was done or, in Chinese, why it was refused.
 */
@Controller
class GridPagesController {

    private static final Logger log = LoggerFactory.getLogger(GridPagesController.class);
    private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");
    private static final Pattern GRID = Pattern.compile("\\d{15}");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Gateway gateway;

    GridPagesController(Gateway gateway) {
        this.gateway = gateway;
    }

    /** 网格 in the navigation: the worker's patrol page, a village's grids, or the numbers of the level above. */
    @GetMapping("/grids")
    String home(@ModelAttribute("me") Me me) {
        if (me == null || me.tenant() == null) {
            return "redirect:/";
        }
        if (me.gridWorker()) {
            return "redirect:/grids/patrol";
        }
        return me.tenant().length() == 12
                ? "redirect:/centers/" + me.tenant() + "/grids"
                : "redirect:/centers/" + me.tenant() + "/grid-numbers";
    }

    // ----------------------------------------------------------------------------------- a village's grids

    @GetMapping("/centers/{code}/grids")
    String grids(
            @PathVariable String code,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            Model model) {
        code(code);
        center(client, code, model);
        List<Map<String, Object>> grids = gateway.list(
                client, uri -> uri.path("/api/tenants/{code}/grids").build(code));
        model.addAttribute("grids", grids);
        model.addAttribute(
                "activeCount",
                grids.stream().filter(g -> Boolean.TRUE.equals(g.get("active"))).count());
        boolean manages = me != null && code.equals(me.tenant()) && me.can("admin") && code.length() == 12;
        model.addAttribute("manages", manages);
        model.addAttribute("village", code.length() == 12);
        model.addAttribute("kinds", GridText.KINDS);
        model.addAttribute("covers", GridText.COVERS);
        model.addAttribute("roles", GridText.ROLES);
        model.addAttribute("today", LocalDate.now(CHINA).toString());
        if (manages) {
            List<Map<String, Object>> staff = new ArrayList<>();
            try {
                for (Map<String, Object> m : gateway.list(
                        client, uri -> uri.path("/api/tenants/{code}/staff").build(code))) {
                    if (Boolean.TRUE.equals(m.get("enabled"))) {
                        staff.add(m);
                    }
                }
            } catch (ApiException e) {
                if (e.unauthorized()) {
                    throw e;
                }
                log.info("staff of {} not listed for the grid page: {} {}", code, e.status(), e.detail());
            }
            model.addAttribute("staff", staff);
        }
        return "grids/grids";
    }

    @PostMapping("/centers/{code}/grids")
    String create(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes redirect) {
        code(code);
        String back = "redirect:/centers/" + code + "/grids";
        List<String> problems = new ArrayList<>();
        String name = value(form, "name");
        String kind = value(form, "kind");
        Integer households = number(value(form, "households"));
        Integer gridNumber = number(value(form, "number"));
        if (name == null) {
            problems.add("请填写网格名称。");
        }
        if (kind == null) {
            problems.add("请选择网格类型（综合网格或专属网格）。");
        }
        if (households == null || households < 0) {
            problems.add("请填写户数（0 或正整数）。");
        }
        if (value(form, "number") != null && (gridNumber == null || gridNumber < 1 || gridNumber > 999)) {
            problems.add("网格编号为 1 至 999 的整数，留空则自动编号。");
        }
        if ("DEDICATED".equals(kind) && value(form, "covers") == null) {
            problems.add("专属网格请选择覆盖对象（园区、市场、学校、企业或其他）。");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            redirect.addFlashAttribute("form", form);
            return back;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("households", households);
        if (gridNumber != null) {
            body.put("number", gridNumber);
        }
        if ("DEDICATED".equals(kind)) {
            body.put("covers", value(form, "covers"));
        }
        if (value(form, "boundary") != null) {
            body.put("boundary", value(form, "boundary"));
        }
        if (value(form, "validFrom") != null) {
            body.put("validFrom", value(form, "validFrom"));
        }
        try {
            Map<String, Object> grid = gateway.post(
                    client, uri -> uri.path("/api/tenants/{code}/grids").build(code), body);
            redirect.addFlashAttribute("done", "已划定网格 " + grid.get("name") + "（编码 " + grid.get("code") + "）。");
        } catch (ApiException e) {
            refused(e, "create", redirect);
            redirect.addFlashAttribute("form", form);
        }
        return back;
    }

    @PostMapping("/centers/{code}/grids/{grid}/members")
    String assign(
            @PathVariable String code,
            @PathVariable String grid,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String role,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes redirect) {
        gridCode(code, grid);
        if (username.isBlank() || role.isBlank()) {
            redirect.addFlashAttribute("error", "请选择人员和岗位。");
        } else {
            try {
                gateway.post(
                        client,
                        uri -> uri.path("/api/tenants/{code}/grids/{grid}/members")
                                .build(code, grid),
                        Map.of("username", username, "role", role));
                redirect.addFlashAttribute(
                        "done",
                        "已把 " + username + " 分配到网格 " + grid + "，岗位：" + GridText.label(GridText.ROLES, role) + "。");
            } catch (ApiException e) {
                refused(e, "member", redirect);
            }
        }
        return "redirect:/centers/" + code + "/grids#grid-" + grid;
    }

    @PostMapping("/centers/{code}/grids/{grid}/members/{username}/removal")
    String unassign(
            @PathVariable String code,
            @PathVariable String grid,
            @PathVariable String username,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes redirect) {
        gridCode(code, grid);
        try {
            gateway.delete(
                    client,
                    uri -> uri.path("/api/tenants/{code}/grids/{grid}/members/{u}")
                            .build(code, grid, username));
            redirect.addFlashAttribute("done", "已把 " + username + " 移出网格 " + grid + "。");
        } catch (ApiException e) {
            refused(e, "member", redirect);
        }
        return "redirect:/centers/" + code + "/grids#grid-" + grid;
    }

    @PostMapping("/centers/{code}/grids/{grid}/household-groups")
    String addGroup(
            @PathVariable String code,
            @PathVariable String grid,
            @RequestParam(defaultValue = "") String leaderName,
            @RequestParam(defaultValue = "") String households,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes redirect) {
        gridCode(code, grid);
        Integer count = number(households.strip());
        if (leaderName.isBlank() || count == null || count < 1 || count > 100) {
            redirect.addFlashAttribute("error", "请填写联户长姓名和联户户数（1 至 100）。");
        } else {
            try {
                gateway.post(
                        client,
                        uri -> uri.path("/api/tenants/{code}/grids/{grid}/household-groups")
                                .build(code, grid),
                        Map.of("leaderName", leaderName.strip(), "households", count));
                redirect.addFlashAttribute("done", "已添加十户联户：联户长 " + leaderName.strip() + "，" + count + " 户。");
            } catch (ApiException e) {
                refused(e, "group", redirect);
            }
        }
        return "redirect:/centers/" + code + "/grids#grid-" + grid;
    }

    @PostMapping("/centers/{code}/grids/{grid}/ending")
    String end(
            @PathVariable String code,
            @PathVariable String grid,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String validTo,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes redirect) {
        gridCode(code, grid);
        if (reason.isBlank()) {
            redirect.addFlashAttribute("error", "请填写撤销网格的原因（如 网格调整，并入第一网格）。");
            return "redirect:/centers/" + code + "/grids#grid-" + grid;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason.strip());
        if (!validTo.isBlank()) {
            body.put("validTo", validTo.strip());
        }
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/{code}/grids/{grid}/ending").build(code, grid),
                    body);
            redirect.addFlashAttribute("done", "网格 " + grid + " 已撤销，历史记录保留。");
        } catch (ApiException e) {
            refused(e, "end", redirect);
        }
        return "redirect:/centers/" + code + "/grids";
    }

    // ------------------------------------------------------------------------------------------- numbers

    @GetMapping("/centers/{code}/grid-numbers")
    String numbers(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        code(code);
        center(client, code, model);
        LocalDate today = LocalDate.now(CHINA);
        LocalDate end = day(to, today);
        LocalDate start = day(from, end.withDayOfMonth(1));
        Map<String, Object> numbers = gateway.object(
                client,
                uri -> uri.path("/api/tenants/{code}/grid-numbers")
                        .queryParam("from", start)
                        .queryParam("to", end)
                        .build(code));
        model.addAttribute("report", numbers.get("report"));
        model.addAttribute("names", numbers.get("names"));
        model.addAttribute("from", start.toString());
        model.addAttribute("to", end.toString());
        model.addAttribute(
                "groupLabel",
                switch (code.length()) {
                    case 9 -> "村（社区）";
                    case 6 -> "乡镇（街道）";
                    case 4 -> "县（市、区）";
                    case 2 -> "市";
                    default -> "村（社区）";
                });
        return "grids/numbers";
    }

    // ------------------------------------------------------------------------------------------ 巡查

    @GetMapping("/grids/patrol")
    String patrol(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            Model model) {
        String tenant = tenant(me);
        List<Map<String, Object>> open = gateway.list(
                client,
                uri -> uri.path("/api/tenants/{code}/patrols")
                        .queryParam("mine", true)
                        .queryParam("open", true)
                        .build(tenant));
        model.addAttribute("patrol", open.isEmpty() ? null : open.getFirst());
        model.addAttribute(
                "grids",
                gateway
                        .list(
                                client,
                                uri -> uri.path("/api/tenants/{code}/grids")
                                        .queryParam("mine", true)
                                        .build(tenant))
                        .stream()
                        .filter(g -> Boolean.TRUE.equals(g.get("active")))
                        .toList());
        model.addAttribute(
                "recent",
                gateway
                        .list(
                                client,
                                uri -> uri.path("/api/tenants/{code}/patrols")
                                        .queryParam("mine", true)
                                        .queryParam("days", 30)
                                        .build(tenant))
                        .stream()
                        .filter(p -> !Boolean.TRUE.equals(p.get("open")))
                        .limit(10)
                        .toList());
        model.addAttribute("findingKinds", GridText.FINDING_KINDS);
        model.addAttribute("categories", categories());
        return "grids/patrol";
    }

    @PostMapping("/grids/patrol/start")
    String start(
            @RequestParam(defaultValue = "") String grid,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            RedirectAttributes redirect) {
        String tenant = tenant(me);
        if (!GRID.matcher(grid).matches()) {
            redirect.addFlashAttribute("error", "请选择要巡查的网格。");
            return "redirect:/grids/patrol";
        }
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/{code}/grids/{grid}/patrols").build(tenant, grid),
                    null);
            redirect.addFlashAttribute("done", "巡查已开始。发现问题随时记录，巡查完请点“结束巡查”。");
        } catch (ApiException e) {
            refused(e, "patrol", redirect);
        }
        return "redirect:/grids/patrol";
    }

    @PostMapping("/grids/patrol/{id}/findings")
    String finding(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String description,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            RedirectAttributes redirect) {
        String tenant = tenant(me);
        if (kind.isBlank() || description.isBlank()) {
            redirect.addFlashAttribute("error", "请选择发现类型并写明情况。");
            return "redirect:/grids/patrol";
        }
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/{code}/patrols/{id}/findings").build(tenant, id),
                    Map.of("kind", kind, "description", description.strip()));
            redirect.addFlashAttribute("done", "已记录：" + GridText.label(GridText.FINDING_KINDS, kind) + "。");
        } catch (ApiException e) {
            refused(e, "finding", redirect);
        }
        return "redirect:/grids/patrol";
    }

    @PostMapping("/grids/patrol/{id}/findings/{finding}/resolution")
    String resolve(
            @PathVariable long id,
            @PathVariable long finding,
            @RequestParam(defaultValue = "") String resolution,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            RedirectAttributes redirect) {
        String tenant = tenant(me);
        if (resolution.isBlank()) {
            redirect.addFlashAttribute("error", "请写明当场是怎么化解的。");
            return "redirect:/grids/patrol";
        }
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/{code}/patrols/{id}/findings/{f}/resolution")
                            .build(tenant, id, finding),
                    Map.of("resolution", resolution.strip()));
            redirect.addFlashAttribute("done", "已记录为当场化解。");
        } catch (ApiException e) {
            refused(e, "settle", redirect);
        }
        return "redirect:/grids/patrol";
    }

    /**
     * 上报为案件: takes the finding in as a case through case-service's normal intake (channel 网格巡查, with the
     * grid), then records the case's code on the finding. The idempotency key is the finding's, so a retry
     * after a failure gets the same case instead of a second one.
     */
    @PostMapping("/grids/patrol/{id}/findings/{finding}/case")
    String report(
            @PathVariable long id,
            @PathVariable long finding,
            @RequestParam(defaultValue = "") String category,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            RedirectAttributes redirect) {
        String tenant = tenant(me);
        Map<String, Object> patrol = gateway.object(
                client, uri -> uri.path("/api/tenants/{code}/patrols/{id}").build(tenant, id));
        Map<?, ?> found = null;
        if (patrol.get("findings") instanceof List<?> findings) {
            for (Object f : findings) {
                if (f instanceof Map<?, ?> m && m.get("id") instanceof Number n && n.longValue() == finding) {
                    found = m;
                }
            }
        }
        if (found == null) {
            redirect.addFlashAttribute("error", "找不到这条发现，请刷新后再试。");
            return "redirect:/grids/patrol";
        }
        if (found.get("outcome") != null) {
            redirect.addFlashAttribute("error", "这条发现已经处理过了。");
            return "redirect:/grids/patrol";
        }
        String kind = String.valueOf(found.get("kind"));
        String gridName = String.valueOf(patrol.get("gridName"));
        String description = String.valueOf(found.get("description"));
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("channel", "GRID_REPORT");
        intake.put("category", category.isBlank() ? GridText.categoryFor(kind) : category);
        intake.put(
                "title",
                cut(gridName + "巡查发现" + GridText.label(GridText.FINDING_KINDS, kind) + "：" + description, 200));
        intake.put("description", description);
        intake.put("place", cut(gridName, 200));
        intake.put("gridCode", patrol.get("gridCode"));
        intake.put("applicants", List.of());
        intake.put("respondents", List.of());
        Map<?, ?> created;
        try {
            Map<String, Object> answer = gateway.post(
                    client,
                    uri -> uri.path("/api/cases").build(),
                    intake,
                    Map.of("Idempotency-Key", "grid-finding-" + finding));
            created = answer.get("case") instanceof Map<?, ?> c ? c : Map.of();
        } catch (ApiException e) {
            refused(e, "case", redirect);
            return "redirect:/grids/patrol";
        }
        Object caseCode = created.get("code");
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/{code}/patrols/{id}/findings/{f}/case")
                            .build(tenant, id, finding),
                    Map.of("caseCode", String.valueOf(caseCode)));
            redirect.addFlashAttribute("done", "已上报为案件 " + caseCode + "，由社区综治中心受理。");
            redirect.addFlashAttribute("reportedCase", created.get("id"));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            log.warn(
                    "case {} created for finding {} but not recorded on it: {} {}",
                    caseCode,
                    finding,
                    e.status(),
                    e.detail());
            redirect.addFlashAttribute("error", "案件 " + caseCode + " 已登记，但没能记在这条发现上；请再点一次“上报为案件”（不会重复登记）。");
        }
        return "redirect:/grids/patrol";
    }

    @PostMapping("/grids/patrol/{id}/ending")
    String endPatrol(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String householdsVisited,
            @RequestParam(defaultValue = "") String note,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            @ModelAttribute("me") Me me,
            RedirectAttributes redirect) {
        String tenant = tenant(me);
        Integer visited = number(householdsVisited.strip());
        if (visited == null || visited < 0) {
            redirect.addFlashAttribute("error", "请填写本次走访的户数（0 或正整数）。");
            return "redirect:/grids/patrol";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdsVisited", visited);
        if (!note.isBlank()) {
            body.put("note", note.strip());
        }
        try {
            gateway.post(
                    client,
                    uri -> uri.path("/api/tenants/{code}/patrols/{id}/ending").build(tenant, id),
                    body);
            redirect.addFlashAttribute("done", "巡查已结束，走访 " + visited + " 户。");
        } catch (ApiException e) {
            refused(e, "end-patrol", redirect);
        }
        return "redirect:/grids/patrol";
    }

    /** A reported finding's case, by its code: the case page. */
    @GetMapping("/grids/cases/{code}")
    String caseOf(
            @PathVariable String code, @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client) {
        if (!code.matches("[0-9X-]{24,27}")) {
            throw new ApiException(404, "not-found", null, "not a case code: " + code, Map.of());
        }
        Map<String, Object> c = gateway.object(
                client, uri -> uri.path("/api/cases/by-code/{code}").build(code));
        return "redirect:/cases/" + c.get("id");
    }

    // -------------------------------------------------------------------------------------------- shared

    private void center(OAuth2AuthorizedClient client, String code, Model model) {
        model.addAttribute(
                "center",
                gateway.object(client, uri -> uri.path("/api/tenants/{code}").build(code)));
        List<Map<String, Object>> ancestors;
        try {
            ancestors = gateway.list(
                    client, uri -> uri.path("/api/tenants/{code}/ancestors").build(code));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            ancestors = List.of();
        }
        model.addAttribute("ancestors", ancestors);
    }

    private static List<Map<String, String>> categories() {
        return List.of(
                Map.of("code", "NEIGHBOURS", "label", "邻里纠纷"),
                Map.of("code", "MARRIAGE_FAMILY", "label", "婚姻家庭"),
                Map.of("code", "LAND_AND_HOMESTEAD", "label", "土地宅基地"),
                Map.of("code", "PROPERTY_MANAGEMENT", "label", "物业纠纷"),
                Map.of("code", "WAGE_ARREARS", "label", "劳动争议与欠薪"),
                Map.of("code", "ENVIRONMENT", "label", "环境污染"),
                Map.of("code", "HAZARD", "label", "安全隐患（水情火情等）"),
                Map.of("code", "OTHER", "label", "其他"));
    }

    private static void refused(ApiException e, String step, RedirectAttributes redirect) {
        if (e.unauthorized()) {
            throw e;
        }
        log.info("grid step {} refused: {} {} {}", step, e.status(), e.type(), e.detail());
        redirect.addFlashAttribute("error", GridText.refusal(step, e));
    }

    private static String tenant(Me me) {
        if (me == null || me.tenant() == null) {
            throw new ApiException(403, "forbidden", null, "no center in the token", Map.of());
        }
        return me.tenant();
    }

    private static void code(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ApiException(404, "not-found", null, "not a center code: " + code, Map.of());
        }
    }

    private static void gridCode(String code, String grid) {
        code(code);
        if (!GRID.matcher(grid).matches() || !grid.startsWith(code)) {
            throw new ApiException(404, "not-found", null, "not a grid of " + code + ": " + grid, Map.of());
        }
    }

    private static String value(Map<String, String> form, String name) {
        String v = form.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return otherwise;
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
