package org.zongzhi.cases.dispute.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading cases as the caller may see them: a center's own, its subtree's and those that passed through
 * it. Implementations rely on the store's row-level security for that, so a query cannot forget it.
 */
public interface CaseReadModel {

    Optional<CaseSnapshot> byId(UUID id);

    Optional<CaseSnapshot> byCode(String code);

    boolean isVisible(UUID id);

    CasePage list(CaseFilter filter);

    List<TimelineLine> timeline(UUID caseId);

    /** The visible cases' snapshots in id order after {@code after} (null for the first page). */
    SnapshotPage snapshotsAfter(UUID after, int size);

    /** Open cases the caller can see whose applicants share a national ID number or phone with this one's. */
    List<CaseRef> openCasesSharingApplicants(UUID caseId);

    /** Visible cases where a party has this national ID number or phone (looked up by blind index). */
    List<CaseRef> casesOfParty(String idNumber, String phone);

    List<DisclosureLine> disclosures(UUID caseId);

    /**
     * Whether the case has a task naming this user as its mediator ({@code taskId} null: any task). Run in
     * a system scope: it is how a mediator of another center is let in to the case they co-handle.
     */
    boolean namesMediator(UUID caseId, UUID taskId, String username);

    /** Cases waiting in transfer whose receiver's time to answer ran out by {@code now}, oldest first. */
    List<UUID> transfersDueBy(Instant now, int limit);

    record CasePage(List<CaseSnapshot> items, int page, int size, boolean hasNext) {}

    /** A page of snapshots and the cursor of the next one (null after the last page). */
    record SnapshotPage(List<CaseSnapshot> items, String next) {}

    record CaseRef(UUID id, String code, String title, String status, String holderCenter, Instant createdAt) {}

    record TimelineLine(
            long seq,
            Instant at,
            String actor,
            String actorCenter,
            String action,
            String summary,
            String fromStatus,
            String toStatus) {

        /** An internal note's line with its text left out (the line itself shows that a note was added). */
        public TimelineLine withoutInternalNote() {
            String prefix = org.zongzhi.cases.dispute.domain.Case.INTERNAL_NOTE_PREFIX;
            if (!org.zongzhi.cases.dispute.domain.CaseAction.ADD_NOTE.apiName().equals(action)
                    || summary == null
                    || !summary.startsWith(prefix)) {
                return this;
            }
            return new TimelineLine(
                    seq, at, actor, actorCenter, action, prefix + "（内部备注，仅办理人员可见）", fromStatus, toStatus);
        }
    }

    record DisclosureLine(
            Instant at, String reader, String readerCenter, UUID partyId, String fields, String purpose) {}
}
