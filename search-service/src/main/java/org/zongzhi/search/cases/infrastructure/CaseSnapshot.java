package org.zongzhi.search.cases.infrastructure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** The case snapshot case-service puts in every event (docs/events.md). Unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSnapshot(
        String id,
        String code,
        long version,
        String title,
        String description,
        List<String> publicNotes,
        List<String> internalNotes,
        String place,
        String category,
        String channel,
        String status,
        String risk,
        String warning,
        String originCenter,
        String holderCenter,
        List<String> formerHolders,
        List<Party> parties,
        Integer applicantCount,
        Instant createdAt,
        Instant acceptedAt,
        Instant acceptDueAt,
        Instant closedAt,
        Instant closeDueAt,
        String outcome,
        List<FollowUp> followUps,
        List<Supervision> supervisions,
        String gridCode) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(String role, String kind, String name, String idNumber, String phone, String partyKey) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FollowUp(Instant at, String method, String satisfaction) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Supervision(Instant issuedAt, Instant responseDue, Instant respondedAt) {}
}
