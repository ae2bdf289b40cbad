package org.zongzhi.tenant.conformance.domain;

import java.util.List;

/**
 * An item as it applies to one center: the rule at the center's level after the tailorings above it.
 *
 * @param origin the center whose standard the item comes from: 14 for the province's, else the tailoring owner
 * @param tightenedBy the centers whose tailorings tightened the rule, top first
 */
public record AppliedItem(Item item, LevelRule rule, String origin, List<String> tightenedBy) {

    public AppliedItem {
        tightenedBy = List.copyOf(tightenedBy);
    }

    public String code() {
        return item.code();
    }
}
