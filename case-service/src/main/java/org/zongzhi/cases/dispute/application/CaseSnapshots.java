package org.zongzhi.cases.dispute.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zongzhi.cases.deadline.domain.Deadline;
import org.zongzhi.cases.deadline.domain.TimeLimit;
import org.zongzhi.cases.dispute.application.CaseSnapshot.AgreementView;
import org.zongzhi.cases.dispute.application.CaseSnapshot.Clock;
import org.zongzhi.cases.dispute.application.CaseSnapshot.FollowUpView;
import org.zongzhi.cases.dispute.application.CaseSnapshot.NoteView;
import org.zongzhi.cases.dispute.application.CaseSnapshot.OutcomeView;
import org.zongzhi.cases.dispute.application.CaseSnapshot.PartyView;
import org.zongzhi.cases.dispute.application.CaseSnapshot.SupervisionView;
import org.zongzhi.cases.dispute.application.CaseSnapshot.TaskView;
import org.zongzhi.cases.dispute.application.CaseSnapshot.TransferView;
import org.zongzhi.cases.dispute.domain.Case;
import org.zongzhi.cases.dispute.domain.FollowUp;
import org.zongzhi.cases.dispute.domain.NationalIdNumber;
import org.zongzhi.cases.dispute.domain.Note;
import org.zongzhi.cases.dispute.domain.Outcome;
import org.zongzhi.cases.dispute.domain.Outcome.Agreement;
import org.zongzhi.cases.dispute.domain.Outcome.JudicialConfirmation;
import org.zongzhi.cases.dispute.domain.Party;
import org.zongzhi.cases.dispute.domain.PhoneNumber;
import org.zongzhi.cases.dispute.domain.SupervisionOrder;
import org.zongzhi.cases.dispute.domain.Task;
import org.zongzhi.platform.tenancy.TenantCode;

/** Turns a case into its masked snapshot, and outcomes into their stored form and back. */
public final class CaseSnapshots {

    private CaseSnapshots() {}

    public static CaseSnapshot of(Case c, PartyKeys keys) {
        var factors = c.riskFactors();
        return new CaseSnapshot(
                c.id().value(),
                c.code().display(),
                c.version(),
                c.title(),
                c.description(),
                c.place(),
                c.notes().stream().filter(Note::isPublic).map(Note::text).toList(),
                c.notes().stream().filter(n -> !n.isPublic()).map(Note::text).toList(),
                c.notes().stream()
                        .map(n -> new NoteView(n.at(), n.by(), n.center().value(), n.text(), n.isPublic()))
                        .toList(),
                c.category().name(),
                c.category().label(),
                c.channel().name(),
                c.channel().label(),
                c.status().name(),
                c.status().label(),
                c.diagnosis().name(),
                c.diagnosis().label(),
                c.risk().level().name(),
                c.risk().level().label(),
                c.risk().reasons(),
                factors.groupSize(),
                factors.violenceRisk(),
                factors.vulnerableParties(),
                factors.sensitivePeriod(),
                c.warning().name(),
                c.warning().label(),
                c.deadline().map(d -> clock(c.status().name(), d)).orElse(null),
                c.origin().value(),
                path(c.origin()),
                c.holder().value(),
                path(c.holder()),
                c.custody().stream()
                        .filter(center -> !center.equals(c.holder()))
                        .map(TenantCode::value)
                        .toList(),
                c.firstResponder(),
                c.responsible(),
                c.parties().stream().map(p -> party(p, keys)).toList(),
                c.tasks().stream().map(CaseSnapshots::task).toList(),
                c.transfer()
                        .map(t -> new TransferView(
                                t.kind().name(),
                                t.from().value(),
                                t.to().value(),
                                t.reason(),
                                t.at(),
                                t.by(),
                                t.statusBefore().name()))
                        .orElse(null),
                c.outcome().map(CaseSnapshots::outcomeName).orElse(null),
                c.outcome().map(CaseSnapshots::outcome).orElse(null),
                c.followUps().stream().map(CaseSnapshots::followUp).toList(),
                c.followUps().stream()
                        .max(Comparator.comparing(FollowUp::at))
                        .map(f -> f.satisfaction().name())
                        .orElse(null),
                c.supervisions().stream().map(CaseSnapshots::supervision).toList(),
                c.createdAt(),
                c.filedAt().orElse(null),
                c.fileDueAt(),
                c.closeDueAt().orElse(null),
                c.updatedAt(),
                c.closedAt().orElse(null),
                c.archivedAt().orElse(null),
                c.gridCode());
    }

    /**
     * The outcome as one value for counting: the outcome's kind, with the legal route spelled out for
     * mediation that failed ({@code GUIDED_TO_ARBITRATION}, {@code GUIDED_TO_LITIGATION}, …).
     */
    public static String outcomeName(Outcome outcome) {
        return outcome instanceof Outcome.GuidedToLaw guided
                ? "GUIDED_TO_" + guided.route().name()
                : outcome.kind().name();
    }

