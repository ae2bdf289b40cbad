package org.zongzhi.search.cases.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.CaseQuery;

/**
 * Every case a search would find, in the search's order, page after page: a point in time keeps the view
 * fixed while {@code search_after} walks past the 10,000 hits paging can reach. Only the fields a list shows
 * are fetched (no descriptions, notes or party keys).
 */
@Component
public class CaseExport {

    private static final String KEEP_ALIVE = "2m";
    private static final List<String> LEFT_OUT = List.of(
            "description",
            "notes",
            "internalNotes",
            "partyKeys",
            "visibleTo",
            "originAncestors",
            "respondents",
            "place");

    private final ElasticsearchClient client;
    private final String index;
    private final int pageSize;

    @Autowired
    CaseExport(ElasticsearchClient client, @Value("${platform.export.page-size:1000}") int pageSize) {
        this(client, CaseIndex.ALIAS, pageSize);
    }

    private CaseExport(ElasticsearchClient client, String index, int pageSize) {
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("platform.export.page-size must be 1 to 10000, not " + pageSize);
        }
        this.client = client;
        this.index = index;
        this.pageSize = pageSize;
    }

    /** The same export over another index (benchmarks load one of their own). */
    public static CaseExport over(ElasticsearchClient client, String index, int pageSize) {
        return new CaseExport(client, index, pageSize);
    }

    /**
     * Opens the point in time: if Elasticsearch cannot answer, this fails before anything is written.
     * The page and size of {@code query} are ignored.
     */
    public Cursor open(Caller caller, CaseQuery query) {
        try {
            String pit = client.openPointInTime(p -> p.index(index).keepAlive(t -> t.time(KEEP_ALIVE)))
                    .id();
            return new Cursor(caller, query, pit);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /** The cases of one export, page by page; close it to release the point in time. */
    public final class Cursor implements AutoCloseable {

        private final Caller caller;
        private final CaseQuery query;
        private String pit;
        private List<FieldValue> after;
        private boolean done;

        private Cursor(Caller caller, CaseQuery query, String pit) {
            this.caller = caller;
            this.query = query;
            this.pit = pit;
        }

        /** The next page of cases; empty once every case has been given. */
        public List<CaseDocument> next() {
            if (done) {
                return List.of();
            }
            List<SortOptions> sort = new ArrayList<>(CaseSearch.sortOf(query));
            sort.add(SortOptions.of(s -> s.field(f -> f.field("_shard_doc").order(SortOrder.Asc))));
            SearchRequest.Builder request = new SearchRequest.Builder()
                    .pit(p -> p.id(pit).keepAlive(t -> t.time(KEEP_ALIVE)))
                    .query(CaseSearch.queryOf(caller, query))
                    .sort(sort)
                    .size(pageSize)
                    .trackTotalHits(t -> t.enabled(false))
                    .source(s -> s.filter(f -> f.excludes(LEFT_OUT)));
            if (after != null) {
                request.searchAfter(after);
            }
            SearchResponse<CaseDocument> response;
            try {
                response = client.search(request.build(), CaseDocument.class);
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch is unreachable", e);
            }
            if (response.pitId() != null) {
                pit = response.pitId();
            }
            List<Hit<CaseDocument>> hits = response.hits().hits();
            if (hits.size() < pageSize) {
                done = true;
            }
            if (hits.isEmpty()) {
                return List.of();
            }
            after = hits.getLast().sort();
            return hits.stream().map(Hit::source).toList();
        }

        @Override
        public void close() {
            try {
                client.closePointInTime(c -> c.id(pit));
            } catch (IOException | RuntimeException e) {
                // The point in time expires by itself after its keep-alive.
            }
        }
    }
}
