package org.zongzhi.cases.dispute.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.dispute.application.CaseReadModel.CaseRef;
import org.zongzhi.cases.dispute.domain.Case;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.dispute.domain.CaseCodes;
import org.zongzhi.cases.dispute.domain.CaseId;
import org.zongzhi.cases.dispute.domain.CaseRepository;
import org.zongzhi.cases.dispute.domain.CitizenSecret;
import org.zongzhi.cases.dispute.domain.NewCase;
import org.zongzhi.cases.dispute.domain.UnprocessableRequest;
import org.zongzhi.platform.calendar.WorkingCalendar;
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
    private final RepeatReports repeats;
    private final PartyKeys partyKeys;
    private final TransactionTemplate transactions;

    CaseIntake(
            CaseRepository repository,
            CaseCodes codes,
            IntakeKeys keys,
            CaseReadModel reads,
            CaseChanges changes,
            RepeatReports repeats,
            PartyKeys partyKeys,
            TransactionTemplate transactions) {
        this.repository = repository;
        this.codes = codes;
        this.keys = keys;
        this.reads = reads;
        this.changes = changes;
        this.repeats = repeats;
        this.partyKeys = partyKeys;
        this.transactions = transactions;
    }

    /**
     * What intake answers: the case, the secret to hand to the citizen with its code, whether this was a
     * retry of an earlier submission, and open cases that look like the same problem reported again.
     */
    public record Intake(CaseView view, String citizenSecret, boolean replayed, List<CaseRef> possibleDuplicates) {}

    /**
     * Takes the case in (one transaction), then looks for likely repeats with the platform's duplicate rule
     * (search-service's finder, after the commit so that intake never waits on it inside a transaction),
     * together with the open cases of the same applicants, which case-service finds itself even when the
     * search index has not caught up or search is down.
     *
     * @param fingerprint a digest of the submission, to tell a retry from a different case sent with a
     *     reused key
     */
    public Intake takeIn(Caller caller, String idempotencyKey, String fingerprint, NewCase data) {
        Intake taken = transactions.execute(tx -> record(caller, idempotencyKey, fingerprint, data));
        UUID id = taken.view().snapshot().id();
        List<String> parties = data.parties().stream()
                .map(partyKeys::of)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        var report = new RepeatReports.Report(
                data.title(),
                cut(data.description(), 5000),
                data.place(),
                data.category().name(),
                parties);
        Map<UUID, CaseRef> found = new LinkedHashMap<>();
        repeats.likelyRepeats(report).orElse(List.of()).forEach(ref -> found.putIfAbsent(ref.id(), ref));
        taken.possibleDuplicates().forEach(ref -> found.putIfAbsent(ref.id(), ref));
        found.remove(id);
        return new Intake(taken.view(), taken.citizenSecret(), taken.replayed(), List.copyOf(found.values()));
    }

    /** The finder compares at most this much of a long description. */
    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private Intake record(Caller caller, String idempotencyKey, String fingerprint, NewCase data) {
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
