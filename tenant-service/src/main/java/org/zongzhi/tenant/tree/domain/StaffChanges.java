package org.zongzhi.tenant.tree.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The center history's record of single accounts disabled or enabled by the center's own admins, written as
 * {@code "<username>: <reason>"}. Reactivating a suspended center enables its accounts again except these:
 * a person the center took off stays off.
 */
public final class StaffChanges {

    public static final String DISABLED = "STAFF_DISABLED";
    public static final String ENABLED = "STAFF_ENABLED";

    private StaffChanges() {}

    public static String detail(String username, String reason) {
        return username + ": " + reason;
    }

    /** The usernames whose latest change in the history (newest first) disabled them. */
    public static Set<String> disabledByTheCenter(List<CenterEvent> newestFirst) {
        Map<String, String> latest = new HashMap<>();
        for (CenterEvent event : newestFirst) {
            if ((DISABLED.equals(event.type()) || ENABLED.equals(event.type()))
                    && event.detail() != null
                    && event.detail().contains(": ")) {
                latest.putIfAbsent(event.detail().substring(0, event.detail().indexOf(": ")), event.type());
            }
        }
        return latest.entrySet().stream()
                .filter(e -> DISABLED.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
