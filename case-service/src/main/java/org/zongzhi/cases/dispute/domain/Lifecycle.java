package org.zongzhi.cases.dispute.domain;

import static org.zongzhi.cases.dispute.domain.CaseAction.*;
import static org.zongzhi.cases.dispute.domain.CaseStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed loop as one table: which action each status allows and the status it leads to. Anything not
 * in the table is refused. Rules that depend on more than the status (a follow-up before archiving, every
 * consulted department's part before feedback…) are checked by {@link Case} on top of this table.
 */
public final class Lifecycle {

    /** Marks the one transition whose target is not fixed: a returned transfer goes back to where it was. */
    static final CaseStatus PREVIOUS = null;

    private static final Map<CaseStatus, Map<CaseAction, Optional<CaseStatus>>> TABLE = new EnumMap<>(CaseStatus.class);

    static {
        allow(REPORTED, FILE, FILED);
        allow(REPORTED, REJECT, CLOSED);
        allow(FILED, ASSIGN, ASSIGNED);
        allow(FILED, CONSULT, INVESTIGATING);
        allow(ASSIGNED, ASSIGN, ASSIGNED);
        allow(ASSIGNED, ACCEPT_TASK, INVESTIGATING);
        allow(ASSIGNED, CONSULT, INVESTIGATING);
        allow(INVESTIGATING, ASSIGN, INVESTIGATING);
        allow(INVESTIGATING, ACCEPT_TASK, INVESTIGATING);
        allow(INVESTIGATING, CONSULT, INVESTIGATING);
        allow(INVESTIGATING, RECORD_PART, INVESTIGATING);
        allow(INVESTIGATING, FEED_BACK, FED_BACK);
        allow(FED_BACK, CLOSE, CLOSED);
        for (CaseStatus status : EnumSet.of(REPORTED, FILED, ASSIGNED, INVESTIGATING)) {
            allow(status, ESCALATE, TRANSFERRING);
            allow(status, REFER, TRANSFERRING);
        }
        for (CaseStatus status : EnumSet.of(REPORTED, FILED, ASSIGNED, INVESTIGATING, FED_BACK)) {
            allow(status, WITHDRAW, CLOSED);
            allow(status, HAND_OVER, status);
        }
        allow(TRANSFERRING, ACCEPT_TRANSFER, FILED);
        allow(TRANSFERRING, RETURN_TRANSFER, PREVIOUS);
        allow(CLOSED, CONFIRM_JUDICIALLY, CLOSED);
        allow(CLOSED, FOLLOW_UP, CLOSED);
        allow(CLOSED, REOPEN, INVESTIGATING);
        allow(CLOSED, ARCHIVE, ARCHIVED);
        for (CaseStatus status : EnumSet.complementOf(EnumSet.of(ARCHIVED))) {
            allow(status, ADD_NOTE, status);
            allow(status, RESPOND_SUPERVISION, status);
        }
    }

    private Lifecycle() {}

    private static void allow(CaseStatus from, CaseAction action, CaseStatus to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, Optional.ofNullable(to));
    }

    /** The actions a status allows, in the order of the loop. */
    public static Set<CaseAction> allowed(CaseStatus status) {
        Map<CaseAction, Optional<CaseStatus>> actions = TABLE.get(status);
        return actions == null
                ? Collections.unmodifiableSet(EnumSet.noneOf(CaseAction.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(actions.keySet()));
    }

    public static boolean allows(CaseStatus status, CaseAction action) {
        return allowed(status).contains(action);
    }

    /** What a case not accepted at triage (不予受理) never offers: it has no agreement, no settlement to check. */
    private static final Set<CaseAction> NOT_AFTER_REFUSAL = EnumSet.of(CONFIRM_JUDICIALLY, FOLLOW_UP, REOPEN);

    /**
     * The actions a case allows given its status and its outcome (null while open): a case that was not
     * accepted (不予受理) was never taken up, so there is nothing to confirm judicially, follow up or reopen.
     */
    public static Set<CaseAction> allowed(CaseStatus status, Outcome.OutcomeKind outcome) {
        Set<CaseAction> actions = allowed(status);
        if (outcome != Outcome.OutcomeKind.NOT_ACCEPTED) {
            return actions;
        }
        EnumSet<CaseAction> left = actions.isEmpty() ? EnumSet.noneOf(CaseAction.class) : EnumSet.copyOf(actions);
        left.removeAll(NOT_AFTER_REFUSAL);
        return Collections.unmodifiableSet(left);
    }

    /**
     * The status {@code action} leads to from {@code status}; empty when the target depends on the case
     * (a returned transfer). Refuses actions the status does not allow.
     */
    static Optional<CaseStatus> target(CaseStatus status, CaseAction action) {
        if (!allows(status, action)) {
            throw TransitionRefused.byStatus(status, action);
        }
        return TABLE.get(status).get(action);
    }
}
