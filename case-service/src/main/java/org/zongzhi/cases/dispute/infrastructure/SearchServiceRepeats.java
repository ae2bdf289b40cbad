package org.zongzhi.cases.dispute.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.CaseReadModel.CaseRef;
import org.zongzhi.cases.dispute.application.RepeatReports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * search-service's duplicate finder ({@code POST /api/search/duplicates}), asked with the caller's token so
 * that it looks only where the caller may look, with a short timeout: intake never waits on search.
 */
@Component
class SearchServiceRepeats implements RepeatReports {

    private static final Logger log = LoggerFactory.getLogger(SearchServiceRepeats.class);

    private final HttpClient http;
    private final DirectoryProperties properties;
    private final String searchServiceUrl;
    private final JsonMapper json;

    SearchServiceRepeats(
            DirectoryProperties properties, JsonMapper json, @Value("${server.port:8082}") int serverPort) {
        this.searchServiceUrl = properties.searchService(serverPort);
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.searchTimeout())
                .build();
        this.properties = properties;
        this.json = json;
    }

    @Override
    public Optional<List<CaseRef>> likelyRepeats(Report report) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(searchServiceUrl + "/api/search/duplicates"))
                            .timeout(properties.searchTimeout())
                            .header(
                                    "Authorization",
                                    "Bearer " + token.getToken().getTokenValue())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(report)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn(
                        "search-service's duplicate finder answered {}: using case-service's own lookup",
                        response.statusCode());
                return Optional.empty();
            }
            List<CaseRef> refs = new ArrayList<>();
            for (JsonNode candidate : json.readTree(response.body())) {
                JsonNode d = candidate.path("document");
                refs.add(new CaseRef(
                        UUID.fromString(d.get("id").asString()),
                        d.path("code").asString(null),
                        d.path("title").asString(null),
                        d.path("status").asString(null),
                        d.path("holderCenter").asString(null),
                        d.path("createdAt").isMissingNode()
                                        || d.path("createdAt").isNull()
                                ? null
                                : Instant.parse(d.path("createdAt").asString())));
            }
            return Optional.of(refs);
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "search-service's duplicate finder did not answer ({}): using case-service's own lookup",
                    e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
