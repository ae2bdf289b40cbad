package org.zongzhi.console.conformance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.zongzhi.console.domain.Conformance;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/**
 * For the dashboard's ranking: each child center's latest final grade and its subtree's 达标率, under the
 * standard version the 达标 ranking page shows by default (the newest published one).
 */
@Component
public class ChildrenConformance {

    /** A child's standing; grade is null when the child itself has no final scorecard in that version. */
    public record Standing(String grade, Object rate, long assessed) {}

    /** @param version null when no version of the standard has been published */
    public record Summary(Integer version, Map<String, Standing> byChild) {

        public Standing of(String code) {
            return byChild.get(code);
        }
    }

    private final Gateway gateway;

    ChildrenConformance(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The versions a ranking can be over (published or retired), newest first as the API lists them. */
    static List<Map<String, Object>> rankable(Gateway gateway, OAuth2AuthorizedClient client) {
        return Pages.listOrEmpty(() -> gateway.list(
                        client, uri -> uri.path("/api/tenants/standards").build()))
                .stream()
                .filter(v -> !"DRAFT".equals(v.get("status")))
                .toList();
    }

    /** The version shown when none is asked for: the first published one, else the first rankable, else none. */
    static Integer defaultVersion(List<Map<String, Object>> versions) {
        return versions.stream()
                .filter(x -> "PUBLISHED".equals(x.get("status")))
                .map(x -> ((Number) x.get("number")).intValue())
                .findFirst()
                .orElse(versions.isEmpty() ? null : ((Number) versions.get(0).get("number")).intValue());
    }

    /** Empty when there is nothing to show or conformance cannot be read now (the dashboard goes on without). */
    @SuppressWarnings("unchecked")
    public Summary of(OAuth2AuthorizedClient client, String root) {
        Integer version = defaultVersion(rankable(gateway, client));
        if (version == null || root.length() >= 12) {
            return new Summary(version, Map.of());
        }
        Map<String, Standing> byChild = new HashMap<>();
        try {
            Map<String, Object> ranking = gateway.object(
                    client,
                    uri -> uri.path("/api/tenants/assessments/ranking")
                            .queryParam("root", root)
                            .queryParam("level", Conformance.levelBelow(root))
                            .queryParam("version", version)
                            .queryParam("size", 1000)
                            .build());
            Map<String, String> grades = new HashMap<>();
            if (ranking.get("centers") instanceof List<?> centers) {
                for (Object c : centers) {
                    Map<String, Object> center = (Map<String, Object>) c;
                    grades.put(String.valueOf(center.get("center")), (String) center.get("grade"));
                }
            }
            Map<String, Object> rate = gateway.object(
                    client,
                    uri -> uri.path("/api/tenants/assessments/conformance-rate")
                            .queryParam("root", root)
                            .queryParam("version", version)
                            .build());
            if (rate.get("children") instanceof List<?> children) {
                for (Object c : children) {
                    Map<String, Object> child = (Map<String, Object>) c;
                    String code = String.valueOf(child.get("center"));
                    long assessed = child.get("assessed") instanceof Number n ? n.longValue() : 0;
                    byChild.put(code, new Standing(grades.get(code), child.get("rate"), assessed));
                }
            }
            grades.forEach((code, grade) -> byChild.putIfAbsent(code, new Standing(grade, null, 0)));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
        }
        return new Summary(version, byChild);
    }
}
