package org.zongzhi.tenant.conformance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;
import org.zongzhi.tenant.conformance.domain.Answer;
import org.zongzhi.tenant.conformance.domain.AppliedItem;
import org.zongzhi.tenant.conformance.domain.CheckKind;
import org.zongzhi.tenant.conformance.domain.Computed;
import org.zongzhi.tenant.conformance.domain.ConformancePolicy;
import org.zongzhi.tenant.conformance.domain.EffectiveStandard;
import org.zongzhi.tenant.conformance.domain.Entry;
import org.zongzhi.tenant.conformance.domain.ProfileFacts;
import org.zongzhi.tenant.conformance.domain.Refusal;
import org.zongzhi.tenant.conformance.domain.StandardVersion;
import org.zongzhi.tenant.conformance.domain.Tailoring;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore.Round;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore.Summary;
import org.zongzhi.tenant.conformance.infrastructure.CenterFacts;
import org.zongzhi.tenant.conformance.infrastructure.SearchMeasuresClient;
import org.zongzhi.tenant.conformance.infrastructure.StandardStore;

/**
 * Assessment rounds: a province, city or county opens one for its subtree (one assessment per center of the
 * chosen levels, each pinned to the items as they apply to it then), and at the cutoff the platform fills in
 * every computed item from the profiles and the case measures.
 */
@Service
public class AssessmentRounds {

    private final AssessmentStore assessments;
    private final StandardStore standards;
    private final CenterFacts centers;
    private final SearchMeasuresClient search;
    private final Transactions tx;

    AssessmentRounds(
            AssessmentStore assessments,
            StandardStore standards,
            CenterFacts centers,
            SearchMeasuresClient search,
            Transactions tx) {
        this.assessments = assessments;
        this.standards = standards;
        this.centers = centers;
        this.search = search;
        this.tx = tx;
    }

    /**
     * @param cutoff when the computed items are filled in; the end of {@code periodTo} (China time) when absent
     * @param includePlanned also assess centers not yet onboarded (for scale runs); operating ones only by default
     */
    public record OpenRound(
            String title,
            Integer standardVersion,
            LocalDate periodFrom,
            LocalDate periodTo,
            Instant cutoff,
            List<Level> levels,
            Boolean includePlanned) {

        public OpenRound {
            includePlanned = Boolean.TRUE.equals(includePlanned);
        }
    }

    public record RoundView(Round round, Map<String, Long> assessmentsByStatus) {}

    /** What a computation filled in. */
    public record Computation(long round, int assessments, int computedItems, int notAvailable, long millis) {}

    public RoundView open(Caller caller, OpenRound request) {
        ConformancePolicy.requireRoundOwner(caller);
        TenantCode owner = caller.tenant();
        validate(owner, request);
        return tx.run(() -> {
            StandardVersion version = standards
                    .find(request.standardVersion())
                    .orElseThrow(() -> Refusal.invalid("There is no version " + request.standardVersion() + "."))
                    .version();
            version.requireOpenForRounds();
            Instant cutoff = request.cutoff() != null
                    ? request.cutoff()
                    : request.periodTo()
                            .plusDays(1)
                            .atStartOfDay(WorkingCalendar.CHINA)
                            .toInstant();
            List<CenterFacts.InScope> scope = centers.inScope(owner, request.levels(), request.includePlanned());
            if (scope.isEmpty()) {
                throw Refusal.invalid("No " + (request.includePlanned() ? "" : "operating ") + "center of the levels "
                        + request.levels() + " lies below " + owner + "; nothing to assess.");
            }
            long round = assessments.insertRound(
                    owner,
                    request.title(),
                    version.number(),
                    request.periodFrom(),
                    request.periodTo(),
                    cutoff,
                    request.levels(),
                    caller.username());
            Map<String, Tailoring> tailorings = new HashMap<>();
            standards
                    .tailorings(version.number())
                    .forEach(t -> tailorings.put(t.tailoring().owner().value(), t.tailoring()));
            Map<String, Long> templates = new HashMap<>();
            var rows = new ArrayList<AssessmentStore.NewAssessment>();
            for (CenterFacts.InScope center : scope) {
                TenantCode code = TenantCode.of(center.code());
                List<Tailoring> chain = StandardCatalogue.tailoringOwnersAbove(code).stream()
                        .map(o -> tailorings.get(o.value()))
                        .filter(Objects::nonNull)
                        .toList();
                String chainKey = String.join(
                        ",", chain.stream().map(t -> t.owner().value()).toList());
                long template = templates.computeIfAbsent(center.level() + "|" + chainKey, key -> {
                    List<AppliedItem> items =
                            EffectiveStandard.of(version.document(), chain).at(center.level());
                    return assessments.insertTemplate(round, center.level(), chainKey, items);
                });
                rows.add(new AssessmentStore.NewAssessment(center.code(), code.path(), center.level(), template));
            }
            assessments.insertAssessments(round, version.number(), rows);
            return new RoundView(assessments.round(round).orElseThrow(), assessments.counts(round));
        });
    }

    public List<Round> rounds(Caller caller) {
        return tx.run(assessments::rounds);
    }

    public RoundView round(Caller caller, long id) {
        return tx.run(() -> new RoundView(visible(id), assessments.counts(id)));
    }

    /** The round's assessments within the caller's subtree (a township sees only its own). */
    public List<Summary> assessments(Caller caller, long id) {
        return tx.run(() -> {
            visible(id);
            return assessments.summaries(id);
        });
    }

