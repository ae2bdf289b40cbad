package org.zongzhi.cases.open311.web;

import static org.zongzhi.cases.open311.web.GeoDocument.fields;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.open311.application.Open311;
import org.zongzhi.cases.open311.application.Open311Refused;
import org.zongzhi.cases.open311.application.RequestStore.PublicRequest;
import org.zongzhi.cases.open311.domain.ApiKey;
import org.zongzhi.cases.open311.domain.PublicServices;
import org.zongzhi.cases.open311.domain.PublicStatus;
import org.zongzhi.cases.open311.web.GeoDocument.Many;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.platform.tenancy.TenantCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2 (https://wiki.open311.org/GeoReport_v2): every endpoint in {@code .json} and {@code .xml}.
 * Discovery and the service list are open; submitting and reading requests take an {@code api_key} of
 * the center that {@code jurisdiction_id} names.
 */
@RestController
@RequestMapping(Open311Controller.BASE)
class Open311Controller {

    static final String BASE = "/open311/v2";
    private static final String FORMAT = "{format:json|xml}";
    private static final String CHANGESET = "2026-12-02T00:00:00+08:00";
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([A-Za-z0-9_.-]{1,64})\\]");

    private final Open311 open311;
    private final JsonMapper json;

    Open311Controller(Open311 open311, JsonMapper json) {
        this.open311 = open311;
        this.json = json;
    }

    @GetMapping("/discovery." + FORMAT)
    ResponseEntity<byte[]> discovery(@PathVariable String format, HttpServletRequest request) {
        String url = publicBase(request);
        var endpoint = fields(
                "specification",
                "http://wiki.open311.org/GeoReport_v2",
                "url",
                url,
                "changeset",
                CHANGESET,
                "type",
                "production",
                "formats",
                new Many("format", List.of("text/xml", "application/json")));
        var body = fields(
                "changeset",
                CHANGESET,
                "contact",
                "各综治中心：请向受理诉求的综治中心管理员申请 api_key",
                "key_service",
                "综治中心管理员在管理控制台的「开放接口」页面为每个渠道创建 api_key（只显示一次）",
                "endpoints",
                new Many("endpoint", List.of(endpoint)));
        return ok(new GeoDocument("discovery", body), format);
    }

    @GetMapping("/services." + FORMAT)
    ResponseEntity<byte[]> services(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        List<Object> services = new ArrayList<>();
        for (PublicServices.Service s : PublicServices.all()) {
            services.add(fields(
                    "service_code", s.code(),
                    "service_name", s.name(),
                    "description", s.description(),
                    "metadata", true,
                    "type", "realtime",
                    "keywords", s.keywords(),
                    "group", s.group()));
        }
        return ok(new GeoDocument("services", new Many("service", services)), format);
    }

    @GetMapping("/services/{code}." + FORMAT)
    ResponseEntity<byte[]> definition(
            @PathVariable String code,
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        PublicServices.Service service = PublicServices.find(code)
                .orElseThrow(() -> new Open311Refused(
                        404, "service_code " + code + " is not a service of this endpoint; see services." + format));
        List<Object> attributes = new ArrayList<>();
        for (PublicServices.Attribute a : service.attributes()) {
            Map<String, Object> attribute = fields(
                    "variable", true,
                    "code", a.code(),
                    "datatype", a.datatype(),
                    "required", a.required(),
                    "datatype_description", a.datatype().equals("number") ? "整数" : null,
                    "order", a.order(),
                    "description", a.description());
            if (!a.values().isEmpty()) {
                attribute.put(
                        "values",
                        new Many(
                                "value",
                                a.values().stream()
                                        .<Object>map(v -> fields("key", v.key(), "name", v.name()))
                                        .toList()));
            }
            attributes.add(attribute);
        }
        var body = fields("service_code", service.code(), "attributes", new Many("attribute", attributes));
        return ok(new GeoDocument("service_definition", body), format);
    }

    /**
     * Creates a service request (form-encoded, as the spec says). 201 with the new request's id; 200 with
     * the same id when the same request (same {@code request_id}, or the same fields) was sent before.
     */
    @PostMapping("/requests." + FORMAT)
    ResponseEntity<byte[]> create(
            @PathVariable String format,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyHeader,
            HttpServletRequest request) {
        ApiKey key = open311.authenticate(request.getParameter("api_key"), request.getParameter("jurisdiction_id"));
        Map<String, String> attributes = new LinkedHashMap<>();
        TreeMap<String, List<String>> all = new TreeMap<>();
        for (var e : request.getParameterMap().entrySet()) {
            String name = e.getKey();
            if (name.equals("api_key") || name.equals("request_id")) {
                continue;
            }
            all.put(name, List.of(e.getValue()));
            if (name.startsWith("attribute[")) {
                Matcher m = ATTRIBUTE.matcher(name);
                if (!m.matches()) {
                    throw new Open311Refused(
                            400, "attribute fields are named attribute[CODE]; see services/{service_code}.json");
                }
                attributes.put(m.group(1), e.getValue().length == 0 ? null : e.getValue()[0]);
            }
        }
        var submission = new Open311.Submission(
                request.getParameter("service_code"),
                request.getParameter("description"),
                request.getParameter("lat"),
                request.getParameter("long"),
                request.getParameter("address_string"),
                request.getParameter("address_id"),
                request.getParameter("first_name"),
                request.getParameter("last_name"),
                request.getParameter("phone"),
                request.getParameter("media_url"),
                attributes,
                all);
        String clientId = request.getParameter("request_id");
        Open311.Submitted submitted =
                open311.submit(key, submission, clientId == null || clientId.isBlank() ? idempotencyHeader : clientId);
        var body = new Many(
                "request",
                List.of(fields(
                        "service_request_id",
                        submitted.code(),
                        "service_notice",
                        "已登记，service_request_id 即案件编号，可凭此查询办理状态",
                        "account_id",
                        null)));
        return new GeoDocument("service_requests", body)
                .answer(
                        ResponseEntity.status(submitted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                                .cacheControl(CacheControl.noStore())
                                .header("Idempotent-Replayed", Boolean.toString(submitted.replayed())),
                        format,
                        json);
    }

    @GetMapping("/requests." + FORMAT)
    ResponseEntity<byte[]> requests(
            @PathVariable String format,
            @RequestParam(name = "api_key", required = false) String apiKey,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "start_date", required = false) String start,
            @RequestParam(name = "end_date", required = false) String end,
            @RequestParam(name = "status", required = false) String status) {
        ApiKey key = open311.authenticate(apiKey, jurisdiction);
        List<Object> found = open311.find(key, ids, serviceCodes, start, end, status).stream()
                .<Object>map(Open311Controller::request)
                .toList();
        return ok(new GeoDocument("service_requests", new Many("request", found)), format);
    }

    @GetMapping("/requests/{id}." + FORMAT)
    ResponseEntity<byte[]> request(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam(name = "api_key", required = false) String apiKey,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        ApiKey key = open311.authenticate(apiKey, jurisdiction);
        PublicRequest found = open311.one(key, id);
        return ok(new GeoDocument("service_requests", new Many("request", List.of(request(found)))), format);
    }

    /**
     * Requests are created synchronously and answered with their id, never with a token; for clients that
     * ask anyway, a request's id is its own token.
     */
    @GetMapping("/tokens/{token}." + FORMAT)
    ResponseEntity<byte[]> token(
            @PathVariable String token,
            @PathVariable String format,
            @RequestParam(name = "api_key", required = false) String apiKey,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        ApiKey key = open311.authenticate(apiKey, jurisdiction);
        PublicRequest found = open311.one(key, token);
        var body = new Many(
                "request",
                List.of(fields(
                        "service_request_id", CaseCode.parse(found.code()).display(), "token", token)));
        return ok(new GeoDocument("service_requests", body), format);
    }

    /** Any other path or method below the base: the spec's 404, pointing at discovery. */
    @RequestMapping("/**")
    ResponseEntity<byte[]> none(HttpServletRequest request) {
        throw new Open311Refused(
                404,
                "no such Open311 endpoint: " + request.getMethod() + " " + request.getRequestURI() + "; see " + BASE
                        + "/discovery.json (every path ends in .json or .xml)");
    }

    private static Map<String, Object> request(PublicRequest r) {
        return fields(
                "service_request_id", CaseCode.parse(r.code()).display(),
                "status", PublicStatus.of(r.status()),
                "status_notes", PublicStatus.notes(r.status()),
                "service_name",
                        PublicServices.find(r.serviceCode())
                                .map(PublicServices.Service::name)
                                .orElse(null),
                "service_code", r.serviceCode(),
                "description", r.description(),
                "agency_responsible", r.agency(),
                "service_notice", null,
                "requested_datetime", w3c(r.requestedAt()),
                "updated_datetime", w3c(r.updatedAt()),
                "expected_datetime", null,
                "address", r.address(),
                "address_id", null,
                "zipcode", null,
                "lat", r.lat(),
                "long", r.lon(),
                "media_url", r.mediaUrl());
    }

    private static String w3c(Instant at) {
        return at == null
                ? null
                : OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), WorkingCalendar.CHINA)
                        .toString();
    }

    private static void checkJurisdiction(String jurisdiction) {
        if (jurisdiction != null && !jurisdiction.isBlank() && !TenantCode.isValid(jurisdiction.strip())) {
            throw new Open311Refused(
                    400, "jurisdiction_id is a division code of 2, 4, 6, 9 or 12 digits, e.g. 140404001001");
        }
    }

    private ResponseEntity<byte[]> ok(GeoDocument document, String format) {
        return document.answer(ResponseEntity.ok(), format, json);
    }

    /** The endpoint's public address as the client reached it (through the gateway when there is one). */
    private static String publicBase(HttpServletRequest request) {
        String host = first(request.getHeader("X-Forwarded-Host"));
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        if (proto == null || !proto.matches("https?")) {
            proto = request.getScheme();
        }
        return proto + "://" + host + BASE;
    }

    private static String first(String header) {
        return header == null || header.isBlank() ? null : header.split(",")[0].strip();
    }
}
