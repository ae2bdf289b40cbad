package org.zongzhi.cases.dispute.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.cases.dispute.application.CaseReadModel.CasePage;
import org.zongzhi.cases.dispute.application.CaseReadModel.CaseRef;
import org.zongzhi.cases.dispute.application.CaseReadModel.DisclosureLine;
import org.zongzhi.cases.dispute.application.CaseReadModel.SnapshotPage;
import org.zongzhi.cases.dispute.application.CaseReadModel.TimelineLine;
import org.zongzhi.cases.dispute.domain.CaseAction;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.dispute.domain.CaseStatus;
import org.zongzhi.cases.dispute.domain.InvalidField;
import org.zongzhi.cases.dispute.domain.Lifecycle;
import org.zongzhi.cases.dispute.domain.NationalIdNumber;
import org.zongzhi.cases.dispute.domain.Outcome.OutcomeKind;
import org.zongzhi.cases.dispute.domain.PhoneNumber;
import org.zongzhi.platform.tenancy.Caller;

/** Reading cases, their timelines and their audit trail of unmasked reads, as the caller may see them. */
@Service
@Transactional(readOnly = true)
public class CaseReading {

    private final CaseReadModel reads;

    CaseReading(CaseReadModel reads) {
        this.reads = reads;
    }

    public CaseView byId(Caller caller, UUID id) {
        return reads.byId(id).map(s -> CaseChanges.view(s, caller)).orElseThrow(() -> new CaseNotFound(id.toString()));
    }

    public CaseView byCode(Caller caller, String code) {
        CaseCode parsed = InvalidField.parsing("code", () -> CaseCode.parse(code));
        return reads.byCode(parsed.value())
                .map(s -> CaseChanges.view(s, caller))
                .orElseThrow(() -> new CaseNotFound(parsed.display()));
    }

    public CasePage list(Caller caller, CaseFilter filter) {
        if (filter.within() != null && !filter.within().isWithin(caller.tenant())) {
            throw new InvalidField(
                    "within",
                    "within=" + filter.within() + " is outside your center's subtree (" + caller.tenant()
                            + " and below)");
        }
        return reads.list(filter);
    }

    /**
     * Every visible case's snapshot, page by page in id order: what a search index needs to rebuild
     * itself (the search service reads it with its province-wide, read-only service account).
     */
    public SnapshotPage snapshots(String after, int size) {
        if (size < 1 || size > 1000) {
            throw new InvalidField("size", "size is between 1 and 1000");
        }
        UUID cursor = null;
        if (after != null && !after.isBlank()) {
            try {
                cursor = UUID.fromString(after.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidField("after", "after is the 'next' value of the previous page, a case id");
            }
        }
        return reads.snapshotsAfter(cursor, size);
    }

    public List<TimelineLine> timeline(UUID id) {
        if (!reads.isVisible(id)) {
            throw new CaseNotFound(id.toString());
        }
        return reads.timeline(id);
    }

    public List<CaseRef> casesOfParty(String idNumber, String phone) {
        if ((idNumber == null || idNumber.isBlank()) && (phone == null || phone.isBlank())) {
            throw new IllegalArgumentException("give a national ID number, a phone number, or both");
        }
        String id = idNumber == null || idNumber.isBlank()
                ? null
                : InvalidField.parsing("idNumber", () -> NationalIdNumber.parse(idNumber))
                        .value();
        String mobile = phone == null || phone.isBlank()
                ? null
                : InvalidField.parsing("phone", () -> PhoneNumber.parse(phone)).value();
        return reads.casesOfParty(id, mobile);
    }

    public List<DisclosureLine> disclosures(UUID id) {
        if (!reads.isVisible(id)) {
            throw new CaseNotFound(id.toString());
        }
        return reads.disclosures(id);
    }

    /**
     * What the caller may do to the case now. Staff with a handling role at the holding center: what the
     * case's state and outcome allow. A grid worker at the holding center: escalate (一键上报) and add a
     * note on the cases they took in themselves. A mediator named on a task, at any center: accept that
     * work and record their part. Nobody else anything.
     */
    public static List<String> allowedActions(CaseSnapshot snapshot, Caller caller) {
        CaseStatus status = CaseStatus.valueOf(snapshot.status());
        OutcomeKind ended = snapshot.outcomeDetail() == null
                ? null
                : OutcomeKind.valueOf(snapshot.outcomeDetail().kind());
        Set<CaseAction> byState = Lifecycle.allowed(status, ended);
        Set<CaseAction> mine = EnumSet.noneOf(CaseAction.class);
        boolean atHolder = caller.tenant().value().equals(snapshot.holderCenter());
        if (atHolder && Roles.any(caller, Roles.HANDLE)) {
            mine.addAll(byState);
        } else if (atHolder && Roles.isReporter(caller, snapshot.firstResponder())) {
            mine.addAll(byState);
            mine.retainAll(Roles.REPORTER_ACTIONS);
        } else if (Roles.any(caller, Roles.HANDLE)) {
            for (CaseSnapshot.TaskView task : snapshot.tasks()) {
                if (!caller.username().equals(task.mediator())) {
                    continue;
                }
                if (task.acceptedAt() == null && byState.contains(CaseAction.ACCEPT_TASK)) {
                    mine.add(CaseAction.ACCEPT_TASK);
                }
                if (task.acceptedAt() != null && task.part() == null && byState.contains(CaseAction.RECORD_PART)) {
                    mine.add(CaseAction.RECORD_PART);
                }
            }
        }
        return mine.stream().map(CaseAction::apiName).toList();
    }
}
