package org.zongzhi.tenant.conformance.infrastructure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The case measures of docs/measures.md for one center and period, from search-service's
 * {@code GET /api/search/stats}, called with tenant-service's own service account. When search-service
 * cannot be asked (the token is not a platform token, the service is down), the answer says why instead
 * of making numbers up.
 */
@Component
public class SearchMeasuresClient {

    private final RestClient http;
    private final String searchUrl;
    private final ServiceAccount account;
    private final JsonMapper json;

    SearchMeasuresClient(
            RestClient.Builder builder,
            PlatformSecurityProperties security,
            JsonMapper json,
            @Value("${platform.search.url:http://localhost:8083}") String searchUrl,
            @Value("${platform.keycloak-admin.client-id:zongzhi-tenant-service}") String clientId,
            @Value("${platform.keycloak-admin.client-secret:tenant-service-demo-secret}") String clientSecret) {
        this.http = builder.build();
        this.searchUrl = searchUrl;
        this.account = new ServiceAccount(security.issuer(), clientId, clientSecret);
        this.json = json;
    }

    /**
     * @param values the measures by {@link CaseMeasures} key, rates in %; a rate with no denominator is absent
     * @param inputs the counts they come from and the period
     */
    public record Measures(
            boolean available, Map<String, BigDecimal> values, Map<String, Object> inputs, String reason) {}

    /** Why no center's measures can be fetched right now, or null when they can be asked for. */
    public String unavailableReason() {
        String token;
        try {
            token = account.token();
        } catch (ServiceAccount.Unavailable e) {
            return "tenant-service could not sign in to fetch case measures: " + e.getMessage();
        }
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return "the service account's token is not a JWT";
        }
        JsonNode claims = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        if (claims.get("tenant") == null || claims.get("tenant").isNull()) {
            return "tenant-service's service account (zongzhi-tenant-service) carries no tenant claim, so"
                    + " search-service refuses its token; case measures need a service account that search-service"
                    + " accepts (a realm change)";
        }
        return null;
    }

    public Measures measures(String center, LocalDate from, LocalDate to) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("source", "search-service GET /api/search/stats");
        inputs.put("center", center);
        inputs.put("from", from.toString());
        inputs.put("to", to.toString());
        JsonNode report;
        try {
            report = http.get()
                    .uri(searchUrl + "/api/search/stats?center={c}&from={f}&to={t}", center, from, to)
                    .header("Authorization", "Bearer " + account.token())
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == 401) {
                account.invalidate();
            }
            return new Measures(
                    false,
                    Map.of(),
                    inputs,
                    "search-service answered " + e.getStatusCode().value() + " for " + center);
        } catch (RestClientException | ServiceAccount.Unavailable e) {
            return new Measures(false, Map.of(), inputs, "search-service could not be reached: " + e.getMessage());
        }
        JsonNode overall = report.get("overall");
        var values = new LinkedHashMap<String, BigDecimal>();
        for (String key : CaseMeasures.KEYS.keySet()) {
            JsonNode value = overall.get(key);
            if (value != null && !value.isNull()) {
                BigDecimal number = value.decimalValue();
                values.put(key, CaseMeasures.isRate(key) ? number.multiply(BigDecimal.valueOf(100)) : number);
            }
        }
        for (String count : new String[] {"found", "accepted", "resolved", "closed"}) {
            if (overall.get(count) != null) {
                inputs.put(count, overall.get(count).asLong());
            }
        }
        return new Measures(true, values, inputs, null);
    }
}
