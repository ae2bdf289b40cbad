package org.zongzhi.search.cases.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.DuplicateRule;

/**
 * Likely duplicates of a case or of a report being taken in, across channels and across every center the
 * caller may see — never beyond it.
 */
@Component
public class DuplicateFinder {

    /** What is known of a report: enough to compare it with the cases already in the index. */
    public record Report(
            String excludeId,
            String title,
            String description,
            String place,
            String category,
            List<String> partyKeys,
            Instant createdAt) {}

    public record Candidate(CaseDocument document, double score, Set<String> reasons, boolean likelyDuplicate) {}

    private final CaseSearch search;

    DuplicateFinder(CaseSearch search) {
        this.search = search;
    }

    public static Report reportOf(CaseDocument d) {
        return new Report(d.id(), d.title(), d.description(), d.place(), d.category(), d.partyKeys(), d.createdAt());
    }

    public List<Candidate> find(Caller caller, Report report) {
        Instant at = report.createdAt() == null ? Instant.now() : report.createdAt();
        long window = DuplicateRule.WINDOW_DAYS * 86_400L;
        BoolQuery.Builder bool = new BoolQuery.Builder().filter(CaseSearch.reachOf(caller));
        var range = new ArrayList<Query>();
        CaseSearch.range(range, "createdAt", at.minusSeconds(window), at.plusSeconds(window));
        range.forEach(bool::filter);
        if (report.excludeId() != null) {
            bool.mustNot(m -> m.ids(i -> i.values(report.excludeId())));
        }
        List<FieldValue> keys = report.partyKeys() == null
                ? List.of()
                : report.partyKeys().stream().map(FieldValue::of).toList();
        if (!keys.isEmpty()) {
            // the same person is the strongest sign: boosted past any text similarity, so that among many
            // similar reports (a county's wage cases) the same applicant's is never pushed out of the top 20
            bool.should(s -> s.terms(t ->
                    t.field("partyKeys").terms(v -> v.value(keys)).boost(100f).queryName(DuplicateRule.SAME_PARTY)));
        }
        if (report.place() != null && !report.place().isBlank()) {
            bool.should(s -> s.match(m -> m.field("place")
                    .query(report.place())
                    .minimumShouldMatch("75%")
                    .boost(2f)
                    .queryName(DuplicateRule.SAME_PLACE)));
        }
        String text = ((report.title() == null ? "" : report.title()) + " "
                        + (report.description() == null ? "" : report.description()))
                .strip();
        if (!text.isEmpty()) {
            bool.should(s -> s.moreLikeThis(m -> m.fields("title", "description", "title.cjk", "description.cjk")
                    .like(l -> l.text(text))
                    .minTermFreq(1)
                    .minDocFreq(1)
                    .minimumShouldMatch("30%")
                    .queryName(DuplicateRule.SIMILAR_TEXT)));
        }
        if (report.category() != null) {
            bool.should(s -> s.term(t ->
                    t.field("category").value(report.category()).boost(0.5f).queryName(DuplicateRule.SAME_CATEGORY)));
        }
        bool.minimumShouldMatch("1");
        SearchResponse<CaseDocument> response = search.execute(SearchRequest.of(
                s -> s.index(search.index()).query(q -> q.bool(bool.build())).size(20)));
        return response.hits().hits().stream()
                .map(hit -> {
                    Set<String> reasons =
                            new LinkedHashSet<>(hit.matchedQueries().keySet());
                    return new Candidate(
                            hit.source(),
                            hit.score() == null ? 0 : hit.score(),
                            reasons,
                            DuplicateRule.likelyDuplicate(reasons));
                })
                .filter(Candidate::likelyDuplicate)
                .limit(10)
                .toList();
    }
}
