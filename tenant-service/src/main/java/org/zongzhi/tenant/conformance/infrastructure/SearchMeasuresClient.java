package org.zongzhi.tenant.conformance.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.zongzhi.platform.security.PlatformSecurityProperties;
import org.zongzhi.platform.security.ServiceAccount;
import org.zongzhi.tenant.conformance.domain.CaseMeasures;
import tools.jackson.databind.JsonNode;

/**
 * The case measures of docs/measures.md for one center and period, from search-service's
 * {@code GET /api/search/stats}, called with tenant-service's own service account (the realm gives it the
 * province and the auditor role, so search-service answers for any subtree). When search-service cannot be
 * asked, the answer says why instead of making numbers up.
 */
@Component
public class SearchMeasuresClient {

    private final RestClient http;
    private final String searchUrl;
    private final ServiceAccount account;

    SearchMeasuresClient(
            RestClient.Builder builder,
            PlatformSecurityProperties security,
            @Value("${platform.search.url:http://localhost:8083}") String searchUrl,
            @Value("${platform.keycloak-admin.client-id:zongzhi-tenant-service}") String clientId,
            @Value("${platform.keycloak-admin.client-secret:tenant-service-demo-secret}") String clientSecret) {
        this.http = builder.build();
        this.searchUrl = searchUrl;
        this.account = new ServiceAccount(security.issuer(), clientId, clientSecret);
    }

    /**
     * @param values the measures by {@link CaseMeasures} key, rates in %; a rate with no denominator is absent
     * @param inputs the counts they come from and the period
     */
    public record Measures(
            boolean available, Map<String, BigDecimal> values, Map<String, Object> inputs, String reason) {}

    /** The measures of every center of a subtree for one period, or why they could not be had. */
    public record Subtree(String root, LocalDate from, LocalDate to, Map<String, JsonNode> byCenter, String reason) {

        public boolean available() {
            return reason == null;
        }

        /** A center's measures; a center with no cases in the period has found = 0 and no rates. */
        public Measures of(String center) {
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("source", "search-service GET /api/search/stats?groupBy=center");
            inputs.put("center", center);
            inputs.put("from", from.toString());
            inputs.put("to", to.toString());
            if (!available()) {
                return new Measures(false, Map.of(), inputs, reason);
            }
            var values = new LinkedHashMap<String, BigDecimal>();
            JsonNode measures = byCenter.get(center);
            if (measures == null) {
                values.put("found", BigDecimal.ZERO);
                inputs.put("found", 0L);
                return new Measures(true, values, inputs, null);
            }
            for (String key : CaseMeasures.KEYS.keySet()) {
                JsonNode value = measures.get(key);
                if (value != null && !value.isNull()) {
                    BigDecimal number = value.decimalValue();
                    values.put(key, CaseMeasures.isRate(key) ? number.multiply(BigDecimal.valueOf(100)) : number);
                }
            }
            for (String count : new String[] {"found", "accepted", "resolved", "closed"}) {
                if (measures.get(count) != null) {
                    inputs.put(count, measures.get(count).asLong());
                }
            }
            return new Measures(true, values, inputs, null);
        }
    }

    /**
     * One call for the whole subtree (a round over the province asks once, not once per center). Made
     * outside any transaction: it waits on another service.
     */
    public Subtree measures(String root, LocalDate from, LocalDate to) {
        JsonNode report;
        try {
            report = http.get()
                    .uri(searchUrl + "/api/search/stats?center={c}&from={f}&to={t}&groupBy=center", root, from, to)
                    .header("Authorization", "Bearer " + account.token())
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == 401) {
                account.invalidate();
            }
            return new Subtree(
                    root,
                    from,
                    to,
                    Map.of(),
                    "search-service answered " + e.getStatusCode().value() + " for " + root + "; compute again later");
        } catch (RestClientException | ServiceAccount.Unavailable e) {
            return new Subtree(
                    root,
                    from,
                    to,
                    Map.of(),
                    "search-service could not be reached (" + e.getMessage() + "); compute again later");
        }
        var byCenter = new HashMap<String, JsonNode>();
        for (JsonNode group : report.get("groups")) {
            byCenter.put(group.get("key").asString(), group.get("measures"));
        }
        return new Subtree(root, from, to, byCenter, null);
    }
}
