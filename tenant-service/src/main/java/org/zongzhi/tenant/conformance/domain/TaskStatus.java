package org.zongzhi.tenant.conformance.domain;

/** A rectification task: open (the center works on it), submitted (evidence sent), verified (closed). */
public enum TaskStatus {
    OPEN,
    SUBMITTED,
    VERIFIED;

    public TaskStatus submit() {
        if (this != OPEN) {
            throw Refusal.conflict(
                    "The rectification task is " + this + "; evidence is submitted only while it is OPEN.");
        }
        return SUBMITTED;
    }

    /** The inspector accepts the evidence (VERIFIED, closed) or sends the task back (OPEN). */
    public TaskStatus verify(boolean accepted) {
        if (this != SUBMITTED) {
            throw Refusal.conflict("The rectification task is " + this + "; it is verified only once SUBMITTED.");
        }
        return accepted ? VERIFIED : OPEN;
    }
}
