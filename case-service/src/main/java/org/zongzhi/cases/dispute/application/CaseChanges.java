package org.zongzhi.cases.dispute.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.domain.Act;
import org.zongzhi.cases.dispute.domain.Case;
import org.zongzhi.cases.dispute.domain.CaseId;
import org.zongzhi.cases.dispute.domain.CaseRepository;
import org.zongzhi.cases.dispute.domain.TimeLimits;
import org.zongzhi.platform.tenancy.Caller;

/**
 * The one way a command changes a case: find it for change (only its holder can), apply the action, store
 * it with its timeline and its event. Runs inside the caller's transaction.
 */
@Component
class CaseChanges {

    private final CaseRepository repository;
    private final CaseReadModel reads;
    private final TimeLimits limits;
    private final Clock clock;
    private final PartyKeys keys;

    CaseChanges(CaseRepository repository, CaseReadModel reads, TimeLimits limits, Clock clock, PartyKeys keys) {
        this.repository = repository;
        this.reads = reads;
        this.limits = limits;
        this.clock = clock;
        this.keys = keys;
    }

    CaseSnapshot snapshot(Case c) {
        return CaseSnapshots.of(c, keys);
    }

    Act act(Caller caller) {
        return act(caller, now());
    }

    Act act(Caller caller, Instant at) {
        return new Act(caller, at, limits);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    CaseView change(Caller caller, UUID id, BiConsumer<Case, Act> action) {
        Case c = repository.findHeldForChange(new CaseId(id)).orElseThrow(() -> notHeld(caller, id));
        action.accept(c, act(caller));
        repository.update(c);
        return view(snapshot(c), caller);
    }

    /** A case the caller does not hold: readable but not theirs to act on (403), or not visible at all (404). */
    private RuntimeException notHeld(Caller caller, UUID id) {
        return reads.byId(id)
                .<RuntimeException>map(snapshot -> new NotYourCase(snapshot.code(), snapshot.holderCenter(), caller))
                .orElseGet(() -> new CaseNotFound(id.toString()));
    }

    static CaseView view(CaseSnapshot snapshot, Caller caller) {
        return CaseView.of(snapshot, caller);
    }
}
