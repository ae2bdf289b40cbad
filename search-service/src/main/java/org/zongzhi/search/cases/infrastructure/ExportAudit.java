package org.zongzhi.search.cases.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.search.cases.domain.Visibility;

/**
 * Who exported what: every export is a log line starting {@value #LOG_PREFIX} and a document in the
 * Elasticsearch index {@value #INDEX} (kept as long as the cluster's data, queried through
 * {@code GET /api/search/exports}). Each record carries the exporter's center chain, so a center's admins
 * and auditors read the exports of their own subtree and no one else's.
 */
@Component
public class ExportAudit {

    public static final String INDEX = "export-audit";
    public static final String LOG_PREFIX = "EXPORT-AUDIT";
    private static final Logger log = LoggerFactory.getLogger(ExportAudit.class);
    private static final String MAPPING = """
            {"mappings": {"dynamic": "strict", "properties": {
              "at": {"type": "date"},
              "username": {"type": "keyword"},
              "center": {"type": "keyword"},
              "centerChain": {"type": "keyword"},
              "kind": {"type": "keyword"},
              "filters": {"type": "flattened"},
              "rows": {"type": "long"},
              "completed": {"type": "boolean"},
              "millis": {"type": "long"},
              "requestId": {"type": "keyword"}
            }}, "settings": {"number_of_shards": 1, "number_of_replicas": 0}}""";

    /**
     * One export.
     *
     * @param kind what was exported ({@code cases})
     * @param filters the filters in force, as the request gave them
     * @param rows the data rows written (the header not counted)
     * @param completed false when the download broke off before the last row
     */
    public record Record(
            Instant at,
            String username,
            String center,
            List<String> centerChain,
            String kind,
            Map<String, String> filters,
            long rows,
            boolean completed,
            long millis,
            String requestId) {}

    private final ElasticsearchClient client;
    private volatile boolean ensured;

    ExportAudit(ElasticsearchClient client) {
        this.client = client;
    }

    public Record record(
            Caller caller, String kind, Map<String, String> filters, long rows, boolean completed, long millis) {
        Record record = new Record(
                Instant.now(),
                caller.username(),
                caller.tenant().value(),
                Visibility.chain(caller.tenant().value()),
                kind,
                new TreeMap<>(filters),
                rows,
                completed,
                millis,
                MDC.get("requestId"));
        log.info(
                "{} user={} center={} kind={} filters={} rows={} completed={} millis={}",
                LOG_PREFIX,
                record.username(),
                record.center(),
                kind,
                record.filters(),
                rows,
                completed,
                millis);
        try {
            ensure();
            client.index(i -> i.index(INDEX).document(record).refresh(Refresh.WaitFor));
        } catch (IOException | RuntimeException e) {
            // The log line above is the record of last resort; the export itself has been delivered.
            log.error("{} not stored in {}: {}", LOG_PREFIX, INDEX, e.toString());
        }
        return record;
    }

    /** The latest exports made at the caller's center or below it, newest first. */
    public List<Record> recent(Caller caller, String username, int size) {
        try {
            ensure();
            return client
                    .search(
                            s -> s.index(INDEX)
                                    .query(q -> q.bool(b -> {
                                        b.filter(f -> f.term(t -> t.field("centerChain")
                                                .value(caller.tenant().value())));
                                        if (username != null && !username.isBlank()) {
                                            b.filter(f -> f.term(
                                                    t -> t.field("username").value(username.strip())));
                                        }
                                        return b;
                                    }))
                                    .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc)))
                                    .size(size),
                            Record.class)
                    .hits()
                    .hits()
                    .stream()
                    .map(Hit::source)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private void ensure() throws IOException {
        if (ensured) {
            return;
        }
        synchronized (this) {
            if (!client.indices().exists(e -> e.index(INDEX)).value()) {
                try {
                    client.indices().create(c -> c.index(INDEX).withJson(new StringReader(MAPPING)));
                } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            ensured = true;
        }
    }
}
