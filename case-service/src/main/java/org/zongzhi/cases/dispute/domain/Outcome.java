package org.zongzhi.cases.dispute.domain;

import java.time.LocalDate;
import java.util.List;

/** How a case ended. */
public sealed interface Outcome {

    OutcomeKind kind();

    /** One line for the timeline and the citizen's view. */
    String summary();

    /** Settled by mediation, with one agreement or several (a group dispute often signs one per family). */
    record Mediated(List<Agreement> agreements) implements Outcome {
        public Mediated {
            if (agreements == null || agreements.isEmpty()) {
                throw new InvalidField("agreements", "a mediated outcome needs at least one agreement (调解协议)");
            }
            agreements = List.copyOf(agreements);
        }

        @Override
        public OutcomeKind kind() {
            return agreements.stream().allMatch(Agreement::isConfirmed)
                    ? OutcomeKind.JUDICIALLY_CONFIRMED
                    : OutcomeKind.MEDIATED;
        }

        @Override
        public String summary() {
            long confirmed = agreements.stream().filter(Agreement::isConfirmed).count();
            return "调解成功，签订调解协议 " + agreements.size() + " 份" + (confirmed > 0 ? "，司法确认 " + confirmed + " 份" : "");
        }
    }

    /** Mediation failed; the parties are guided to arbitration, administrative review or litigation (依法导入). */
    record GuidedToLaw(LegalRoute route, String note) implements Outcome {
        public GuidedToLaw {
            Text.present(route, "route", "the legal route (ARBITRATION, ADMINISTRATIVE_REVIEW or LITIGATION)");
            note = Text.optional(note, "note", "the note on the legal route", 2000);
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.GUIDED_TO_LAW;
        }

        @Override
        public String summary() {
            return "调解未成，依法引导至" + route.label();
        }
    }

    /** The applicant withdrew. */
    record Withdrawn(String reason) implements Outcome {
        public Withdrawn {
            reason = Text.required(reason, "reason", "the reason for the withdrawal", 2000);
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.WITHDRAWN;
        }

        @Override
        public String summary() {
            return "申请人撤回";
        }
    }

    /** Not accepted at triage, with the reason the citizen is told. */
    record NotAccepted(String reason) implements Outcome {
        public NotAccepted {
            reason = Text.required(reason, "reason", "the reason for not accepting the case", 2000);
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.NOT_ACCEPTED;
        }

        @Override
        public String summary() {
            return "不予受理：" + reason;
        }
    }

    /** An event (a hazard, a fault) dealt with on the spot, no dispute to mediate. */
    record Handled(String summary) implements Outcome {
        public Handled {
            summary = Text.required(summary, "summary", "what was done", 2000);
        }

        @Override
        public OutcomeKind kind() {
            return OutcomeKind.HANDLED;
        }
    }

    /** A mediation agreement (调解协议) and, once a court confirms it, its judicial confirmation. */
    record Agreement(List<String> parties, String terms, LocalDate signedOn, JudicialConfirmation confirmation) {
        public Agreement {
            if (parties == null || parties.isEmpty()) {
                throw new InvalidField("parties", "an agreement names the parties who signed it");
            }
            parties = parties.stream()
                    .map(p -> Text.required(p, "parties", "a signing party's name", 100))
                    .toList();
            terms = Text.required(terms, "terms", "the agreement's terms", 4000);
            Text.present(signedOn, "signedOn", "the date the agreement was signed");
        }

        public boolean isConfirmed() {
            return confirmation != null;
        }

        Agreement confirmedBy(JudicialConfirmation judicialConfirmation) {
            return new Agreement(parties, terms, signedOn, judicialConfirmation);
        }
    }

    /** A court's confirmation (司法确认) that makes an agreement enforceable. */
    record JudicialConfirmation(String court, String rulingNumber, LocalDate confirmedOn) {
        public JudicialConfirmation {
            court = Text.required(court, "court", "the confirming court", 100);
            rulingNumber =
                    Text.required(rulingNumber, "rulingNumber", "the ruling number (e.g. (2026)晋0881民特12号)", 100);
            Text.present(confirmedOn, "confirmedOn", "the date of the confirmation");
        }
    }

    enum OutcomeKind {
        MEDIATED("调解成功"),
        JUDICIALLY_CONFIRMED("调解成功并经司法确认"),
        GUIDED_TO_LAW("依法导入"),
        WITHDRAWN("撤回"),
        NOT_ACCEPTED("不予受理"),
        HANDLED("处置完毕");

        private final String label;

        OutcomeKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    enum LegalRoute {
        ARBITRATION("仲裁"),
        ADMINISTRATIVE_REVIEW("行政复议"),
        LITIGATION("诉讼");

        private final String label;

        LegalRoute(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
