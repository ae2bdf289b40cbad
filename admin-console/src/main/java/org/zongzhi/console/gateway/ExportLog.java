package org.zongzhi.console.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;

/**
 * Every workbook the console writes itself (a worklist, a numbers table, a ranking, a center list) is
 * audited where search-service audits case exports: {@code POST /api/search/exports} with the signed-in
 * person's token, so who and which center come from the token. A log line with the same prefix is written
 * first; it is the record of last resort when search-service cannot be reached.
 */
@Component
public class ExportLog {

    private static final Logger log = LoggerFactory.getLogger(ExportLog.class);

    private final Gateway gateway;

    public ExportLog(Gateway gateway) {
        this.gateway = gateway;
    }

    public void record(
            OAuth2AuthorizedClient client,
            String kind,
            Map<String, ?> filters,
            long rows,
            boolean completed,
            long startedNanos) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        Map<String, String> given = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                given.put(k, v.toString());
            }
        });
        log.info(
                "EXPORT-AUDIT user={} kind={} filters={} rows={} completed={} millis={}",
                client.getPrincipalName(),
                kind,
                given,
                rows,
                completed,
                millis);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("filters", given);
        body.put("rows", rows);
        body.put("completed", completed);
        body.put("millis", millis);
        try {
            gateway.post(client, uri -> uri.path("/api/search/exports").build(), body);
        } catch (ApiException e) {
            log.warn("EXPORT-AUDIT not stored by search-service ({} {}): {}", e.status(), e.type(), e.detail());
        }
    }
}
