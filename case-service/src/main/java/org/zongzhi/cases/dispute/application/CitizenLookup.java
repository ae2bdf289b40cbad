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
 * unknown code get the same answer. Guessing is stopped per client address, never per code alone: too many
 * wrong secrets for a code from one address lock that address out of that code, so a stranger who tries a
 * citizen's code cannot lock the citizen out; and each address may look up only so fast, as at the gateway.
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

    /** Failed attempts per code and client address, and lookups per address, to stop guessing secrets. */
    public interface LookupAttempts {
        boolean locked(CaseCode code, String client);

        void failed(CaseCode code, String client);

        /** Counts this lookup; true when the address has looked up too many times just now. */
        boolean tooFast(String client);
    }

    /** Too many wrong secrets for one code from one address: that address must wait before trying again. */
    public static final class TooManyAttempts extends RuntimeException {
        TooManyAttempts() {
            super("Too many wrong secrets for this case code from your address; try again in an hour or ask the"
                    + " center that took the case in.");
        }
    }

    /** Too many lookups from one address in a few seconds. */
    public static final class TooFast extends RuntimeException {
        TooFast() {
            super("Too many lookups from your address just now; wait a few seconds and try again.");
        }
    }

    /** @param client the caller's address (as the gateway saw it), the unit every limit counts in */
    public PublicView lookUp(String code, String secret, String client) {
        CaseCode parsed = InvalidField.parsing("code", () -> CaseCode.parse(code));
        CitizenSecret given = InvalidField.parsing("secret", () -> CitizenSecret.parse(secret));
        if (attempts.locked(parsed, client)) {
            throw new TooManyAttempts();
        }
        if (attempts.tooFast(client)) {
            throw new TooFast();
        }
        return TenantScope.asSystem(
                        "citizen lookup by case code and secret",
                        () -> transactions.execute(tx -> cases.find(parsed, given)))
                .orElseGet(() -> {
                    attempts.failed(parsed, client);
                    throw new CaseNotFound("with this code and secret");
                });
    }
}
