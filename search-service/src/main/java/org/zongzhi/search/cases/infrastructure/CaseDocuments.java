package org.zongzhi.search.cases.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.CaseFacts;
import org.zongzhi.search.cases.domain.Visibility;

/** From a case snapshot to the document the index holds. */
final class CaseDocuments {

    private CaseDocuments() {}

    static CaseDocument of(CaseSnapshot s, Instant now) {
        List<String> notes = s.publicNotes() == null ? List.of() : s.publicNotes();
        List<String> internalNotes = s.internalNotes() == null ? List.of() : s.internalNotes();
        List<CaseSnapshot.Party> parties = s.parties() == null ? List.of() : s.parties();
        boolean closed = CaseFacts.closed(s.closedAt(), s.outcome());
        CaseSnapshot.FollowUp followUp =
                CaseFacts.countedFollowUp(closed, s.closedAt(), s.followUps(), CaseSnapshot.FollowUp::at);
        return new CaseDocument(
                s.id(),
                s.code(),
                s.version(),
                s.title(),
                s.description(),
                notes,
                internalNotes,
                s.place(),
                s.category(),
                s.channel(),
                s.status(),
                s.risk(),
                s.warning() == null ? "NONE" : s.warning(),
                s.originCenter(),
                TenantCode.of(s.originCenter()).level().name(),
                Visibility.chain(s.originCenter()),
                s.holderCenter(),
                Visibility.visibleTo(s.originCenter(), s.holderCenter(), s.formerHolders()),
                parties.stream()
                        .map(CaseSnapshot.Party::name)
                        .filter(Objects::nonNull)
                        .toList(),
                parties.stream()
                        .map(CaseSnapshot.Party::partyKey)
                        .filter(Objects::nonNull)
                        .toList(),
                parties.stream()
                        .filter(p -> "RESPONDENT".equals(p.role()))
                        .map(p -> "ORGANISATION".equals(p.kind()) ? p.name() : p.partyKey())
                        .filter(Objects::nonNull)
                        .toList(),
                s.applicantCount() == null ? 1 : s.applicantCount(),
                s.createdAt(),
                s.acceptedAt(),
                s.closedAt(),
                CaseFacts.accepted(s.acceptedAt(), s.outcome()),
                CaseFacts.onTime(s.acceptedAt(), s.acceptDueAt()),
                closed,
                closed ? CaseFacts.onTime(s.closedAt(), s.closeDueAt()) : null,
                CaseFacts.resolved(s.closedAt(), s.outcome()),
                s.outcome(),
                closed ? CaseFacts.cycleDays(s.createdAt(), s.closedAt()) : null,
                followUp != null,
                followUp == null ? null : followUp.satisfaction(),
                CaseFacts.supervision(
                        s.supervisions() == null
                                ? List.of()
                                : s.supervisions().stream()
                                        .map(o -> new Instant[] {o.issuedAt(), o.responseDue(), o.respondedAt()})
                                        .toList()),
                now,
                s.gridCode());
    }
}