    /** Fills in the computed items now; the round's owner may ask before the cutoff. */
    public Computation computeNow(Caller caller, long id) {
        Round round = tx.run(() -> visible(id));
        if (!ConformancePolicy.isAdminOf(caller, TenantCode.of(round.owner()))) {
            throw Refusal.forbidden("Only the admins of " + round.owner() + ", which opened the round, compute it.");
        }
        return compute(id, caller.username(), caller.tenant().value());
    }

    /**
     * Fills in every computed item of the round's unfinished assessments; the caller's RLS scope applies. The
     * case measures of the whole subtree are fetched once, before the transaction that writes them.
     */
    public Computation compute(long id, String actor, String actorCenter) {
        long started = System.nanoTime();
        Round asked = tx.run(() -> visible(id));
        SearchMeasuresClient.Subtree measures = search.measures(asked.owner(), asked.periodFrom(), asked.periodTo());
        return tx.run(() -> {
            Round round = visible(id);
            TenantCode owner = TenantCode.of(round.owner());
            List<AssessmentStore.Assessment> open = assessments.unfinishedForUpdate(id);
            Map<String, CenterFacts.Profile> profiles = centers.latestProfiles(owner);
            Map<String, Boolean> plates = centers.plates(owner);
            Map<Long, List<AppliedItem>> templates = new HashMap<>();
            Map<Long, Map<String, Entry>> changed = new LinkedHashMap<>();
            int computed = 0;
            int notAvailable = 0;
            for (AssessmentStore.Assessment a : open) {
                List<AppliedItem> items = templates.computeIfAbsent(a.templateId(), assessments::template);
                Map<String, Entry> entries = new LinkedHashMap<>(a.entries());
                SearchMeasuresClient.Measures own = null;
                for (AppliedItem item : items) {
                    if (!item.item().kind().computed()) {
                        continue;
                    }
                    Computed value;
                    if (item.item().kind() == CheckKind.PROFILE_FACT) {
                        value = profileFact(item, profiles.get(a.center()), plates.getOrDefault(a.center(), false));
                    } else {
                        if (own == null) {
                            own = measures.of(a.center());
                        }
                        value = measure(item, own);
                    }
                    computed++;
                    if (!value.available()) {
                        notAvailable++;
                    }
                    entries.put(
                            item.code(),
                            entries.getOrDefault(item.code(), Entry.empty(item.code()))
                                    .withComputed(value));
                }
                changed.put(a.id(), entries);
            }
            assessments.saveEntriesBatch(changed);
            assessments.eventsBatch(open, "COMPUTED", "computed items filled in", actor, actorCenter);
            var summary = new LinkedHashMap<String, Object>();
            summary.put("assessments", open.size());
            summary.put("computedItems", computed);
            summary.put("notAvailable", notAvailable);
            summary.put(
                    "caseMeasures",
                    measures.available()
                            ? "from search-service for " + measures.byCenter().size() + " centers with cases"
                            : "not available: " + measures.reason());
            assessments.markComputed(id, summary);
            return new Computation(id, open.size(), computed, notAvailable, (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** Rounds whose cutoff has passed without a computation. */
    public List<Long> dueForComputation(Instant now) {
        return tx.run(() -> assessments.roundsDueForComputation(now));
    }

    private static Computed profileFact(AppliedItem item, CenterFacts.Profile profile, boolean plate) {
        String fact = item.item().fact();
        if ("center.plate".equals(fact)) {
            return Computed.of(ProfileFacts.of(fact, null, plate), Map.of("fact", fact, "source", "center tree"));
        }
        if (profile == null) {
            return new Computed(
                    true,
                    null,
                    "the center has declared no profile (PUT /api/tenants/{code}/profile)",
                    Map.of("fact", fact));
        }
        return Computed.of(
                ProfileFacts.of(fact, profile.profile(), plate),
                Map.of("fact", fact, "profileRevision", profile.revision()));
    }

    private static Computed measure(AppliedItem item, SearchMeasuresClient.Measures measures) {
        String fact = item.item().fact();
        if (!measures.available()) {
            return Computed.notAvailable(measures.reason(), measures.inputs());
        }
        var value = measures.values().get(fact);
        if (value == null) {
            return Computed.notAvailable(
                    fact + " has no value for the period (no cases in its denominator)", measures.inputs());
        }
        return Computed.of(Answer.number(value), measures.inputs());
    }

    private Round visible(long id) {
        return assessments.round(id).orElseThrow(() -> Refusal.notFound("There is no round " + id + " in your reach."));
    }

    private static void validate(TenantCode owner, OpenRound request) {
        var problems = new ArrayList<String>();
        if (request == null) {
            throw Refusal.invalid(
                    "The request body is required: title, standardVersion, periodFrom, periodTo, levels.");
        }
        if (request.title() == null || request.title().isBlank()) {
            problems.add("title is required");
        }
        if (request.standardVersion() == null) {
            problems.add("standardVersion is required (the number of a published version)");
        }
        if (request.periodFrom() == null || request.periodTo() == null) {
            problems.add("periodFrom and periodTo are required (days, e.g. 2026-01-01)");
        } else if (request.periodTo().isBefore(request.periodFrom())) {
            problems.add("periodTo is before periodFrom");
        }
        if (request.levels() == null || request.levels().isEmpty()) {
            problems.add("levels is required, e.g. [\"COUNTY\", \"TOWNSHIP\"]");
        } else {
            request.levels().stream()
                    .filter(level ->
                            level == null || level.ordinal() <= owner.level().ordinal())
                    .forEach(level -> problems.add(owner + " opens rounds only for levels below it, not " + level));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(String.join("; ", problems));
        }
    }
}
