package org.zongzhi.search.cases.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.CaseQuery;
import org.zongzhi.search.cases.infrastructure.CaseSearch;
import org.zongzhi.search.cases.infrastructure.DuplicateFinder;

/** Searching the cases the caller's center may see. */
@RestController
class SearchController {

    /** Dates in requests are days in China Standard Time; a day range includes its last day. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CaseSearch search;
    private final DuplicateFinder duplicates;

    SearchController(CaseSearch search, DuplicateFinder duplicates) {
        this.search = search;
        this.duplicates = duplicates;
    }

    /** A search's filters as query parameters, shared by the search and its export. */
    record SearchParams(
            String q,
            String center,
            String level,
            List<String> category,
            List<String> status,
            List<String> risk,
            List<String> channel,
            List<String> warning,
            String createdFrom,
            String createdTo,
            String closedFrom,
            String closedTo,
            String sort) {

        /** The query of these parameters; a parameter that cannot be one answers 400. */
        CaseQuery query(int page, int size) {
            return new CaseQuery(
                    q,
                    center == null || center.isBlank() ? null : SearchController.center(center),
                    SearchController.level(level),
                    upper(category),
                    upper(status),
                    upper(risk),
                    upper(channel),
                    upper(warning),
                    startOf("createdFrom", createdFrom),
                    endOf("createdTo", createdTo),
                    startOf("closedFrom", closedFrom),
                    endOf("closedTo", closedTo),
                    sort == null || sort.isBlank() ? null : sort.strip(),
                    page,
                    size);
        }
    }

    @GetMapping("/api/search/cases")
    CaseSearch.Result search(
            SearchParams params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.search(CurrentCaller.get(), params.query(page, size));
    }

    private static TenantCode center(String center) {
        try {
            return TenantCode.of(center.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("center must be a center's code of 2 to 12 digits, not '" + center + "'");
        }
    }

    @GetMapping("/api/search/cases/{id}")
    CaseDocument get(@PathVariable String id) {
        return search.find(CurrentCaller.get(), id)
                .orElseThrow(() -> Problems.notFound("No case " + id + " among the cases your center may see."));
    }

    @GetMapping("/api/search/cases/{id}/duplicates")
    List<DuplicateFinder.Candidate> duplicatesOf(@PathVariable String id) {
        Caller caller = CurrentCaller.get();
        CaseDocument document = search.find(caller, id)
                .orElseThrow(() -> Problems.notFound("No case " + id + " among the cases your center may see."));
        return duplicates.find(caller, DuplicateFinder.reportOf(document));
    }

    /** A report being taken in, checked against what is already known before it becomes a new case. */
    record Draft(
            @Size(max = 200) String title,
            @Size(max = 5000) String description,
            @Size(max = 200) String place,
            @Size(max = 50) String category,
            List<@NotNull @Size(max = 128) String> partyKeys) {}

    @PostMapping("/api/search/duplicates")
    List<DuplicateFinder.Candidate> duplicatesOfDraft(@Valid @RequestBody Draft draft) {
        boolean empty = isBlank(draft.title())
                && isBlank(draft.description())
                && isBlank(draft.place())
                && (draft.partyKeys() == null || draft.partyKeys().isEmpty());
        if (empty) {
            throw Problems.badRequest("Give at least a title, a description, a place or party keys to compare.");
        }
        return duplicates.find(
                CurrentCaller.get(),
                new DuplicateFinder.Report(
                        null,
                        draft.title(),
                        draft.description(),
                        draft.place(),
                        draft.category() == null ? null : draft.category().toUpperCase(Locale.ROOT),
                        draft.partyKeys(),
                        Instant.now()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static TenantCode.Level level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return TenantCode.Level.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(
                    "level must be one of " + Arrays.toString(TenantCode.Level.values()) + ", not '" + level + "'");
        }
    }

    static Set<String> upper(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        var result = new LinkedHashSet<String>();
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        return result;
    }

    static Instant startOf(String name, String day) {
        LocalDate date = date(name, day);
        return date == null ? null : date.atStartOfDay(CHINA).toInstant();
    }

    static Instant endOf(String name, String day) {
        LocalDate date = date(name, day);
        return date == null ? null : date.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    private static LocalDate date(String name, String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw Problems.badRequest(name + " must be a day like 2025-01-31, not '" + day + "'");
        }
    }
}
