package org.zongzhi.cases.dispute.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as the API shows it and as every event carries it (the payload the search-service indexes, see
 * the case-service README). National ID numbers and phones appear only masked; {@code partyKey} is a
 * keyed hash that matches the same person across cases without revealing them.
 */
public record CaseSnapshot(
        UUID id,
        String code,
        long version,
        String title,
        String description,
        String place,
        List<String> publicNotes,
        List<String> internalNotes,
        List<NoteView> notes,
        String category,
        String categoryLabel,
        String channel,
        String channelLabel,
        String status,
        String statusLabel,
        String diagnosis,
        String diagnosisLabel,
        String risk,
        String riskLabel,
        List<String> riskReasons,
        int applicantCount,
        boolean violenceRisk,
        boolean vulnerableParties,
        boolean sensitivePeriod,
        String warning,
        String warningLabel,
        Clock deadline,
        String originCenter,
        List<String> originPath,
        String holderCenter,
        List<String> holderPath,
        List<String> formerHolders,
        String firstResponder,
        String responsible,
        List<PartyView> parties,
        List<TaskView> tasks,
        TransferView transfer,
        String outcome,
        OutcomeView outcomeDetail,
        List<FollowUpView> followUps,
        String satisfaction,
        List<SupervisionView> supervisions,
        Instant createdAt,
        Instant acceptedAt,
        Instant acceptDueAt,
        Instant closeDueAt,
        Instant updatedAt,
        Instant closedAt,
        Instant archivedAt,
        String gridCode) {

    /** The snapshot as a reader who may not read internal notes sees it (see {@code Caller.readsInternalNotes}). */
    public CaseSnapshot withoutInternalNotes() {
        return new CaseSnapshot(
                id,
                code,
                version,
                title,
                description,
                place,
                publicNotes,
                List.of(),
                notes == null
                        ? null
                        : notes.stream().filter(NoteView::publicNote).toList(),
                category,
                categoryLabel,
                channel,
                channelLabel,
                status,
                statusLabel,
                diagnosis,
                diagnosisLabel,
                risk,
                riskLabel,
                riskReasons,
                applicantCount,
                violenceRisk,
                vulnerableParties,
                sensitivePeriod,
                warning,
                warningLabel,
                deadline,
                originCenter,
                originPath,
                holderCenter,
                holderPath,
                formerHolders,
                firstResponder,
                responsible,
                parties,
                tasks,
                transfer,
                outcome,
                outcomeDetail,
                followUps,
                satisfaction,
                supervisions,
                createdAt,
                acceptedAt,
                acceptDueAt,
                closeDueAt,
                updatedAt,
                closedAt,
                archivedAt,
                gridCode);
    }

    /** The running step's clock: when it turns blue, yellow and red. */
    public record Clock(
            String step, String limit, Instant startedAt, Instant blueAt, Instant yellowAt, Instant dueAt) {}

    public record PartyView(
            UUID id,
            String role,
            String kind,
            String name,
            String idNumber,
            String phone,
            String partyKey,
            String address,
            List<String> vulnerabilities) {}

    public record TaskView(
            UUID id,
            String kind,
            String department,
            String departmentLabel,
            String mediator,
            String note,
            Instant assignedAt,
            String assignedBy,
            Instant acceptedAt,
            String acceptedBy,
            String part,
            Instant partRecordedAt,
            String partRecordedBy) {}

    public record TransferView(
            String kind, String from, String to, String reason, Instant at, String by, String statusBefore) {}

    /** How the case ended, in full; {@code kind} is the domain's outcome, {@code route} the legal route. */
    public record OutcomeView(
            String kind,
            String label,
            String summary,
            List<AgreementView> agreements,
            String route,
            String note,
            String reason) {}

    public record AgreementView(
            int number,
            List<String> parties,
            String terms,
            LocalDate signedOn,
            String court,
            String rulingNumber,
            LocalDate confirmedOn) {}

    public record FollowUpView(
            UUID id, String method, String satisfaction, String note, Instant at, String by, String center) {}

    public record SupervisionView(
            UUID id,
            String issuer,
            String target,
            String reason,
            Instant issuedAt,
            Instant responseDue,
            String response,
            Instant respondedAt,
            String respondedBy) {}

    public record NoteView(Instant at, String by, String center, String text, boolean publicNote) {}
}
