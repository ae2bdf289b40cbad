package org.zongzhi.search.cases.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.security.PlatformSecurityProperties;
import org.zongzhi.platform.security.ServiceAccount;

/**
 * The Chinese labels of the case codes, from case-service's {@code GET /api/cases/vocabulary} (the
 * platform's one label table, read off its domain enums), asked once as the search service's account and
 * kept. While case-service cannot be asked, exports show the codes (warning colours, which the platform
 * starter defines, are always labelled) and the next export asks again, at most once a minute.
 */
@Component
public class CaseVocabulary {

    private static final Logger log = LoggerFactory.getLogger(CaseVocabulary.class);
    private static final Duration RETRY = Duration.ofMinutes(1);

    private record Term(String code, String label) {}

    private final RestClient http;
    private final ServiceAccount account;
    private volatile Map<String, Map<String, String>> labels;
    private volatile Instant lastFailure;

    CaseVocabulary(
            RestClient.Builder builder,
            PlatformSecurityProperties security,
            @Value("${platform.case-service-url:http://localhost:8082}") String caseServiceUrl,
            @Value("${platform.search-service-account.client-id:zongzhi-search-service}") String clientId,
            @Value("${platform.search-service-account.client-secret:search-service-demo-secret}") String clientSecret) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .build());
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http =
                builder.clone().baseUrl(caseServiceUrl).requestFactory(requests).build();
        this.account = new ServiceAccount(security.issuer(), clientId, clientSecret);
    }

    /** Per code list, each code's label; only the warning colours when case-service has not answered yet. */
    public Map<String, Map<String, String>> labels() {
        Map<String, Map<String, String>> known = labels;
        if (known != null) {
            return known;
        }
        Instant failed = lastFailure;
        if (failed == null || failed.plus(RETRY).isBefore(Instant.now())) {
            try {
                known = fetch();
                labels = known;
                return known;
            } catch (RuntimeException e) {
                lastFailure = Instant.now();
                log.warn("case vocabulary unavailable, exports show codes: {}", e.toString());
            }
        }
        return Map.of("warning", warnings());
    }

    private Map<String, Map<String, String>> fetch() {
        Map<String, List<Term>> answer = http.get()
                .uri("/api/cases/vocabulary")
                .header("Authorization", "Bearer " + account.token())
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, List<Term>>>() {});
        Map<String, Map<String, String>> lists = new HashMap<>();
        if (answer != null) {
            answer.forEach((list, terms) -> lists.put(
                    list,
                    terms.stream()
                            .filter(t -> t.code() != null && t.label() != null)
                            .collect(Collectors.toUnmodifiableMap(Term::code, Term::label, (a, b) -> a))));
        }
        lists.putIfAbsent("warning", warnings());
        return Map.copyOf(lists);
    }

    private static Map<String, String> warnings() {
        return Arrays.stream(WarningColour.values())
                .collect(Collectors.toUnmodifiableMap(Enum::name, WarningColour::label));
    }
}
