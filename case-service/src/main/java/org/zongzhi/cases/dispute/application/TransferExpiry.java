package org.zongzhi.cases.dispute.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.dispute.domain.CaseId;
import org.zongzhi.cases.dispute.domain.CaseRepository;
import org.zongzhi.cases.dispute.domain.TransitionRefused;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * Sends back to the sender every transfer (an escalation or a referral) that the receiving center neither
 * accepted nor returned within its time limit, with a timeline line saying so: a case never waits
 * between two centers forever. A system job, one case per transaction, run with the warning scan.
 */
@Service
public class TransferExpiry {

    private static final Logger log = LoggerFactory.getLogger(TransferExpiry.class);
    /** The actor on the timeline: the platform, on behalf of the receiver that did not answer. */
    static final String PLATFORM = "platform";

    private static final int BATCH = 100;

    private final CaseReadModel reads;
    private final CaseRepository repository;
    private final CaseChanges changes;
    private final TransactionTemplate transactions;

    TransferExpiry(
            CaseReadModel reads, CaseRepository repository, CaseChanges changes, TransactionTemplate transactions) {
        this.reads = reads;
        this.repository = repository;
        this.changes = changes;
        this.transactions = transactions;
    }

    /** Returns every overdue transfer; the number of cases sent back. */
    public int returnUnanswered() {
        return TenantScope.asSystem("unanswered transfers go back to their sender", () -> {
            int returned = 0;
            List<UUID> due;
            do {
                Instant now = changes.now();
                due = transactions.execute(tx -> reads.transfersDueBy(now, BATCH));
                for (UUID id : due) {
                    if (Boolean.TRUE.equals(transactions.execute(tx -> returnOne(id)))) {
                        returned++;
                    }
                }
            } while (due.size() == BATCH);
            return returned;
        });
    }

    private boolean returnOne(UUID id) {
        return repository
                .findHeldForChange(new CaseId(id))
                .map(c -> {
                    var receiver = c.holder();
                    try {
                        c.returnUnanswered(changes.act(new Caller(PLATFORM, PLATFORM, receiver, Set.of())));
                    } catch (TransitionRefused answeredMeanwhile) {
                        return false;
                    }
                    repository.update(c);
                    log.info(
                            "Transfer of case {} to {} was not answered in time: back to {}",
                            c.code(),
                            receiver,
                            c.holder());
                    return true;
                })
                .orElse(false);
    }
}
