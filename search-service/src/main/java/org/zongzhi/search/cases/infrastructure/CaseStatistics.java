package org.zongzhi.search.cases.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.Measures;
import org.zongzhi.search.cases.domain.Tally;

/**
 * The province's numbers from aggregations over the case index, with one definition for every level
 * ({@link Measures}, docs/measures.md), always within the caller's reach.
 */
@Component
public class CaseStatistics {

    public enum GroupBy {
        NONE,
        CATEGORY,
        CHANNEL,
        LEVEL,
        DAY,
        WEEK,
        MONTH,
        RISK,
        CHILD,
        /** Every center of the subtree that has cases, the center itself included, each over its own subtree. */
        CENTER
    }

    /** Composite pages for {@link GroupBy#CENTER}: each bucket carries ten sub-aggregations toward max_buckets. */
    private static final int CENTER_PAGE = 1_000;

    /** A group's figures: {@link Measures}, or {@link Measures.Basic} when only the basic ones were asked for. */
    public record Group(String key, Object measures) {}

    /** @param overall {@link Measures}, or {@link Measures.Basic} when only the basic figures were asked for */
    public record Report(String center, Instant from, Instant to, Object overall, String groupBy, List<Group> groups) {

        /** The complete overall figures (a report asked for with every measure). */
        public Measures measures() {
            return (Measures) overall;
        }
    }

    public record Trend(String category, long recent, long previous, boolean rising) {}

    public record Alert(String kind, String value, long cases) {}

    private static final List<FieldValue> SATISFIED =
            List.of(FieldValue.of("SATISFIED"), FieldValue.of("BASICALLY_SATISFIED"));

    private final CaseSearch search;
    private final CaseRollups rollups;

    @org.springframework.beans.factory.annotation.Autowired
    CaseStatistics(CaseSearch search, CaseRollups rollups) {
        this.search = search;
        this.rollups = rollups;
    }

    /** The same numbers over the index a search reads (benchmarks load one of their own), from its cases only. */
    public static CaseStatistics over(CaseSearch search) {
        return new CaseStatistics(search, null);
    }

    /** The same numbers over the index a search reads and its daily roll-ups. */
    public static CaseStatistics over(CaseSearch search, CaseRollups rollups) {
        return new CaseStatistics(search, rollups);
    }

    public Report measures(Caller caller, TenantCode center, Instant from, Instant to, GroupBy groupBy) {
        return measures(caller, center, from, to, groupBy, false);
    }

    /**
     * @param basic the overall figures and the groups carry only found, resolved, closed and 化解率
     *     ({@link Measures.Basic}): what a chart of a breakdown shows, at a fraction of the work (each further
     *     measure is one more aggregation over every case, per group)
     */
    public Report measures(Caller caller, TenantCode center, Instant from, Instant to, GroupBy groupBy, boolean basic) {
        // Every case of a center's subtree is visible to the center and the centers above it (Visibility), so
        // roll-ups, which know no reader, answer exactly what the caller's reach would let through.
        try {
            if (rollups != null && center.isWithin(caller.tenant())) {
                var report = rollups.report(center, from, to, groupBy, basic);
                if (report.isPresent()) {
                    return report.get();
                }
            }
            return fromCases(caller, center, from, to, groupBy, basic);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (String.valueOf(e.error()).contains("too_many_buckets")) {
                // a breakdown by day, week or month over a period too long (or without one) for so many groups
                throw new IllegalArgumentException("the period is too long to break down by "
                        + groupBy.name().toLowerCase(java.util.Locale.ROOT)
                        + ": choose from and to (a year by day, ten years by week) or a coarser groupBy");
            }
            throw e;
        }
    }

    /** The report aggregated from every case, as the roll-ups must also answer it. */
    public Report fromCases(
            Caller caller, TenantCode center, Instant from, Instant to, GroupBy groupBy, boolean basic) {
        List<Query> filters = scope(caller, center, from, to);
        if (groupBy == GroupBy.CENTER) {
            Object overall =
                    fromCases(caller, center, from, to, GroupBy.NONE, false).overall();
            return new Report(center.value(), from, to, overall, groupBy.name(), everyCenter(center, filters));
        }
        var request = new SearchRequest.Builder()
                .index(search.index())
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations(basic ? basicAggregations() : measureAggregations());
        Aggregation grouping = grouping(groupBy, center, basic ? basicAggregations() : measureAggregations());
        if (grouping != null) {
            request.aggregations("groups", grouping);
        }
        SearchResponse<CaseDocument> response = search.execute(request.build());
        long found =
                response.hits().total() == null ? 0 : response.hits().total().value();
        Object overall = groupMeasures(found, response.aggregations(), basic);
        var groups = new ArrayList<Group>();
        forEachGroup(
                response.aggregations().get("groups"),
                (key, b) -> groups.add(new Group(key, groupMeasures(b.docCount(), b.aggregations(), basic))));
        return new Report(center.value(), from, to, overall, groupBy.name(), groups);
    }

