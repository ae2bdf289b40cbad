package org.zongzhi.search.cases.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.RollupKey;
import org.zongzhi.search.cases.domain.Tally;
import org.zongzhi.search.cases.domain.Visibility;

/**
 * Daily roll-ups of the numbers, one document per county (or city or province center that took cases in
 * itself) and day of intake, in an index beside the case index. A province, city or county asking for a
 * period of whole days adds up roll-ups (tens of thousands of documents for a province's year) instead of
 * aggregating every case (a million), so its dashboard costs about the same cold as warm.
 *
 * <p>Correct at every moment, not only eventually: indexing marks a roll-up stale (in Redis, before and
 * after the cases are written) until it has been recomputed from its cases; a question counts the stale
 * roll-ups' cases directly and adds them to the fresh roll-ups, so its answer is the one aggregating every
 * case would give. What changes with the clock alone (supervision orders overdue now) is always counted
 * from the cases. Below a county, and for periods that do not start and end at midnight China time, the
 * numbers come from the cases as before.
 */
@Component
public class CaseRollups implements SmartLifecycle {

    /** Raise when a roll-up document's content changes: every roll-up is rebuilt at the next start. */
    static final int SCHEMA = 1;

    static final List<String> BREAKDOWNS = List.of("category", "channel", "risk", "originLevel");
    private static final String META = "meta";
    private static final int BATCH = 200;
    /** More stale roll-ups than this (a full rebuild of the case index is running): count the cases. */
    private static final int STALE_LIMIT = 2_000;

    private static final Logger log = LoggerFactory.getLogger(CaseRollups.class);

    /** Marks roll-ups stale with one increasing number, so a recomputation knows whether it saw the last mark. */
    private static final RedisScript<Long> MARK = RedisScript.of("""
            local n = redis.call('INCR', KEYS[2])
            for i = 1, #ARGV do redis.call('ZADD', KEYS[1], n, ARGV[i]) end
            return n
            """, Long.class);

    /** Clears a stale mark only if nobody marked the roll-up again since it was read. */
    private static final RedisScript<Long> CLEAR = RedisScript.of("""
            local cleared = 0
            for i = 1, #ARGV, 2 do
              local score = redis.call('ZSCORE', KEYS[1], ARGV[i])
              if score and tonumber(score) == tonumber(ARGV[i + 1]) then
                redis.call('ZREM', KEYS[1], ARGV[i])
                cleared = cleared + 1
              end
            end
            return cleared
            """, Long.class);

    private final ElasticsearchClient client;
    private final String cases;
    private final String index;
    private final StringRedisTemplate redis;
    private final String staleKey;
    private final String sequenceKey;
    private final AtomicLong lastVersion = new AtomicLong();
    private volatile boolean ready;
    private volatile boolean running;
    /** Released by each mark this replica makes (and by stop): the worker waits for it, not for a fixed time. */
    private final java.util.concurrent.Semaphore marked = new java.util.concurrent.Semaphore(0);

    private Thread worker;

    @Autowired
    CaseRollups(ElasticsearchClient client, StringRedisTemplate redis) {
        this(client, CaseIndex.ALIAS, redis);
    }

    private CaseRollups(ElasticsearchClient client, String cases, StringRedisTemplate redis) {
        this.client = client;
        this.cases = cases;
        this.index = cases.equals(CaseIndex.ALIAS) ? "case-rollups" : cases + "-rollups";
        this.redis = redis;
        this.staleKey = "search:rollups:stale:" + index;
        this.sequenceKey = "search:rollups:sequence:" + index;
    }

    /**
     * Roll-ups of another case index, without stale marks (benchmarks load an index of their own, write it
     * once and {@link #rebuild()} its roll-ups).
     */
    public static CaseRollups over(ElasticsearchClient client, String cases) {
        return new CaseRollups(client, cases, null);
    }

    // ---- indexing -------------------------------------------------------------------------------------

