package org.zongzhi.search.cases.domain;

import java.util.Set;

/**
 * When another report is likely the same problem (杜绝多头跑、重复报): the same party, or a similar
 * description at the same place or of the same category, within a month of each other.
 */
public final class DuplicateRule {

    public static final String SAME_PARTY = "same-party";
    public static final String SAME_PLACE = "same-place";
    public static final String SIMILAR_TEXT = "similar-text";
    public static final String SAME_CATEGORY = "same-category";
    public static final int WINDOW_DAYS = 30;

    private DuplicateRule() {}

    public static boolean likelyDuplicate(Set<String> reasons) {
        return reasons.contains(SAME_PARTY)
                || (reasons.contains(SIMILAR_TEXT)
                        && (reasons.contains(SAME_PLACE) || reasons.contains(SAME_CATEGORY)));
    }
}