    /** Each bucket of a grouping ({@link #grouping}) with its key as reports show it. */
    static void forEachGroup(
            Aggregate aggregate,
            java.util.function.BiConsumer<String, co.elastic.clients.elasticsearch._types.aggregations.MultiBucketBase>
                    each) {
        if (aggregate == null) {
            return;
        }
        if (aggregate.isSterms()) {
            aggregate
                    .sterms()
                    .buckets()
                    .array()
                    .forEach(b -> each.accept(b.key().stringValue(), b));
        } else if (aggregate.isDateHistogram()) {
            aggregate.dateHistogram().buckets().array().forEach(b -> each.accept(b.keyAsString(), b));
        }
    }

    /**
     * The subtree's centers page by page with a composite
     * aggregation over {@code originAncestors} (a case counts for every center above its origin). Buckets of
     * the ancestors above the asked center carry the same cases and are left out.
     */
    private List<Group> everyCenter(TenantCode center, List<Query> filters) {
        var groups = new ArrayList<Group>();
        Map<String, FieldValue> after = null;
        do {
            Map<String, FieldValue> page = after;
            SearchResponse<CaseDocument> response = search.execute(SearchRequest.of(s -> s.index(search.index())
                    .size(0)
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .aggregations(
                            "centers",
                            a -> a.composite(c -> {
                                        c.size(CENTER_PAGE)
                                                .sources(List.of(NamedValue.of(
                                                        "center",
                                                        CompositeAggregationSource.of(
                                                                src -> src.terms(t -> t.field("originAncestors"))))));
                                        if (page != null) {
                                            c.after(page);
                                        }
                                        return c;
                                    })
                                    .aggregations(measureAggregations()))));
            CompositeAggregate centers = response.aggregations().get("centers").composite();
            for (var bucket : centers.buckets().array()) {
                String code = bucket.key().get("center").stringValue();
                if (code.startsWith(center.value())) {
                    groups.add(new Group(code, Measures.of(counts(bucket.docCount(), bucket.aggregations()))));
                }
            }
            after = centers.buckets().array().size() < CENTER_PAGE ? null : centers.afterKey();
        } while (after != null && !after.isEmpty());
        return groups;
    }

    /** Categories by cases found in the last window, and whether they rise against the window before. */
    public List<Trend> trends(Caller caller, TenantCode center, Instant now, int days) {
        Instant recentFrom = now.minusSeconds(days * 86_400L);
        Instant previousFrom = recentFrom.minusSeconds(days * 86_400L);
        Map<String, Long> recent = categoryCounts(caller, center, recentFrom, now);
        Map<String, Long> previous = categoryCounts(caller, center, previousFrom, recentFrom);
        return recent.entrySet().stream()
                .map(e -> {
                    long before = previous.getOrDefault(e.getKey(), 0L);
                    boolean rising = e.getValue() >= 3 && e.getValue() >= 1.5 * before;
                    return new Trend(e.getKey(), e.getValue(), before, rising);
                })
                .sorted((a, b) -> Long.compare(b.recent(), a.recent()))
                .toList();
    }

    /** Respondents and places with many cases in the window: a group dispute in the making. */
    public List<Alert> groupDisputeAlerts(Caller caller, TenantCode center, Instant now, int days, int threshold) {
        List<Query> filters = scope(caller, center, now.minusSeconds(days * 86_400L), now);
        SearchResponse<CaseDocument> response = search.execute(SearchRequest.of(s -> s.index(search.index())
                .size(0)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations(
                        "respondent",
                        a -> a.terms(t ->
                                t.field("respondents").minDocCount(threshold).size(50)))
                .aggregations(
                        "place",
                        a -> a.terms(t ->
                                t.field("place.keyword").minDocCount(threshold).size(50)))));
        var alerts = new ArrayList<Alert>();
        for (String kind : List.of("respondent", "place")) {
            CaseSearch.buckets(response.aggregations().get(kind))
                    .forEach(b -> alerts.add(new Alert(kind, b.value(), b.count())));
        }
        alerts.sort((a, b) -> Long.compare(b.cases(), a.cases()));
        return alerts;
    }