    /**
     * Marks the roll-ups these cases count in as stale. Called before the cases are written (so a question
     * asked meanwhile counts them directly) and again after (so a recomputation that ran in between, and may
     * not have seen them, does not clear the mark).
     */
    void markStale(Collection<CaseDocument> documents) {
        if (redis == null || documents.isEmpty()) {
            return;
        }
        var ids = new LinkedHashSet<String>();
        for (CaseDocument document : documents) {
            if (document.originCenter() != null && document.createdAt() != null) {
                ids.add(RollupKey.of(document.originCenter(), document.createdAt())
                        .id());
            }
        }
        if (!ids.isEmpty()) {
            redis.execute(MARK, List.of(staleKey, sequenceKey), ids.toArray());
            marked.release();
        }
    }

    /**
     * Recomputes up to one batch of stale roll-ups from their cases.
     *
     * @return how many were stale
     */
    int refreshStale() {
        Set<ZSetOperations.TypedTuple<String>> stale = redis.opsForZSet().rangeWithScores(staleKey, 0, BATCH - 1);
        if (stale == null || stale.isEmpty()) {
            return 0;
        }
        refreshCases();
        long version = nextVersion();
        List<RollupKey> keys =
                stale.stream().map(t -> RollupKey.parse(t.getValue())).toList();
        write(compute(keys), keys, version);
        // searchable before the marks go: a question never sees neither the mark nor the new roll-up
        refreshRollups();
        var clear = new ArrayList<String>();
        for (var tuple : stale) {
            clear.add(tuple.getValue());
            clear.add(Long.toString(Math.round(tuple.getScore())));
        }
        redis.execute(CLEAR, List.of(staleKey), clear.toArray());
        return stale.size();
    }

    /** Recomputes every roll-up from the case index and marks the roll-ups complete. */
    public void rebuild() {
        ensureIndex();
        refreshCases();
        long version = nextVersion();
        int written = 0;
        for (String center : keyCenters()) {
            Map<String, FieldValue> after = null;
            do {
                Map<String, FieldValue> page = after;
                SearchResponse<Void> response = search(SearchRequest.of(s -> s.index(cases)
                        .size(0)
                        .query(q -> q.bool(b -> b.filter(casesOf(center))))
                        .aggregations(
                                "days",
                                a -> a.composite(c -> {
                                            c.size(BATCH)
                                                    .sources(List.of(NamedValue.of(
                                                            "day",
                                                            CompositeAggregationSource.of(
                                                                    src -> src.dateHistogram(d -> d.field("createdAt")
                                                                            .calendarInterval(t -> t.time("1d"))
                                                                            .timeZone(RollupKey.CHINA.getId())
                                                                            .format("yyyy-MM-dd"))))));
                                            if (page != null) {
                                                c.after(page);
                                            }
                                            return c;
                                        })
                                        .aggregations(rollupAggregations()))));
                CompositeAggregate days = response.aggregations().get("days").composite();
                var documents = new LinkedHashMap<RollupKey, Map<String, Object>>();
                for (var bucket : days.buckets().array()) {
                    var key = new RollupKey(
                            center, LocalDate.parse(bucket.key().get("day").stringValue()));
                    documents.put(key, document(key, bucket.docCount(), bucket.aggregations()));
                }
                write(documents, List.of(), version);
                written += documents.size();
                after = days.buckets().array().size() < BATCH ? null : days.afterKey();
            } while (after != null && !after.isEmpty());
        }
        index(
                META,
                Map.of(
                        "schema",
                        SCHEMA,
                        "complete",
                        true,
                        "builtAt",
                        Instant.now().toString()),
                version);
        refreshRollups();
        ready = true;
        log.info("Rebuilt {} daily roll-ups from the case index {}", written, cases);
    }

    /** The roll-ups' centers: counties with cases, and cities and the province where they took cases in. */
    private List<String> keyCenters() {
        SearchResponse<Void> response = search(SearchRequest.of(s -> s.index(cases)
                .size(0)
                .aggregations(
                        "counties",
                        a -> a.terms(t -> t.field("originAncestors")
                                .include(i -> i.regexp("[0-9]{6}"))
                                .size(100_000)))
                .aggregations(
                        "above",
                        a -> a.terms(t -> t.field("originCenter")
                                .include(i -> i.regexp("[0-9]{2}|[0-9]{4}"))
                                .size(1_000)))));
        var centers = new ArrayList<String>();
        for (String name : List.of("above", "counties")) {
            CaseSearch.buckets(response.aggregations().get(name)).forEach(b -> centers.add(b.value()));
        }
        return centers;
    }

