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
        super(message);
        this.status = status;
        this.action = action;
        this.allowed = Lifecycle.allowed(status);
    }

    static TransitionRefused byStatus(CaseStatus status, CaseAction action) {
        return new TransitionRefused(
                status,
                action,
                "A case that is " + status + " (" + status.label() + ") cannot be given '" + action.apiName() + "' ("
                        + action.label() + ").");
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
