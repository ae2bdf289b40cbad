package org.zongzhi.tenant.conformance.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The measures an item can be computed from a center's cases over the round's period, with the definitions
 * of docs/measures.md (search-service computes them). Rates are compared as percentages.
 */
public final class CaseMeasures {

    public static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("found", "cases taken in during the period (排查/受理总量): the platform is in use");
        KEYS.put("resolutionRate", "化解率 = resolved ÷ found, in %");
        KEYS.put("onTimeClosureRate", "按时办结率 = closed on time ÷ closed, in %");
        KEYS.put("timelyAcceptanceRate", "受理及时率 = accepted on time ÷ accepted, in %");
        KEYS.put("closureRate", "办结率 = closed ÷ accepted, in %");
        KEYS.put("followUpRate", "回访率 = closed with a follow-up ÷ closed, in %");
        KEYS.put("satisfactionRate", "满意率 = rated 满意 or 基本满意 ÷ rated, in %");
    }

    private CaseMeasures() {}

    public static boolean isKnown(String key) {
        return key != null && KEYS.containsKey(key);
    }

    public static boolean isRate(String key) {
        return key.endsWith("Rate");
    }
}
