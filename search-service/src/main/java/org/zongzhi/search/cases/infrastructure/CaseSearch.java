package org.zongzhi.search.cases.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.CaseQuery;

/**
 * Full-text search over the case index with filters, facets, highlighting, sorting and paging. The
 * caller's reach ({@code visibleTo} contains the caller's center) is a filter of every query it sends.
 */
@Component
public class CaseSearch {

    static final List<String> FACETS = List.of("category", "status", "risk", "channel", "warning", "originLevel");
    private static final List<String> TEXT_FIELDS = List.of(
            "title^3",
            "title.cjk^2",
            "description",
            "description.cjk",
            "notes",
            "notes.cjk",
            "place",
            "partyNames",
            "code.text");

    private static final List<String> HIGHLIGHTED =
            List.of("title", "title.cjk", "description", "description.cjk", "notes", "notes.cjk");

    /** Searched and highlighted only for callers who read internal notes ({@code Caller.readsInternalNotes}). */
    private static final List<String> INTERNAL = List.of("internalNotes", "internalNotes.cjk");

    private static List<String> textFields(Caller caller) {
        if (!caller.readsInternalNotes()) {
            return TEXT_FIELDS;
        }
        var fields = new java.util.ArrayList<>(TEXT_FIELDS);
        fields.addAll(INTERNAL);
        return fields;
    }

    private final ElasticsearchClient client;
    private final String index;

    @Autowired
    CaseSearch(ElasticsearchClient client) {
        this(client, CaseIndex.ALIAS);
    }

    private CaseSearch(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** The same searches over another index (benchmarks load one of their own). */
    public static CaseSearch over(ElasticsearchClient client, String index) {
        return new CaseSearch(client, index);
    }

    String index() {
        return index;
    }

    public record Found(CaseDocument document, double score, Map<String, List<String>> highlights) {}

    public record Bucket(String value, long count) {}

    public record Result(long total, int page, int size, List<Found> items, Map<String, List<Bucket>> facets) {}

    /** The filter every query of this service carries: the case is visible to the caller's center. */
    static Query reachOf(Caller caller) {
        return Query.of(
                q -> q.term(t -> t.field("visibleTo").value(caller.tenant().value())));
    }

    public Result search(Caller caller, CaseQuery query) {
        boolean hasText = hasText(query);
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(index)
                .query(queryOf(caller, query))
                .from(query.page() * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .sort(sortOf(query));
        for (String facet : FACETS) {
            request.aggregations(facet, a -> a.terms(t -> t.field(facet).size(50)));
        }
        if (hasText) {
            List<String> highlighted = new java.util.ArrayList<>(HIGHLIGHTED);
            if (caller.readsInternalNotes()) {
                highlighted.addAll(INTERNAL);
            }
            List<NamedValue<HighlightField>> fields = highlighted.stream()
                    .map(field -> NamedValue.of(field, HighlightField.of(f -> f)))
                    .toList();
            request.highlight(h -> h.preTags("<em>").postTags("</em>").fields(fields));
        }
        SearchResponse<CaseDocument> response = execute(request.build());
        List<Found> items =
                response.hits().hits().stream().map(hit -> found(hit, caller)).toList();
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            facets.put(facet, buckets(response.aggregations().get(facet)));
        }
        long total = response.hits().total() == null
                ? items.size()
                : response.hits().total().value();
        return new Result(total, query.page(), query.size(), items, facets);
    }

    private static boolean hasText(CaseQuery query) {
        return query.text() != null && !query.text().isBlank();
    }

    /** The query of a search: the caller's reach, the filters and the text; an export sends the same. */
    static Query queryOf(Caller caller, CaseQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder().filter(reachOf(caller));
        filters(query).forEach(bool::filter);
        if (hasText(query)) {
            String text = query.text().strip();
            bool.must(m -> m.bool(b -> b.should(
                            s -> s.term(t -> t.field("code").value(text).boost(20f)))
                    .should(s -> s.multiMatch(
                            mm -> mm.query(text).fields(textFields(caller)).operator(Operator.And)))
                    .should(s -> s.multiMatch(mm -> mm.query(text)
                            .fields(textFields(caller))
                            .type(co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType.Phrase)
                            .boost(2f)))
                    .minimumShouldMatch("1")));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    /** The order of a search's hits: relevance by default with text, newest first without. */
    static List<SortOptions> sortOf(CaseQuery query) {
        String sort = query.sort() != null ? query.sort() : hasText(query) ? "relevance" : "newest";
        return switch (sort) {
            case "newest" ->
                List.of(SortOptions.of(s -> s.field(f -> f.field("createdAt").order(SortOrder.Desc))));
            case "oldest" ->
                List.of(SortOptions.of(s -> s.field(f -> f.field("createdAt").order(SortOrder.Asc))));
            case "risk" ->
                List.of(
                        SortOptions.of(s -> s.field(f -> f.field("risk").order(SortOrder.Desc))),
                        SortOptions.of(s -> s.field(f -> f.field("createdAt").order(SortOrder.Desc))));
            default ->
                List.of(
                        SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))),
                        SortOptions.of(s -> s.field(f -> f.field("createdAt").order(SortOrder.Desc))));
        };
    }

    /** One case, if the caller may see it. */
    public java.util.Optional<CaseDocument> find(Caller caller, String id) {
        SearchResponse<CaseDocument> response = execute(SearchRequest.of(s -> s.index(index)
                .query(q -> q.bool(b -> b.filter(reachOf(caller)).filter(f -> f.ids(i -> i.values(id)))))
                .size(1)));
        return response.hits().hits().stream()
                .map(Hit::source)
                .map(d -> caller.readsInternalNotes() ? d : d.withoutInternalNotes())
                .findFirst();
    }

    static List<Query> filters(CaseQuery query) {
        var filters = new ArrayList<Query>();
        if (query.center() != null) {
            filters.add(Query.of(q ->
                    q.term(t -> t.field("originAncestors").value(query.center().value()))));
        }
        if (query.level() != null) {
            filters.add(Query.of(
                    q -> q.term(t -> t.field("originLevel").value(query.level().name()))));
        }
        terms(filters, "category", query.categories());
        terms(filters, "status", query.statuses());
        terms(filters, "risk", query.risks());
        terms(filters, "channel", query.channels());
        terms(filters, "warning", query.warnings());
        range(filters, "createdAt", query.createdFrom(), query.createdTo());
        range(filters, "closedAt", query.closedFrom(), query.closedTo());
        return filters;
    }

    private static void terms(List<Query> filters, String field, Set<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues)))));
        }
    }

    static void range(List<Query> filters, String field, Instant from, Instant to) {
        if (from == null && to == null) {
            return;
        }
        filters.add(Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field);
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lt(to.toString());
            }
            return d;
        }))));
    }

    private static Found found(Hit<CaseDocument> hit, Caller caller) {
        CaseDocument document = hit.source();
        if (document != null && !caller.readsInternalNotes()) {
            document = document.withoutInternalNotes();
        }
        return new Found(document, hit.score() == null ? 0 : hit.score(), hit.highlight());
    }

    static List<Bucket> buckets(Aggregate aggregation) {
        if (aggregation == null || !aggregation.isSterms()) {
            return List.of();
        }
        return aggregation.sterms().buckets().array().stream()
                .map((StringTermsBucket b) -> new Bucket(b.key().stringValue(), b.docCount()))
                .toList();
    }

    SearchResponse<CaseDocument> execute(SearchRequest request) {
        try {
            return client.search(request, CaseDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }
}