    /** The cases a roll-up of {@code center} counts: a county's subtree, or a city's or the province's own. */
    private static List<Query> casesOf(String center) {
        var filters = new ArrayList<Query>();
        filters.add(Query.of(q -> q.term(t -> t.field("originAncestors").value(center))));
        if (center.length() < RollupKey.FINEST.codeLength()) {
            filters.add(Query.of(q -> q.term(t -> t.field("originCenter").value(center))));
        }
        return filters;
    }

    private static Query casesOf(RollupKey key) {
        var filters = casesOf(key.center());
        CaseSearch.range(filters, "createdAt", key.start(), key.start().plusSeconds(86_400));
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private Map<RollupKey, Map<String, Object>> compute(List<RollupKey> keys) {
        var named = new LinkedHashMap<String, Query>();
        keys.forEach(key -> named.put(key.id(), casesOf(key)));
        SearchResponse<Void> response = search(SearchRequest.of(s -> s.index(cases)
                .size(0)
                .aggregations(
                        "rollups",
                        a -> a.filters(f -> f.filters(b -> b.keyed(named))).aggregations(rollupAggregations()))));
        var documents = new LinkedHashMap<RollupKey, Map<String, Object>>();
        response.aggregations().get("rollups").filters().buckets().keyed().forEach((id, bucket) -> {
            if (bucket.docCount() > 0) {
                RollupKey key = RollupKey.parse(id);
                documents.put(key, document(key, bucket.docCount(), bucket.aggregations()));
            }
        });
        return documents;
    }

    /** What a roll-up holds: the measures' counts over its cases, and found/resolved/closed by breakdown. */
    private static Map<String, Aggregation> rollupAggregations() {
        var aggregations = CaseStatistics.countAggregations();
        var basic = CaseStatistics.basicAggregations();
        for (String breakdown : BREAKDOWNS) {
            aggregations.put(
                    "by-" + breakdown,
                    Aggregation.of(
                            a -> a.terms(t -> t.field(breakdown).size(500)).aggregations(basic)));
        }
        return aggregations;
    }

    private static Map<String, Object> document(RollupKey key, long found, Map<String, Aggregate> aggregations) {
        var document = new LinkedHashMap<String, Object>();
        document.put("center", key.center());
        document.put("ancestors", Visibility.chain(key.center()));
        document.put("day", key.day().toString());
        Tally tally = CaseStatistics.tally(found, aggregations);
        for (Tally.Count count : Tally.Count.values()) {
            double value = tally.get(count);
            if (count == Tally.Count.CYCLE_DAYS_SUM) {
                document.put(count.field(), value);
            } else {
                document.put(count.field(), Math.round(value));
            }
        }
        var parts = new LinkedHashMap<String, Object>();
        for (String breakdown : BREAKDOWNS) {
            var values = new LinkedHashMap<String, Object>();
            aggregations.get("by-" + breakdown).sterms().buckets().array().forEach(b -> {
                String value = b.key().stringValue();
                if (fieldSafe(value)) {
                    values.put(
                            value,
                            Map.of(
                                    "found", b.docCount(),
                                    "resolved",
                                            b.aggregations()
                                                    .get("resolved")
                                                    .filter()
                                                    .docCount(),
                                    "closed",
                                            b.aggregations()
                                                    .get("closed")
                                                    .filter()
                                                    .docCount()));
                }
            });
            parts.put(breakdown, values);
        }
        document.put("parts", parts);
        return document;
    }

    /** A breakdown value becomes part of a field name: codes are, anything else is counted from the cases. */
    private static boolean fieldSafe(String value) {
        return value.matches("[A-Za-z0-9_\\-]{1,64}");
    }

    private void write(Map<RollupKey, Map<String, Object>> documents, List<RollupKey> asked, long version) {
        var operations = new ArrayList<BulkOperation>();
        documents.forEach((key, document) -> operations.add(BulkOperation.of(op -> op.index(i -> i.index(index)
                .id(key.id())
                .version(version)
                .versionType(VersionType.External)
                .document(document)))));
        for (RollupKey key : asked) {
            if (!documents.containsKey(key)) {
                operations.add(BulkOperation.of(op -> op.delete(
                        d -> d.index(index).id(key.id()).version(version).versionType(VersionType.External))));
            }
        }
        if (operations.isEmpty()) {
            return;
        }
        BulkResponse response;
        try {
            response = client.bulk(b -> b.operations(operations));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
        if (response.errors()) {
            // 409: a newer recomputation (another replica's) is already there; 404: nothing to delete
            var failures = response.items().stream()
                    .filter(item -> item.error() != null && item.status() != 409 && item.status() != 404)
                    .map(item -> item.id() + ": " + item.error().reason())
                    .toList();
            if (!failures.isEmpty()) {
                throw new IllegalStateException("Elasticsearch refused roll-ups: " + failures);
            }
        }
    }

    private void index(String id, Map<String, Object> document, long version) {
        try {
            client.index(i -> i.index(index)
                    .id(id)
                    .version(version)
                    .versionType(VersionType.External)
                    .document(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Versions increase within a process and follow the clock across replicas: the newest count wins. */
    private long nextVersion() {
        long now = System.currentTimeMillis() * 1_000;
        return lastVersion.updateAndGet(last -> Math.max(last + 1, now));
    }

    // ---- questions ------------------------------------------------------------------------------------

    /**
     * The report roll-ups can answer, or empty when the question needs the cases themselves: below a
     * county, a period not made of whole days (China time), a breakdown with every measure, every center at
     * once, or roll-ups not built yet.
     */
    public Optional<CaseStatistics.Report> report(
            TenantCode center, Instant from, Instant to, CaseStatistics.GroupBy groupBy, boolean basic) {
        if (!answers(center, from, to, groupBy, basic)) {
            return Optional.empty();
        }
        List<RollupKey> stale = stale(center, from, to);
        if (stale == null) {
            return Optional.empty();
        }
        Map<String, Tally> groups = new HashMap<>();
        Tally overall = new Tally();
        List<String> values = breakdownValues(groupBy);
        fromRollups(center, from, to, groupBy, stale, values, overall, groups);
        if (!stale.isEmpty()) {
            fromCases(center, from, to, groupBy, basic, stale, overall, groups);
        }
        Map<String, Long> overdue = basic ? Map.of() : overdue(center, from, to, groupBy);
        List<CaseStatistics.Group> report = ordered(groupBy, groups).stream()
                .map(key -> new CaseStatistics.Group(
                        key, figures(groups.getOrDefault(key, new Tally()), overdue.getOrDefault(key, 0L), basic)))
                .toList();
        return Optional.of(new CaseStatistics.Report(
                center.value(),
                from,
                to,
                figures(overall, overdue.getOrDefault("", 0L), basic),
                groupBy.name(),
                groupBy == CaseStatistics.GroupBy.NONE ? List.of() : report));
    }

    private boolean answers(
            TenantCode center, Instant from, Instant to, CaseStatistics.GroupBy groupBy, boolean basic) {
        if (!isReady()
                || center.level().ordinal() > RollupKey.FINEST.ordinal()
                || !RollupKey.isDayBoundary(from)
                || !RollupKey.isDayBoundary(to)) {
            return false;
        }
        return switch (groupBy) {
            case NONE, DAY, WEEK, MONTH -> true;
            case CHILD -> center.level().ordinal() < RollupKey.FINEST.ordinal();
            case CATEGORY, CHANNEL, RISK, LEVEL -> basic;
            case CENTER -> false;
        };
    }

    private static Object figures(Tally tally, long overdue, boolean basic) {
        return basic ? tally.basic() : tally.measures(overdue);
    }

    /** The stale roll-ups within the question, or null when too many are stale to be worth it. */
    private List<RollupKey> stale(TenantCode center, Instant from, Instant to) {
        if (redis == null) {
            return List.of();
        }
        Long size = redis.opsForZSet().zCard(staleKey);
        if (size == null || size > STALE_LIMIT) {
            return size == null ? List.of() : null;
        }
        Set<String> ids = redis.opsForZSet().range(staleKey, 0, -1);
        var keys = new ArrayList<RollupKey>();
        for (String id : ids == null ? Set.<String>of() : ids) {
            RollupKey key = RollupKey.parse(id);
            if (key.within(center)
                    && (from == null || !key.start().isBefore(from))
                    && (to == null || key.start().isBefore(to))) {
                keys.add(key);
            }
        }
        return keys;
    }

    private void fromRollups(
            TenantCode center,
            Instant from,
            Instant to,
            CaseStatistics.GroupBy groupBy,
            List<RollupKey> stale,
            List<String> values,
            Tally overall,
            Map<String, Tally> groups) {
        var filters = new ArrayList<Query>();
        filters.add(Query.of(q -> q.term(t -> t.field("ancestors").value(center.value()))));
        if (from != null || to != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("day");
                if (from != null) {
                    d.gte(day(from).toString());
                }
                if (to != null) {
                    d.lt(day(to).toString());
                }
                return d;
            }))));
        }
        List<String> staleIds = stale.stream().map(RollupKey::id).toList();
        Map<String, Aggregation> sums = sums();
        var request = new SearchRequest.Builder()
                .index(index)
                .size(0)
                .query(q -> q.bool(b -> {
                    b.filter(filters);
                    if (!staleIds.isEmpty()) {
                        b.mustNot(m -> m.ids(i -> i.values(staleIds)));
                    }
                    return b;
                }))
                .aggregations(sums);
        switch (groupBy) {
            case DAY, WEEK, MONTH ->
                request.aggregations(
                        "groups",
                        a -> a.dateHistogram(d -> d.field("day")
                                        .calendarInterval(interval(groupBy))
                                        .format(format(groupBy)))
                                .aggregations(sums));
            case CHILD -> {
                int childLength = TenantCode.Level.values()[center.level().ordinal() + 1].codeLength();
                request.aggregations(
                        "groups",
                        a -> a.terms(t -> t.field("ancestors")
                                        .include(i -> i.regexp(center.value() + "[0-9]{"
                                                + (childLength - center.value().length()) + "}"))
                                        .size(500))
                                .aggregations(sums));
            }
            case CATEGORY, CHANNEL, RISK, LEVEL -> {
                String breakdown = breakdown(groupBy);
                for (String value : values) {
                    for (String count : List.of("found", "resolved", "closed")) {
                        String field = "parts." + breakdown + "." + value + "." + count;
                        request.aggregations("part|" + value + "|" + count, a -> a.sum(v -> v.field(field)));
                    }
                }
            }
            default -> {}
        }
        SearchResponse<Void> response = search(request.build());
        overall.add(tallyOfSums(response.aggregations()));
        Aggregate grouped = response.aggregations().get("groups");
        if (grouped != null && grouped.isDateHistogram()) {
            grouped.dateHistogram()
                    .buckets()
                    .array()
                    .forEach(b -> groups.computeIfAbsent(b.keyAsString(), k -> new Tally())
                            .add(tallyOfSums(b.aggregations())));
        } else if (grouped != null && grouped.isSterms()) {
            grouped.sterms()
                    .buckets()
                    .array()
                    .forEach(b -> groups.computeIfAbsent(b.key().stringValue(), k -> new Tally())
                            .add(tallyOfSums(b.aggregations())));
        }
        for (String value : values) {
            Tally part = new Tally()
                    .add(Tally.Count.FOUND, sum(response.aggregations(), "part|" + value + "|found"))
                    .add(Tally.Count.RESOLVED, sum(response.aggregations(), "part|" + value + "|resolved"))
                    .add(Tally.Count.CLOSED, sum(response.aggregations(), "part|" + value + "|closed"));
            if (part.found() > 0) {
                groups.computeIfAbsent(value, k -> new Tally()).add(part);
            }
        }
    }

    /** The stale roll-ups' cases, counted as the case index holds them now. */
    private void fromCases(
            TenantCode center,
            Instant from,
            Instant to,
            CaseStatistics.GroupBy groupBy,
            boolean basic,
            List<RollupKey> stale,
            Tally overall,
            Map<String, Tally> groups) {
        List<Query> filters = CaseStatistics.scope(center, from, to);
        List<Query> staleCases = stale.stream().map(CaseRollups::casesOf).toList();
        filters.add(Query.of(q -> q.bool(b -> b.should(staleCases).minimumShouldMatch("1"))));
        Map<String, Aggregation> counts =
                basic ? CaseStatistics.basicAggregations() : CaseStatistics.countAggregations();
        var request = new SearchRequest.Builder()
                .index(cases)
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations(counts);
        Aggregation grouping = CaseStatistics.grouping(groupBy, center, counts);
        if (grouping != null) {
            request.aggregations("groups", grouping);
        }
        SearchResponse<Void> response = search(request.build());
        long found =
                response.hits().total() == null ? 0 : response.hits().total().value();
        overall.add(CaseStatistics.tally(found, response.aggregations()));
        CaseStatistics.forEachGroup(
                response.aggregations().get("groups"),
                (key, bucket) -> groups.computeIfAbsent(key, k -> new Tally())
                        .add(CaseStatistics.tally(bucket.docCount(), bucket.aggregations())));
    }

    /** Supervision orders overdue now, overall ("") and by group: the clock moves it, so it is never rolled up. */
    private Map<String, Long> overdue(TenantCode center, Instant from, Instant to, CaseStatistics.GroupBy groupBy) {
        List<Query> filters = CaseStatistics.scope(center, from, to);
        filters.add(CaseStatistics.overdueNow());
        var request = new SearchRequest.Builder()
                .index(cases)
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(filters)));
        Aggregation grouping = CaseStatistics.grouping(groupBy, center, Map.of());
        if (grouping != null) {
            request.aggregations("groups", grouping);
        }
        SearchResponse<Void> response = search(request.build());
        var overdue = new HashMap<String, Long>();
        overdue.put(
                "",
                response.hits().total() == null ? 0 : response.hits().total().value());
        CaseStatistics.forEachGroup(
                response.aggregations().get("groups"), (key, bucket) -> overdue.put(key, bucket.docCount()));
        return overdue;
    }

    /** Groups as the case index orders them: by cases found (then code) for terms, in time for dates, gaps filled. */
    private static List<String> ordered(CaseStatistics.GroupBy groupBy, Map<String, Tally> groups) {
        switch (groupBy) {
            case NONE -> {
                return List.of();
            }
            case DAY, WEEK, MONTH -> {
                if (groups.isEmpty()) {
                    return List.of();
                }
                var keys = new TreeMap<>(groups).navigableKeySet();
                var ordered = new ArrayList<String>();
                for (String key = keys.first(); key.compareTo(keys.last()) <= 0; key = next(groupBy, key)) {
                    ordered.add(key);
                }
                return ordered;
            }
            default -> {
                return groups.entrySet().stream()
                        .filter(e -> e.getValue().found() > 0)
                        .sorted(Comparator.<Map.Entry<String, Tally>>comparingLong(
                                        e -> -e.getValue().found())
                                .thenComparing(Map.Entry::getKey))
                        .map(Map.Entry::getKey)
                        .toList();
            }
        }
    }

    private static String next(CaseStatistics.GroupBy groupBy, String key) {
        return switch (groupBy) {
            case DAY -> LocalDate.parse(key).plusDays(1).toString();
            case WEEK -> LocalDate.parse(key).plusWeeks(1).toString();
            default -> YearMonth.parse(key).plusMonths(1).toString();
        };
    }

    private static CalendarInterval interval(CaseStatistics.GroupBy groupBy) {
        return switch (groupBy) {
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
            default -> CalendarInterval.Month;
        };
    }

    private static String format(CaseStatistics.GroupBy groupBy) {
        return groupBy == CaseStatistics.GroupBy.MONTH ? "yyyy-MM" : "yyyy-MM-dd";
    }

    private static String breakdown(CaseStatistics.GroupBy groupBy) {
        return switch (groupBy) {
            case CATEGORY -> "category";
            case CHANNEL -> "channel";
            case RISK -> "risk";
            default -> "originLevel";
        };
    }

    /** The values the roll-ups hold for a breakdown: the fields their documents brought into the mapping. */
    private List<String> breakdownValues(CaseStatistics.GroupBy groupBy) {
        if (!Set.of(
                        CaseStatistics.GroupBy.CATEGORY,
                        CaseStatistics.GroupBy.CHANNEL,
                        CaseStatistics.GroupBy.RISK,
                        CaseStatistics.GroupBy.LEVEL)
                .contains(groupBy)) {
            return List.of();
        }
        try {
            var values = new ArrayList<String>();
            for (var mapping :
                    client.indices().getMapping(m -> m.index(index)).mappings().values()) {
                Property parts = mapping.mappings().properties().get("parts");
                Property part =
                        parts == null ? null : parts.object().properties().get(breakdown(groupBy));
                if (part != null && part.isObject()) {
                    values.addAll(part.object().properties().keySet());
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private static Map<String, Aggregation> sums() {
        var sums = new LinkedHashMap<String, Aggregation>();
        for (Tally.Count count : Tally.Count.values()) {
            sums.put(count.field(), Aggregation.of(a -> a.sum(s -> s.field(count.field()))));
        }
        return sums;
    }

    private static Tally tallyOfSums(Map<String, Aggregate> aggregations) {
        var tally = new Tally();
        for (Tally.Count count : Tally.Count.values()) {
            tally.add(count, sum(aggregations, count.field()));
        }
        return tally;
    }

    private static double sum(Map<String, Aggregate> aggregations, String name) {
        Aggregate aggregate = aggregations.get(name);
        return aggregate == null ? 0 : aggregate.sum().value();
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(RollupKey.CHINA).toLocalDate();
    }

    // ---- the roll-up index and its worker -------------------------------------------------------------

    /** Whether every roll-up has been built once (until then every figure comes from the cases). */
    public boolean isReady() {
        if (ready) {
            return true;
        }
        try {
            var meta = client.get(g -> g.index(index).id(META), Map.class);
            ready = meta.found()
                    && meta.source() != null
                    && Boolean.TRUE.equals(meta.source().get("complete"))
                    && Integer.valueOf(SCHEMA).equals(meta.source().get("schema"));
        } catch (ElasticsearchException e) {
            ready = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
        return ready;
    }

    private void ensureIndex() {
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                return;
            }
            try (InputStream definition = getClass().getResourceAsStream("/elasticsearch/case-rollups-index.json")) {
                String json = new String(definition.readAllBytes(), StandardCharsets.UTF_8);
                client.indices().create(c -> c.index(index).withJson(new StringReader(json)));
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private void refreshCases() {
        try {
            client.indices().refresh(r -> r.index(cases));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private void refreshRollups() {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private SearchResponse<Void> search(SearchRequest request) {
        try {
            return client.search(request, Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("case-rollups").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        marked.release();
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Waits until this replica marks a roll-up stale (or it stops), at most {@code millis}. */
    private void awaitMark(long millis) throws InterruptedException {
        if (marked.tryAcquire(millis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            marked.drainPermits();
        }
    }

    /** Builds the roll-ups once (one replica at a time), then keeps recomputing the stale ones. */
    private void run() {
        long backoff = 500;
        while (running) {
            try {
                if (!isReady()) {
                    ensureIndex();
                    Boolean mine = redis.opsForValue()
                            .setIfAbsent(staleKey + ":rebuilding", "1", java.time.Duration.ofMinutes(10));
                    if (Boolean.TRUE.equals(mine)) {
                        try {
                            rebuild();
                        } finally {
                            redis.delete(staleKey + ":rebuilding");
                        }
                    } else {
                        awaitMark(2_000);
                        continue;
                    }
                }
                if (refreshStale() == 0) {
                    // the next mark of this replica, or another replica's within a quarter of a second
                    awaitMark(250);
                }
                backoff = 500;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Roll-ups could not be brought up to date (next try in {} ms): {}", backoff, e.toString());
                try {
                    awaitMark(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }
}
