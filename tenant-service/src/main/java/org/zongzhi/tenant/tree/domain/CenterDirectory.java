package org.zongzhi.tenant.tree.domain;

import java.util.List;
import java.util.Optional;
import org.zongzhi.platform.tenancy.TenantCode;

/** Reads of the tree. Callers decide visibility first ({@link TreeVisibility}); this only fetches. */
public interface CenterDirectory {

    Optional<Center> find(TenantCode code);

    List<Center> children(TenantCode code);

    /** The chain above the center, province first, without the center itself. */
    List<Center> ancestors(TenantCode code);

    SubtreePage subtree(TenantCode root, SubtreeQuery query);

    /** What happened to the center, newest first. */
    List<CenterEvent> history(TenantCode code);

    /**
     * A page of a subtree.
     *
     * @param level only centers of this level, or all when null
     * @param status only centers in this status, or all when null
     * @param q only centers whose name contains it or whose code starts with it, or all when null
     */
    record SubtreeQuery(TenantCode.Level level, CenterStatus status, String q, int page, int size) {

        public static final int MAX_SIZE = 500;

        public SubtreeQuery {
            if (page < 0) {
                throw new IllegalArgumentException("page must be 0 or more, not " + page);
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
            }
            q = q == null || q.isBlank() ? null : q.strip();
            if (q != null && q.length() > 50) {
                throw new IllegalArgumentException("q must be at most 50 characters");
            }
            if (q != null && q.chars().anyMatch(Character::isISOControl)) {
                // PostgreSQL cannot compare text with NUL, and no control character belongs in a name or code.
                throw new IllegalArgumentException(
                        "q contains a control character: search with letters or digits only");
            }
        }
    }

    record SubtreePage(List<Center> items, long total, int page, int size) {}
}