    private Map<String, Long> categoryCounts(Caller caller, TenantCode center, Instant from, Instant to) {
        List<Query> filters = scope(caller, center, from, to);
        SearchResponse<CaseDocument> response = search.execute(SearchRequest.of(s -> s.index(search.index())
                .size(0)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("category", a -> a.terms(t -> t.field("category").size(100)))));
        var counts = new LinkedHashMap<String, Long>();
        CaseSearch.buckets(response.aggregations().get("category")).forEach(b -> counts.put(b.value(), b.count()));
        return counts;
    }

    private static List<Query> scope(Caller caller, TenantCode center, Instant from, Instant to) {
        var filters = scope(center, from, to);
        filters.add(0, CaseSearch.reachOf(caller));
        return filters;
    }

    /** The cases taken in within {@code center}'s subtree during the period, for every reader. */
    static List<Query> scope(TenantCode center, Instant from, Instant to) {
        var filters = new ArrayList<Query>();
        filters.add(Query.of(q -> q.term(t -> t.field("originAncestors").value(center.value()))));
        CaseSearch.range(filters, "createdAt", from, to);
        return filters;
    }

    private static Map<String, Aggregation> measureAggregations() {
        var aggregations = countAggregations();
        aggregations.put("supervision-overdue", Aggregation.of(a -> a.filter(overdueNow())));
        return aggregations;
    }

    /** Cases with an unanswered supervision order whose response is overdue now. */
    static Query overdueNow() {
        // "now" to the minute, as a date: a request that says "now" is never served from the request cache
        String now = Instant.now().truncatedTo(ChronoUnit.MINUTES).toString();
        return Query.of(
                q -> q.range(r -> r.date(d -> d.field("supervision.dueAt").lt(now))));
    }

