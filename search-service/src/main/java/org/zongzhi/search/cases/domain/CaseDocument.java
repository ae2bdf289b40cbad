package org.zongzhi.search.cases.domain;

import java.time.Instant;
import java.util.List;

/**
 * A case as the index holds it: searchable text, the facts the province's numbers are computed from, and
 * {@code visibleTo}, the centers that may find it. Personal data only masked; parties are matched across
 * cases by {@code partyKeys}, keyed hashes of their ID numbers that reveal nothing.
 */
public record CaseDocument(
        String id,
        String code,
        long version,
        String title,
        String description,
        List<String> notes,
        List<String> internalNotes,
        String place,
        String category,
        String channel,
        String status,
        String risk,
        String warning,
        String originCenter,
        String originLevel,
        List<String> originAncestors,
        String holderCenter,
        List<String> visibleTo,
        List<String> partyNames,
        List<String> partyKeys,
        List<String> respondents,
        int applicantCount,
        Instant createdAt,
        Instant acceptedAt,
        Instant closedAt,
        boolean accepted,
        Boolean acceptedOnTime,
        boolean closed,
        Boolean closedOnTime,
        boolean resolved,
        String outcome,
        Double cycleDays,
        boolean followedUp,
        String satisfaction,
        Supervision supervision,
        Instant indexedAt,
        String gridCode) {

    /**
     * The case's supervision orders (督办) as the measures count them; null when it has had none.
     *
     * @param orders orders issued
     * @param open orders not answered yet
     * @param answeredLate orders answered after their response was due
     * @param dueAt the earliest response due among the open orders, so "overdue now" is a query
     */
    /** The document as a reader who may not read internal notes receives it (see {@code Caller.readsInternalNotes}). */
    public CaseDocument withoutInternalNotes() {
        return new CaseDocument(
                id,
                code,
                version,
                title,
                description,
                notes,
                List.of(),
                place,
                category,
                channel,
                status,
                risk,
                warning,
                originCenter,
                originLevel,
                originAncestors,
                holderCenter,
                visibleTo,
                partyNames,
                partyKeys,
                respondents,
                applicantCount,
                createdAt,
                acceptedAt,
                closedAt,
                accepted,
                acceptedOnTime,
                closed,
                closedOnTime,
                resolved,
                outcome,
                cycleDays,
                followedUp,
                satisfaction,
                supervision,
                indexedAt,
                gridCode);
    }

    public record Supervision(int orders, int open, int answeredLate, Instant dueAt) {}
}