    /** The codes from the province down to {@code center}, the form search filters on. */
    public static List<String> path(TenantCode center) {
        List<String> path = new ArrayList<>(
                center.ancestors().stream().map(TenantCode::value).toList());
        path.add(center.value());
        return List.copyOf(path);
    }

    public static Clock clock(String step, Deadline d) {
        return new Clock(step, limitText(d.limit()), d.startedAt(), d.blueAt(), d.yellowAt(), d.dueAt());
    }

    /** A time limit as stored: {@code WD:5} for five working days, {@code H:4} for four hours. */
    public static String limitText(TimeLimit limit) {
        return switch (limit) {
            case TimeLimit.WorkingDays wd -> "WD:" + wd.days();
            case TimeLimit.Hours h -> "H:" + h.hours();
        };
    }

    public static TimeLimit limitOf(String text) {
        String[] parts = text.split(":");
        int amount = Integer.parseInt(parts[1]);
        return parts[0].equals("WD") ? new TimeLimit.WorkingDays(amount) : new TimeLimit.Hours(amount);
    }

    private static PartyView party(Party p, PartyKeys keys) {
        return new PartyView(
                p.id(),
                p.role().name(),
                p.kind().name(),
                p.name(),
                p.idNumber() == null ? null : masked(p.idNumber()),
                p.phone() == null ? null : masked(p.phone()),
                keys.of(p),
                p.address(),
                p.vulnerabilities().stream().map(Enum::name).sorted().toList());
    }

    private static String masked(NationalIdNumber id) {
        return id.masked();
    }

    private static String masked(PhoneNumber phone) {
        return phone.masked();
    }

    private static TaskView task(Task t) {
        return new TaskView(
                t.id(),
                t.kind().name(),
                t.department() == null ? null : t.department().name(),
                t.department() == null ? null : t.department().label(),
                t.mediator(),
                t.note(),
                t.assignedAt(),
                t.assignedBy(),
                t.acceptedAt(),
                t.acceptedBy(),
                t.part(),
                t.partRecordedAt(),
                t.partRecordedBy());
    }

    private static FollowUpView followUp(FollowUp f) {
        return new FollowUpView(
                f.id(),
                f.kind().name(),
                f.satisfaction().name(),
                f.note(),
                f.at(),
                f.by(),
                f.center().value());
    }

    private static SupervisionView supervision(SupervisionOrder o) {
        return new SupervisionView(
                o.id(),
                o.issuer().value(),
                o.target().value(),
                o.reason(),
                o.issuedAt(),
                o.responseDue(),
                o.response(),
                o.respondedAt(),
                o.respondedBy());
    }

    public static OutcomeView outcome(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Mediated m -> {
                List<AgreementView> agreements = new ArrayList<>();
                for (int i = 0; i < m.agreements().size(); i++) {
                    Agreement a = m.agreements().get(i);
                    JudicialConfirmation j = a.confirmation();
                    agreements.add(new AgreementView(
                            i + 1,
                            a.parties(),
                            a.terms(),
                            a.signedOn(),
                            j == null ? null : j.court(),
                            j == null ? null : j.rulingNumber(),
                            j == null ? null : j.confirmedOn()));
                }
                yield new OutcomeView(m.kind().name(), m.kind().label(), m.summary(), agreements, null, null, null);
            }
            case Outcome.GuidedToLaw g ->
                new OutcomeView(
                        g.kind().name(),
                        g.kind().label(),
                        g.summary(),
                        null,
                        g.route().name(),
                        g.note(),
                        null);
            case Outcome.Withdrawn w ->
                new OutcomeView(w.kind().name(), w.kind().label(), w.summary(), null, null, null, w.reason());
            case Outcome.NotAccepted n ->
                new OutcomeView(n.kind().name(), n.kind().label(), n.summary(), null, null, null, n.reason());
            case Outcome.Handled h ->
                new OutcomeView(h.kind().name(), h.kind().label(), h.summary(), null, null, null, null);
        };
    }

    public static Outcome outcomeOf(OutcomeView view) {
        return switch (Outcome.OutcomeKind.valueOf(view.kind())) {
            case MEDIATED, JUDICIALLY_CONFIRMED ->
                new Outcome.Mediated(view.agreements().stream()
                        .map(a -> new Agreement(
                                a.parties(),
                                a.terms(),
                                a.signedOn(),
                                a.rulingNumber() == null
                                        ? null
                                        : new JudicialConfirmation(a.court(), a.rulingNumber(), a.confirmedOn())))
                        .toList());
            case GUIDED_TO_LAW -> new Outcome.GuidedToLaw(Outcome.LegalRoute.valueOf(view.route()), view.note());
            case WITHDRAWN -> new Outcome.Withdrawn(view.reason());
            case NOT_ACCEPTED -> new Outcome.NotAccepted(view.reason());
            case HANDLED -> new Outcome.Handled(view.summary());
        };
    }
}
