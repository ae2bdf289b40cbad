package org.zongzhi.cases.dispute.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.cases.deadline.domain.WorkingCalendar;
import org.zongzhi.cases.dispute.application.CaseReadModel.CaseRef;
import org.zongzhi.cases.dispute.domain.Case;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.dispute.domain.CaseCodes;
import org.zongzhi.cases.dispute.domain.CaseId;
import org.zongzhi.cases.dispute.domain.CaseRepository;
import org.zongzhi.cases.dispute.domain.CitizenSecret;
import org.zongzhi.cases.dispute.domain.NewCase;
import org.zongzhi.cases.dispute.domain.UnprocessableRequest;
import org.zongzhi.platform.tenancy.Caller;

/**
 * Taking a case in at the caller's center (一窗进), from any channel. Idempotent: a submission retried with
 * the same idempotency key gets the case the first one created, with the same secret.
 */
@Service
public class CaseIntake {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private final CaseRepository repository;
    private final CaseCodes codes;
    private final IntakeKeys keys;
    private final CaseReadModel reads;
    private final CaseChanges changes;

    CaseIntake(CaseRepository repository, CaseCodes codes, IntakeKeys keys, CaseReadModel reads, CaseChanges changes) {
        this.repository = repository;
        this.codes = codes;
        this.keys = keys;
        this.reads = reads;
        this.changes = changes;
    }

    /**
     * What intake answers: the case, the secret to hand to the citizen with its code, whether this was a
     * retry of an earlier submission, and open cases that look like the same problem reported again.
     */
    public record Intake(CaseView view, String citizenSecret, boolean replayed, List<CaseRef> possibleDuplicates) {}

    /**
     * @param fingerprint a digest of the submission, to tell a retry from a different case sent with a
     *     reused key
     */
    @Transactional
    public Intake takeIn(Caller caller, String idempotencyKey, String fingerprint, NewCase data) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException(
                    "the Idempotency-Key header is required: 8-64 letters, digits or . _ : - (a UUID is fine);"
                            + " send the same key again when retrying the same submission");
        }
        Instant now = changes.now();
        Optional<IntakeKeys.Claimed> earlier = keys.claim(caller.tenant(), idempotencyKey, fingerprint, now);
        if (earlier.isPresent()) {
            IntakeKeys.Claimed claimed = earlier.get();
            if (!claimed.fingerprint().equals(fingerprint)) {
                throw new UnprocessableRequest("Idempotency-Key " + idempotencyKey
                        + " was already used for a different submission; use a new key for a new case");
            }
            CaseSnapshot existing = reads.byId(claimed.caseId())
                    .orElseThrow(() -> new CaseNotFound(claimed.caseId().toString()));
            return new Intake(
                    CaseChanges.view(existing, caller),
                    claimed.secret().value(),
                    true,
                    reads.openCasesSharingApplicants(claimed.caseId()));
        }
        CaseId id = CaseId.newId();
        CaseCode code =
                codes.next(caller.tenant(), now.atZone(WorkingCalendar.CHINA).toLocalDate());
        Case c = Case.report(id, code, data, changes.act(caller, now));
        CitizenSecret secret = CitizenSecret.generate();
        repository.add(c, secret);
        keys.complete(caller.tenant(), idempotencyKey, id.value(), secret);
        return new Intake(
                CaseChanges.view(changes.snapshot(c), caller),
                secret.value(),
                false,
                reads.openCasesSharingApplicants(id.value()));
    }
}
