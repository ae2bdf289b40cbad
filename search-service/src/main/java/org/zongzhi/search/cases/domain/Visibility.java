package org.zongzhi.search.cases.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * Who may find a case: the center it came from, the center holding it now, every center that held it
 * before (escalation and referral keep the path visible), and every center above any of them.
 */
public final class Visibility {

    private Visibility() {}

    public static List<String> visibleTo(String origin, String holder, Collection<String> formerHolders) {
        var centers = new LinkedHashSet<String>();
        add(centers, origin);
        add(centers, holder);
        if (formerHolders != null) {
            formerHolders.forEach(code -> add(centers, code));
        }
        return List.copyOf(centers);
    }

    /** The code and its ancestors, province first. */
    public static List<String> chain(String code) {
        TenantCode center = TenantCode.of(code);
        var chain = new java.util.ArrayList<String>();
        center.ancestors().forEach(a -> chain.add(a.value()));
        chain.add(center.value());
        return List.copyOf(chain);
    }

    private static void add(LinkedHashSet<String> centers, String code) {
        if (code != null && !code.isBlank()) {
            centers.addAll(chain(code));
        }
    }
}
