package org.zongzhi.cases.dispute.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.dispute.application.CaseReadModel.TimelineLine;
import org.zongzhi.cases.dispute.domain.Act;
import org.zongzhi.cases.dispute.domain.Case;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * Co-handling across centers (街乡吹哨、部门报到): a mediator of another center named on a task of a case
 * (the county's mediator on a township's case) reads that case and its timeline, accepts the work and
 * records their part, although their center neither holds the case nor, for a sibling or a center below,
 * reads it. Row-level security knows centers, not people, so after checking that the caller is the named
 * mediator (in a system scope that reads only that fact) the work runs as a system job; the case itself
 * then checks again that the caller is the task's mediator ({@code Case.acceptTask}, {@code recordPart}).
 * Everyone else goes the ordinary way and sees exactly what their center may see.
 */
@Service
public class CoHandling {

    private final ClosedLoop loop;
    private final CaseReading reading;
    private final CaseChanges changes;
    private final CaseReadModel reads;
    private final TransactionTemplate transactions;

    CoHandling(
            ClosedLoop loop,
            CaseReading reading,
            CaseChanges changes,
            CaseReadModel reads,
            TransactionTemplate transactions) {
        this.loop = loop;
        this.reading = reading;
        this.changes = changes;
        this.reads = reads;
        this.transactions = transactions;
    }

    public CaseView byId(Caller caller, UUID id) {
        try {
            return reading.byId(caller, id);
        } catch (CaseNotFound notVisible) {
            return asAssignee(caller, id, null, () -> reads.byId(id).map(s -> CaseChanges.view(s, caller)))
                    .flatMap(view -> view)
                    .orElseThrow(() -> notVisible);
        }
    }

    public CaseView byCode(Caller caller, String code) {
        try {
            return reading.byCode(caller, code);
        } catch (CaseNotFound notVisible) {
            if (!Roles.any(caller, Roles.HANDLE)) {
                throw notVisible;
            }
            String value = CaseCode.parse(code).value();
            return TenantScope.asSystem(
                            "the mediator named on a task co-handles another center's case",
                            () -> transactions.execute(tx -> reads.byCode(value)
                                    .filter(s -> reads.namesMediator(s.id(), null, caller.username()))
                                    .map(s -> CaseChanges.view(s, caller))))
                    .orElseThrow(() -> notVisible);
        }
    }

    public List<TimelineLine> timeline(Caller caller, UUID id) {
        List<TimelineLine> lines;
        try {
            lines = reading.timeline(id);
        } catch (CaseNotFound notVisible) {
            lines = asAssignee(caller, id, null, () -> reads.timeline(id)).orElseThrow(() -> notVisible);
        }
        return caller.readsInternalNotes()
                ? lines
                : lines.stream().map(TimelineLine::withoutInternalNote).toList();
    }

    public CaseView acceptTask(Caller caller, UUID id, UUID taskId) {
        return change(caller, id, taskId, (c, act) -> c.acceptTask(act, taskId))
                .orElseGet(() -> loop.acceptTask(caller, id, taskId));
    }

    public CaseView recordPart(Caller caller, UUID id, UUID taskId, String contribution) {
        return change(caller, id, taskId, (c, act) -> c.recordPart(act, taskId, contribution))
                .orElseGet(() -> loop.recordPart(caller, id, taskId, contribution));
    }

    /** The change as the task's named mediator of another center; empty when the caller is not that. */
    private Optional<CaseView> change(Caller caller, UUID id, UUID taskId, BiConsumer<Case, Act> action) {
        if (holds(caller, id)) {
            return Optional.empty();
        }
        return asAssignee(caller, id, taskId, () -> changes.change(caller, id, action));
    }

    private boolean holds(Caller caller, UUID id) {
        return Boolean.TRUE.equals(transactions.execute(tx -> reads.byId(id)
                .map(s -> s.holderCenter().equals(caller.tenant().value()))
                .orElse(false)));
    }

    private <T> Optional<T> asAssignee(Caller caller, UUID id, UUID taskId, Supplier<T> work) {
        if (!Roles.any(caller, Roles.HANDLE)) {
            return Optional.empty();
        }
        return TenantScope.asSystem(
                "the mediator named on a task co-handles another center's case",
                () -> transactions.execute(tx -> reads.namesMediator(id, taskId, caller.username())
                        ? Optional.of(work.get())
                        : Optional.<T>empty()));
    }
}
