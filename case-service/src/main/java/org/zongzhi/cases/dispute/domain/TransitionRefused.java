package org.zongzhi.cases.dispute.domain;

import java.util.Set;

/**
 * An action the case's state or rules do not allow now. Carries the current status and the actions that
 * are allowed, so that the refusal tells people what they can do instead.
 */
public final class TransitionRefused extends RuntimeException {

    private final CaseStatus status;
    private final CaseAction action;
    private final Set<CaseAction> allowed;

    private TransitionRefused(CaseStatus status, CaseAction action, String message) {
        this(status, action, Lifecycle.allowed(status), message);
    }

    private TransitionRefused(CaseStatus status, CaseAction action, Set<CaseAction> allowed, String message) {
        super(message);
        this.status = status;
        this.action = action;
        this.allowed = allowed;
    }

    static TransitionRefused byStatus(CaseStatus status, CaseAction action) {
        return new TransitionRefused(
                status,
                action,
                "A case that is " + status + " (" + status.label() + ") cannot be given '" + action.apiName() + "' ("
                        + action.label() + ").");
    }

    /** Refused because of how the case ended: a case not accepted (不予受理) is only archived or noted. */
    static TransitionRefused byOutcome(CaseStatus status, Outcome.OutcomeKind outcome, CaseAction action) {
        return new TransitionRefused(
                status,
                action,
                Lifecycle.allowed(status, outcome),
                "A case that ended " + outcome + " (" + outcome.label() + ") cannot be given '" + action.apiName()
                        + "' (" + action.label() + ").");
    }

    static TransitionRefused byRule(CaseStatus status, CaseAction action, String rule) {
        return new TransitionRefused(
                status, action, "'" + action.apiName() + "' (" + action.label() + ") is refused: " + rule);
    }

    public CaseStatus status() {
        return status;
    }

    public CaseAction action() {
        return action;
    }

    public Set<CaseAction> allowed() {
        return allowed;
    }
}
