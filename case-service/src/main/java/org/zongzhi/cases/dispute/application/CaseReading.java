package org.zongzhi.cases.dispute.application;

import java.util.List;
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
import org.zongzhi.cases.dispute.domain.Lifecycle;
import org.zongzhi.cases.dispute.domain.NationalIdNumber;
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
        CaseCode parsed = CaseCode.parse(code);
        return reads.byCode(parsed.value())
                .map(s -> CaseChanges.view(s, caller))
                .orElseThrow(() -> new CaseNotFound(parsed.display()));
    }

    public CasePage list(Caller caller, CaseFilter filter) {
        if (filter.within() != null && !filter.within().isWithin(caller.tenant())) {
            throw new IllegalArgumentException("within=" + filter.within() + " is outside your center's subtree ("
                    + caller.tenant() + " and below)");
        }
        return reads.list(filter);
    }

    /**
     * Every visible case's snapshot, page by page in id order: what a search index needs to rebuild
     * itself (the search service reads it with its province-wide, read-only service account).
     */
    public SnapshotPage snapshots(String after, int size) {
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("size is between 1 and 1000");
        }
        UUID cursor = null;
        if (after != null && !after.isBlank()) {
            try {
                cursor = UUID.fromString(after.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("after is the 'next' value of the previous page, a case id");
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
                : NationalIdNumber.parse(idNumber).value();
        String mobile = phone == null || phone.isBlank()
                ? null
                : PhoneNumber.parse(phone).value();
        return reads.casesOfParty(id, mobile);
    }

    public List<DisclosureLine> disclosures(UUID id) {
        if (!reads.isVisible(id)) {
            throw new CaseNotFound(id.toString());
        }
        return reads.disclosures(id);
    }

    /** What the caller may do to the case now: nothing unless their center holds it and their role handles cases. */
    public static List<String> allowedActions(CaseSnapshot snapshot, Caller caller) {
        if (!caller.tenant().value().equals(snapshot.holderCenter()) || !Roles.any(caller, Roles.HANDLE)) {
            return List.of();
        }
        return Lifecycle.allowed(CaseStatus.valueOf(snapshot.status())).stream()
                .map(CaseAction::apiName)
                .toList();
    }
}
