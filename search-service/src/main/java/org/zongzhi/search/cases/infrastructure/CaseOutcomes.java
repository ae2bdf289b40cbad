package org.zongzhi.search.cases.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zongzhi.platform.tenancy.Caller;

/**
 * Where given cases stand, by their codes: for tenant-service's grid numbers (a patrol finding records the
 * code of the case it became, and 小事不出村 counts those closed resolved at their village). Only cases the
 * caller may see are answered; nothing personal.
 */
@Component
public class CaseOutcomes {

    public static final int MAX_CODES = 1000;

    private final ElasticsearchClient client;

    CaseOutcomes(ElasticsearchClient client) {
        this.client = client;
    }

    /** A case's place in its life: closed, resolved, where it came from and who holds it. */
    public record Outcome(
            String code,
            String gridCode,
            String originCenter,
            String holderCenter,
            String status,
            boolean closed,
            boolean resolved) {

        /** Closed resolved by the village it came from (小事不出村). */
        public boolean resolvedAtOrigin() {
            return closed && resolved && originCenter != null && originCenter.equals(holderCenter);
        }
    }

    /** The part of a case document read here (a filtered source: the document's other fields are absent). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(
            String code,
            String gridCode,
            String originCenter,
            String holderCenter,
            String status,
            Boolean closed,
            Boolean resolved) {}

    public List<Outcome> of(Caller caller, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<FieldValue> values = codes.stream().map(FieldValue::of).toList();
        try {
            SearchResponse<Source> response = client.search(
                    s -> s.index(CaseIndex.ALIAS)
                            .query(q -> q.bool(b -> b.filter(CaseSearch.reachOf(caller))
                                    .filter(f -> f.terms(t -> t.field("code").terms(v -> v.value(values))))))
                            .source(src -> src.filter(f -> f.includes(
                                    "code",
                                    "gridCode",
                                    "originCenter",
                                    "holderCenter",
                                    "status",
                                    "closed",
                                    "resolved")))
                            .size(codes.size()),
                    Source.class);
            return response.hits().hits().stream()
                    .map(Hit::source)
                    .map(d -> new Outcome(
                            d.code(),
                            d.gridCode(),
                            d.originCenter(),
                            d.holderCenter(),
                            d.status(),
                            Boolean.TRUE.equals(d.closed()),
                            Boolean.TRUE.equals(d.resolved())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }
}
