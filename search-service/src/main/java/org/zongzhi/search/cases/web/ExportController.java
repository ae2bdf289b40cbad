package org.zongzhi.search.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.platform.xlsx.XlsxStream;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.CaseQuery;
import org.zongzhi.search.cases.domain.CaseSheet;
import org.zongzhi.search.cases.infrastructure.CaseExport;
import org.zongzhi.search.cases.infrastructure.CaseVocabulary;
import org.zongzhi.search.cases.infrastructure.ExportAudit;

/**
 * Excel export of a case search: every case the search would find (not only its first 10,000), in its
 * order, written to the answer as Elasticsearch gives them, and audited.
 */
@RestController
class ExportController {

    /** The search parameters an export takes, in the order the audit lists them. */
    static final List<String> FILTERS = List.of(
            "q",
            "center",
            "level",
            "category",
            "status",
            "risk",
            "channel",
            "warning",
            "createdFrom",
            "createdTo",
            "closedFrom",
            "closedTo",
            "sort");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final CaseExport export;
    private final CaseVocabulary vocabulary;
    private final ExportAudit audit;

    ExportController(CaseExport export, CaseVocabulary vocabulary, ExportAudit audit) {
        this.export = export;
        this.vocabulary = vocabulary;
        this.audit = audit;
    }

    @GetMapping("/api/search/cases/export")
    void export(
            SearchController.SearchParams params, @RequestParam Map<String, String> all, HttpServletResponse response)
            throws IOException {
        Caller caller = CurrentCaller.get();
        CaseQuery query = params.query(0, 1);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = all.get(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        }
        CaseSheet sheet = new CaseSheet(vocabulary.labels());
        long started = System.nanoTime();
        try (CaseExport.Cursor cursor = export.open(caller, query)) {
            response.setContentType(XlsxStream.CONTENT_TYPE);
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(
                                    "案件导出-"
                                            + LocalDateTime.now(SearchController.CHINA)
                                                    .format(STAMP) + ".xlsx",
                                    StandardCharsets.UTF_8)
                            .build()
                            .toString());
            long rows = 0;
            boolean completed = false;
            try (XlsxStream xlsx = XlsxStream.open(response.getOutputStream(), "案件", CaseSheet.WIDTHS)) {
                xlsx.row(CaseSheet.HEADER);
                for (List<CaseDocument> page = cursor.next(); !page.isEmpty(); page = cursor.next()) {
                    for (CaseDocument document : page) {
                        xlsx.row(sheet.row(document));
                        rows++;
                    }
                }
                completed = true;
            } finally {
                audit.record(caller, "cases", filters, rows, completed, (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /** The exports the console writes itself (its tables), which it reports here for the same audit. */
    static final java.util.Set<String> CONSOLE_KINDS = java.util.Set.of("worklist", "numbers", "ranking", "centers");

    record ReportedExport(String kind, Map<String, String> filters, Long rows, Boolean completed, Long millis) {}

    /**
     * Records an export the console made for the signed-in person (a worklist, a numbers table, a ranking, a
     * center list): who and which center come from the token, as for every other record.
     */
    @org.springframework.web.bind.annotation.PostMapping("/api/search/exports")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ExportAudit.Record reported(@org.springframework.web.bind.annotation.RequestBody ReportedExport body) {
        if (body == null || body.kind() == null || !CONSOLE_KINDS.contains(body.kind())) {
            throw Problems.badRequest("kind must be one of " + new java.util.TreeSet<>(CONSOLE_KINDS));
        }
        if (body.rows() == null || body.rows() < 0) {
            throw Problems.badRequest("rows must be given, 0 or more");
        }
        Map<String, String> filters = body.filters() == null ? Map.of() : body.filters();
        if (filters.size() > 20
                || filters.entrySet().stream()
                        .anyMatch(e -> e.getKey() == null
                                || e.getValue() == null
                                || e.getKey().length() > 40
                                || e.getValue().length() > 200)) {
            throw Problems.badRequest("filters are at most 20 names of up to 40 characters with values of up to 200");
        }
        return audit.record(
                CurrentCaller.get(),
                body.kind(),
                filters,
                body.rows(),
                !Boolean.FALSE.equals(body.completed()),
                body.millis() == null ? 0 : Math.max(0, body.millis()));
    }

    /** The exports made at the caller's center and below it, newest first: for its admins and auditors. */
    @GetMapping("/api/search/exports")
    @PreAuthorize("hasAnyRole('province-admin', 'city-admin', 'county-admin', 'center-admin', 'auditor')")
    List<ExportAudit.Record> exports(
            @RequestParam(required = false) String username, @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > 500) {
            throw Problems.badRequest("size must be between 1 and 500, not " + size);
        }
        return audit.recent(CurrentCaller.get(), username, size);
    }
}
