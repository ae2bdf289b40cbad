package org.zongzhi.cases.dispute.domain;

import org.zongzhi.cases.dispute.domain.Outcome.OutcomeKind;

/**
 * The five diagnoses (五诊, as practised in Heshun) read off a case's state: triage at the guidance desk,
 * acceptance by a mediator or department, referral elsewhere, joint consultation, and follow-up.
 */
public enum Diagnosis {
    TRIAGE("分诊"),
    ACCEPT("接诊"),
    REFER("转诊"),
    CONSULT("会诊"),
    FOLLOW_UP("复诊");

    private final String label;

    Diagnosis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Diagnosis of(Case c) {
        if (c.outcome().map(o -> o.kind() == OutcomeKind.GUIDED_TO_LAW).orElse(false)) {
            return REFER;
        }
        return switch (c.status()) {
            case REPORTED, FILED -> TRIAGE;
            case TRANSFERRING -> REFER;
            case ASSIGNED -> ACCEPT;
            case INVESTIGATING, FED_BACK ->
                c.tasks().stream().anyMatch(t -> t.kind() == Task.Kind.CONSULTATION) ? CONSULT : ACCEPT;
            case CLOSED, ARCHIVED -> FOLLOW_UP;
        };
    }
}
