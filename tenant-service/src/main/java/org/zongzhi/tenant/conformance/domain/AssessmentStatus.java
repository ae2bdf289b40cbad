package org.zongzhi.tenant.conformance.domain;

/**
 * The life of one center's assessment: the center fills it in (OPEN), submits it, the parent returns it with
 * comments (RETURNED, the center edits and submits again) or reviews it (REVIEWED, verdicts recorded), and
 * the parent finalises it (FINAL: the scorecard is frozen and counts in rankings).
 */
public enum AssessmentStatus {
    OPEN,
    SUBMITTED,
    RETURNED,
    REVIEWED,
    FINAL;

    public boolean editableByCenter() {
        return this == OPEN || this == RETURNED;
    }

    public boolean inspectable() {
        return this == SUBMITTED;
    }

    public AssessmentStatus submit() {
        require(editableByCenter(), "submitted", "OPEN or RETURNED");
        return SUBMITTED;
    }

    public AssessmentStatus giveBack() {
        require(this == SUBMITTED || this == REVIEWED, "returned", "SUBMITTED or REVIEWED");
        return RETURNED;
    }

    public AssessmentStatus review() {
        require(this == SUBMITTED, "reviewed", "SUBMITTED");
        return REVIEWED;
    }

    public AssessmentStatus finalise() {
        require(this == REVIEWED, "finalised", "REVIEWED");
        return FINAL;
    }

    private void require(boolean allowed, String action, String from) {
        if (!allowed) {
            throw Refusal.conflict("The assessment is " + this + "; it can be " + action + " only when " + from + ".");
        }
    }
}
