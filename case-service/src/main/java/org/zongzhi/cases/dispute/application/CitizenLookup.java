package org.zongzhi.cases.dispute.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.dispute.domain.CitizenSecret;
import org.zongzhi.cases.dispute.domain.InvalidField;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * A citizen follows their case with its code and the secret given at intake ("一码可查"), without an
 * account: they see its status, the steps of the closed loop with their dates and centers, and the notes
 * the center made public, nothing else (no parties, no internal notes, no staff names). A wrong secret and an
 * unknown code get the same answer, and a code is locked for a while after too many wrong secrets.
 */
@Service
public class CitizenLookup {

    private final CitizenCases cases;
    private final LookupAttempts attempts;
    private final TransactionTemplate transactions;

    CitizenLookup(CitizenCases cases, LookupAttempts attempts, TransactionTemplate transactions) {
        this.cases = cases;
        this.attempts = attempts;
        this.transactions = transactions;
    }

    /**
     * @param holderCenter the center handling the case now (its division code)
     * @param steps the steps of the closed loop so far, oldest first (see {@code CitizenSteps})
     */
    public record PublicView(
            String code,
            String status,
            String statusLabel,
            Instant updatedAt,
            String holderCenter,
            List<PublicStep> steps,
            List<PublicNote> publicNotes) {}

    public record PublicNote(Instant at, String text) {}

    /** One step as the citizen sees it: when, what (in Chinese), and at which center. */
    public record PublicStep(Instant at, String action, String label, String center) {}

    /** The store side: the case with this code when the secret matches it. */
    public interface CitizenCases {
        Optional<PublicView> find(CaseCode code, CitizenSecret secret);
    }

    /** Failed attempts per code, to stop guessing secrets. */
    public interface LookupAttempts {
        boolean locked(CaseCode code);

        void failed(CaseCode code);
    }

    /** Too many wrong secrets for one code: the citizen must wait before trying again. */
    public static final class TooManyAttempts extends RuntimeException {
        TooManyAttempts() {
            super(
                    "Too many wrong secrets for this case code; try again in an hour or ask the center that took the case in.");
        }
    }

    public PublicView lookUp(String code, String secret) {
        CaseCode parsed = InvalidField.parsing("code", () -> CaseCode.parse(code));
        CitizenSecret given = InvalidField.parsing("secret", () -> CitizenSecret.parse(secret));
        if (attempts.locked(parsed)) {
            throw new TooManyAttempts();
        }
        return TenantScope.asSystem(
                        "citizen lookup by case code and secret",
                        () -> transactions.execute(tx -> cases.find(parsed, given)))
                .orElseGet(() -> {
                    attempts.failed(parsed);
                    throw new CaseNotFound("with this code and secret");
                });
    }
}
