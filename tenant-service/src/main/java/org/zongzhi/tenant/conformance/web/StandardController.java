package org.zongzhi.tenant.conformance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.conformance.application.StandardCatalogue;
import org.zongzhi.tenant.conformance.application.StandardCatalogue.CreateDraft;
import org.zongzhi.tenant.conformance.application.StandardCatalogue.Effective;
import org.zongzhi.tenant.conformance.domain.CaseMeasures;
import org.zongzhi.tenant.conformance.domain.Item;
import org.zongzhi.tenant.conformance.domain.ProfileFacts;
import org.zongzhi.tenant.conformance.domain.StandardDocument;
import org.zongzhi.tenant.conformance.domain.Tailoring;
import org.zongzhi.tenant.conformance.infrastructure.StandardStore.Stored;
import org.zongzhi.tenant.conformance.infrastructure.StandardStore.StoredTailoring;

/** The standard's versions and the tailorings of cities and counties. */
@RestController
@RequestMapping("/api/tenants/standards")
class StandardController {

    private final StandardCatalogue catalogue;

    StandardController(StandardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A version as listed: no items. */
    record VersionSummary(
            int number,
            String status,
            LocalDate effectiveFrom,
            String title,
            boolean proposal,
            int items,
            String createdBy,
            Instant createdAt,
            String publishedBy,
            Instant publishedAt,
            Instant retiredAt) {

        static VersionSummary of(Stored s) {
            var v = s.version();
            return new VersionSummary(
                    v.number(),
                    v.status().name(),
                    v.effectiveFrom(),
                    v.document().title(),
                    v.document().proposal(),
                    v.document().items().size(),
                    s.createdBy(),
                    s.createdAt(),
                    s.publishedBy(),
                    s.publishedAt(),
                    s.retiredAt());
        }
    }

    record VersionView(
            int number,
            String status,
            LocalDate effectiveFrom,
            String createdBy,
            Instant createdAt,
            String publishedBy,
            Instant publishedAt,
            String retiredBy,
            Instant retiredAt,
            StandardDocument document) {

        static VersionView of(Stored s) {
            var v = s.version();
            return new VersionView(
                    v.number(),
                    v.status().name(),
                    v.effectiveFrom(),
                    s.createdBy(),
                    s.createdAt(),
                    s.publishedBy(),
                    s.publishedAt(),
                    s.retiredBy(),
                    s.retiredAt(),
                    v.document());
        }
    }

    record Publication(LocalDate effectiveFrom) {}

    /** A tailoring's body: what the owner adds and tightens (the owner is the path's center). */
    record TailoringBody(List<Item> additions, List<Tailoring.Tightening> tightenings) {}

    record TailoringView(
            int standardVersion,
            String owner,
            int revision,
            String changedBy,
            Instant changedAt,
            List<Item> additions,
            List<Tailoring.Tightening> tightenings) {

        static TailoringView of(StoredTailoring t) {
            return new TailoringView(
                    t.version(),
                    t.tailoring().owner().value(),
                    t.revision(),
                    t.changedBy(),
                    t.changedAt(),
                    t.tailoring().additions(),
                    t.tailoring().tightenings());
        }
    }

    record Facts(Map<String, String> profileFacts, Map<String, String> caseMeasures) {}

    @GetMapping
    List<VersionSummary> versions() {
        return catalogue.versions(CurrentCaller.get()).stream()
                .map(VersionSummary::of)
                .toList();
    }

    @GetMapping("/facts")
    Facts facts() {
        CurrentCaller.get();
        return new Facts(ProfileFacts.KEYS, CaseMeasures.KEYS);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    VersionView create(@RequestBody(required = false) CreateDraft request) {
        return VersionView.of(catalogue.createDraft(CurrentCaller.get(), request));
    }

    @GetMapping("/{number:\\d+}")
    VersionView version(@PathVariable int number) {
        return VersionView.of(catalogue.version(CurrentCaller.get(), number));
    }

    @PutMapping("/{number:\\d+}")
    VersionView revise(@PathVariable int number, @RequestBody StandardDocument document) {
        return VersionView.of(catalogue.revise(CurrentCaller.get(), number, document));
    }

    @PostMapping("/{number:\\d+}/publication")
    VersionView publish(@PathVariable int number, @RequestBody(required = false) Publication publication) {
        return VersionView.of(catalogue.publish(
                CurrentCaller.get(), number, publication == null ? null : publication.effectiveFrom()));
    }

    @PostMapping("/{number:\\d+}/retirement")
    VersionView retire(@PathVariable int number) {
        return VersionView.of(catalogue.retire(CurrentCaller.get(), number));
    }

    @GetMapping("/{number:\\d+}/tailorings")
    List<TailoringView> tailorings(@PathVariable int number) {
        return catalogue.tailorings(CurrentCaller.get(), number).stream()
                .map(TailoringView::of)
                .toList();
    }

    @GetMapping("/{number:\\d+}/tailorings/{code:\\d+}")
    TailoringView tailoring(@PathVariable int number, @PathVariable String code) {
        return TailoringView.of(catalogue.tailoring(CurrentCaller.get(), number, TenantCode.of(code)));
    }

    @PutMapping("/{number:\\d+}/tailorings/{code:\\d+}")
    TailoringView tailor(@PathVariable int number, @PathVariable String code, @RequestBody TailoringBody body) {
        return TailoringView.of(catalogue.tailor(
                CurrentCaller.get(),
                number,
                TenantCode.of(code),
                new Tailoring(TenantCode.of(code), body.additions(), body.tightenings())));
    }

    @GetMapping("/{number:\\d+}/effective/{code:\\d+}")
    Effective effective(@PathVariable int number, @PathVariable String code) {
        return catalogue.effective(CurrentCaller.get(), number, TenantCode.of(code));
    }
}
