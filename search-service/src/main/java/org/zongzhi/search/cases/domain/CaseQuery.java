package org.zongzhi.search.cases.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * What a user asks of the index. Whatever it says, the search is limited to the caller's part of the tree.
 *
 * @param text free text (Chinese, digits, case codes), or null
 * @param center only cases that came from this center's subtree, or null for the caller's whole reach
 * @param sort relevance, newest, oldest, risk
 */
public record CaseQuery(
        String text,
        TenantCode center,
        TenantCode.Level level,
        Set<String> categories,
        Set<String> statuses,
        Set<String> risks,
        Set<String> channels,
        Set<String> warnings,
        Instant createdFrom,
        Instant createdTo,
        Instant closedFrom,
        Instant closedTo,
        String sort,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final List<String> SORTS = List.of("relevance", "newest", "oldest", "risk");

    public CaseQuery {
        if (page < 0 || (long) page * size > 10_000) {
            throw new IllegalArgumentException(
                    "page must be 0 or more and page × size at most 10000; narrow the search");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if (sort != null && !SORTS.contains(sort)) {
            throw new IllegalArgumentException("sort must be one of " + SORTS + ", not '" + sort + "'");
        }
        if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
            throw new IllegalArgumentException("createdTo is before createdFrom");
        }
        if (closedFrom != null && closedTo != null && closedTo.isBefore(closedFrom)) {
            throw new IllegalArgumentException("closedTo is before closedFrom");
        }
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        risks = risks == null ? Set.of() : Set.copyOf(risks);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        warnings = warnings == null ? Set.of() : Set.copyOf(warnings);
    }
}