    /** The additive counts of {@link Tally} (everything but what the clock changes), one aggregation each. */
    static Map<String, Aggregation> countAggregations() {
        var aggregations = new LinkedHashMap<String, Aggregation>();
        for (String flag : List.of("accepted", "acceptedOnTime", "resolved", "closed", "closedOnTime", "followedUp")) {
            aggregations.put(
                    flag,
                    Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(flag).value(true)))));
        }
        aggregations.put("rated", Aggregation.of(a -> a.filter(f -> f.exists(e -> e.field("satisfaction")))));
        aggregations.put(
                "satisfied",
                Aggregation.of(a ->
                        a.filter(f -> f.terms(t -> t.field("satisfaction").terms(v -> v.value(SATISFIED))))));
        aggregations.put("cycleDays", Aggregation.of(a -> a.stats(v -> v.field("cycleDays"))));
        Query open = Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field("closedAt")))));
        aggregations.put("open", Aggregation.of(a -> a.filter(open)));
        for (String colour : List.of("BLUE", "YELLOW", "RED")) {
            aggregations.put(
                    "open" + colour,
                    Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(open)
                            .filter(w -> w.term(t -> t.field("warning").value(colour)))))));
        }
        for (String sum : List.of("orders", "open", "answeredLate")) {
            aggregations.put("supervision-" + sum, Aggregation.of(a -> a.sum(v -> v.field("supervision." + sum))));
        }
        return aggregations;
    }

    /** The counts of {@link #countAggregations} (or of {@link #basicAggregations}, the rest 0) as a tally. */
    static Tally tally(long found, Map<String, Aggregate> aggregations) {
        var tally = new Tally().add(Tally.Count.FOUND, found);
        Map<Tally.Count, String> filters = Map.of(
                Tally.Count.ACCEPTED, "accepted",
                Tally.Count.ACCEPTED_ON_TIME, "acceptedOnTime",
                Tally.Count.RESOLVED, "resolved",
                Tally.Count.CLOSED, "closed",
                Tally.Count.CLOSED_ON_TIME, "closedOnTime",
                Tally.Count.FOLLOWED_UP, "followedUp",
                Tally.Count.RATED, "rated",
                Tally.Count.SATISFIED, "satisfied",
                Tally.Count.OPEN, "open");
        filters.forEach((count, name) -> {
            if (aggregations.containsKey(name)) {
                tally.add(count, count(aggregations, name));
            }
        });
        for (String colour : List.of("BLUE", "YELLOW", "RED")) {
            if (aggregations.containsKey("open" + colour)) {
                tally.add(Tally.Count.valueOf("OPEN_" + colour), count(aggregations, "open" + colour));
            }
        }
        if (aggregations.containsKey("cycleDays")) {
            var stats = aggregations.get("cycleDays").stats();
            tally.add(Tally.Count.CYCLE_DAYS_SUM, stats.sum()).add(Tally.Count.CYCLE_DAYS_COUNT, stats.count());
        }
        Map<Tally.Count, String> sums = Map.of(
                Tally.Count.SUPERVISION_ORDERS, "supervision-orders",
                Tally.Count.SUPERVISION_OPEN, "supervision-open",
                Tally.Count.SUPERVISION_ANSWERED_LATE, "supervision-answeredLate");
        sums.forEach((count, name) -> {
            if (aggregations.containsKey(name)) {
                tally.add(count, sum(aggregations, name));
            }
        });
        return tally;
    }

    private static Object groupMeasures(long found, Map<String, Aggregate> aggregations, boolean basic) {
        return basic
                ? Measures.basic(found, count(aggregations, "resolved"), count(aggregations, "closed"))
                : Measures.of(counts(found, aggregations));
    }

    static Map<String, Aggregation> basicAggregations() {
        var aggregations = new LinkedHashMap<String, Aggregation>();
        for (String flag : List.of("resolved", "closed")) {
            aggregations.put(
                    flag,
                    Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(flag).value(true)))));
        }
        return aggregations;
    }

    static Aggregation grouping(GroupBy groupBy, TenantCode center, Map<String, Aggregation> measures) {
        return switch (groupBy) {
            case NONE, CENTER -> null;
            case CATEGORY -> terms("category", null, measures);
            case CHANNEL -> terms("channel", null, measures);
            case LEVEL -> terms("originLevel", null, measures);
            case RISK -> terms("risk", null, measures);
            case DAY -> histogram(CalendarInterval.Day, "yyyy-MM-dd", measures);
            case WEEK -> histogram(CalendarInterval.Week, "yyyy-MM-dd", measures);
            case CHILD -> {
                if (center.level() == TenantCode.Level.VILLAGE) {
                    throw new IllegalArgumentException("a village has no child centers to group by");
                }
                int childLength = TenantCode.Level.values()[center.level().ordinal() + 1].codeLength();
                yield terms(
                        "originAncestors",
                        center.value() + "[0-9]{"
                                + (childLength - center.value().length()) + "}",
                        measures);
            }
            case MONTH -> histogram(CalendarInterval.Month, "yyyy-MM", measures);
        };
    }

    /** Cases by the day, week (from Monday) or month they were taken in, China time. */
    private static Aggregation histogram(CalendarInterval interval, String format, Map<String, Aggregation> measures) {
        return Aggregation.of(a -> a.dateHistogram(d -> d.field("createdAt")
                        .calendarInterval(interval)
                        .timeZone("Asia/Shanghai")
                        .format(format))
                .aggregations(measures));
    }

    private static Aggregation terms(String field, String include, Map<String, Aggregation> measures) {
        return Aggregation.of(a -> a.terms(t -> {
                    t.field(field).size(500);
                    if (include != null) {
                        t.include(i -> i.regexp(include));
                    }
                    return t;
                })
                .aggregations(measures));
    }

    private static Measures.Counts counts(long found, Map<String, Aggregate> aggregations) {
        Double cycle = aggregations.get("cycleDays").stats().avg();
        return new Measures.Counts(
                found,
                count(aggregations, "accepted"),
                count(aggregations, "acceptedOnTime"),
                count(aggregations, "resolved"),
                count(aggregations, "closed"),
                count(aggregations, "closedOnTime"),
                count(aggregations, "followedUp"),
                count(aggregations, "rated"),
                count(aggregations, "satisfied"),
                cycle == null || cycle.isNaN() ? null : cycle,
                new Measures.Workload(
                        count(aggregations, "open"),
                        count(aggregations, "openBLUE"),
                        count(aggregations, "openYELLOW"),
                        count(aggregations, "openRED"),
                        sum(aggregations, "supervision-orders"),
                        sum(aggregations, "supervision-open"),
                        count(aggregations, "supervision-overdue"),
                        sum(aggregations, "supervision-answeredLate")));
    }

    private static long count(Map<String, Aggregate> aggregations, String name) {
        return aggregations.get(name).filter().docCount();
    }

    private static long sum(Map<String, Aggregate> aggregations, String name) {
        return Math.round(aggregations.get(name).sum().value());
    }
}
