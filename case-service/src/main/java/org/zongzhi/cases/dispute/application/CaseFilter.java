package org.zongzhi.cases.dispute.application;

import org.zongzhi.cases.dispute.domain.InvalidField;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * What a center narrows its case list to; every field is optional. The list is always limited to what
 * the caller may see.
 *
 * @param within cases taken in or held in this center's subtree (must lie in the caller's own)
 * @param heldByMe only the cases the caller's own center holds, i.e. its work queue
 * @param text words in the title, description or place
 */
public record CaseFilter(
        String status,
        String category,
        String risk,
        String warning,
        String channel,
        TenantCode within,
        boolean heldByMe,
        TenantCode me,
        String text,
        int page,
        int size) {

    public static final int MAX_SIZE = 200;

    public CaseFilter {
        if (page < 0) {
            throw new InvalidField("page", "page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "size is between 1 and " + MAX_SIZE);
        }
        if (text != null && text.length() > 100) {
            throw new InvalidField("q", "the search text is at most 100 characters");
        }
        if (text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidField("q", "the search text contains a control character");
        }
    }
}
