package org.zongzhi.search.cases.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zongzhi.search.cases.domain.CaseDocument;

/**
 * Upserts case documents in bulk, versioned by the case's own version: Elasticsearch refuses an older or
 * equal version, so a replayed or late event never overwrites a newer state (that refusal counts as done).
 */
@Component
public class CaseIndexWriter {

    private final ElasticsearchClient client;
    private final CaseIndex index;
    private final CaseRollups rollups;

    CaseIndexWriter(ElasticsearchClient client, CaseIndex index, CaseRollups rollups) {
        this.client = client;
        this.index = index;
        this.rollups = rollups;
    }

    /** Thrown when Elasticsearch did not accept every document; nothing may be acknowledged then. */
    public static final class IndexingFailed extends RuntimeException {
        IndexingFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public void upsert(List<CaseDocument> documents) {
        upsert(documents, index.writeTargets());
    }

    void upsert(List<CaseDocument> documents, List<String> targets) {
        if (documents.isEmpty()) {
            return;
        }
        var operations = new ArrayList<BulkOperation>();
        for (String target : targets) {
            for (CaseDocument document : documents) {
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(target)
                        .id(document.id())
                        .version(document.version())
                        .versionType(VersionType.External)
                        .document(document))));
            }
        }
        BulkResponse response;
        try {
            // the daily roll-ups these cases count in are stale from before they are written until recomputed
            rollups.markStale(documents);
            response = client.bulk(b -> b.operations(operations));
            rollups.markStale(documents);
        } catch (IOException | RuntimeException e) {
            throw new IndexingFailed("Elasticsearch did not take the batch: " + e.getMessage(), e);
        }
        if (response.errors()) {
            List<String> failures = response.items().stream()
                    .filter(item -> item.error() != null && !isStale(item))
                    .map(item -> item.id() + ": " + item.error().reason())
                    .toList();
            if (!failures.isEmpty()) {
                throw new IndexingFailed("Elasticsearch refused " + failures.size() + " documents: " + failures, null);
            }
        }
    }

    private static boolean isStale(BulkResponseItem item) {
        return item.status() == 409
                && "version_conflict_engine_exception".equals(item.error().type());
    }
}
