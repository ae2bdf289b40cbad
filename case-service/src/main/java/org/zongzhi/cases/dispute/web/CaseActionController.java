package org.zongzhi.cases.dispute.web;

import static org.zongzhi.cases.dispute.web.CaseController.HANDLE;
import static org.zongzhi.cases.dispute.web.CaseController.HANDLE_OR_REPORT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.cases.dispute.application.AcrossLevels;
import org.zongzhi.cases.dispute.application.CaseView;
import org.zongzhi.cases.dispute.application.ClosedLoop;
import org.zongzhi.cases.dispute.application.CoHandling;
import org.zongzhi.cases.dispute.application.FollowUps;
import org.zongzhi.cases.dispute.domain.InvalidField;
import org.zongzhi.cases.dispute.domain.Outcome;
import org.zongzhi.cases.dispute.domain.Outcome.Agreement;
import org.zongzhi.cases.dispute.domain.Outcome.JudicialConfirmation;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * One endpoint per action on a case, each answering with the case as it now stands. Only the center
 * holding the case acts; a refused action is a 409 naming the case's state and the allowed actions.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@PreAuthorize(HANDLE)
class CaseActionController {

    private final ClosedLoop loop;
    private final AcrossLevels levels;
    private final FollowUps followUps;
    private final CoHandling coHandling;

    CaseActionController(ClosedLoop loop, AcrossLevels levels, FollowUps followUps, CoHandling coHandling) {
        this.loop = loop;
        this.coHandling = coHandling;
        this.levels = levels;
        this.followUps = followUps;
    }

    /** Triage and filing (分诊, 立案); the category may be corrected. */
    @PostMapping("/file")
    CaseView file(@PathVariable UUID id, @RequestBody(required = false) Requests.File body) {
        Requests.File file = body == null ? new Requests.File(null, null) : body;
        return loop.file(CurrentCaller.get(), id, file.category(), file.note());
    }

    /** Not accepted (不予受理), with the reason the citizen is told. */
    @PostMapping("/reject")
    CaseView reject(@PathVariable UUID id, @RequestBody Requests.Reason body) {
        return loop.reject(CurrentCaller.get(), id, Bodies.required(body).reason());
    }

    /** Assigns the work to a department of the center and/or a named mediator (任务指派). */
    @PostMapping("/assignments")
    CaseView assign(@PathVariable UUID id, @RequestBody Requests.Assign body) {
        Requests.Assign assign = Bodies.required(body);
        return loop.assign(CurrentCaller.get(), id, assign.department(), assign.mediator(), assign.note());
    }

    /** The assignee takes the work on (接诊). */
    @PostMapping("/tasks/{taskId}/accept")
    CaseView acceptTask(@PathVariable UUID id, @PathVariable UUID taskId) {
        return coHandling.acceptTask(CurrentCaller.get(), id, taskId);
    }

    /** Joint consultation of several departments (会诊). */
    @PostMapping("/consultations")
    CaseView consult(@PathVariable UUID id, @RequestBody Requests.Consult body) {
        Requests.Consult consult = Bodies.required(body);
        return loop.consult(CurrentCaller.get(), id, consult.departments(), consult.topic());
    }

    /** Records one department's or mediator's part of the work. */
    @PostMapping("/tasks/{taskId}/part")
    CaseView recordPart(@PathVariable UUID id, @PathVariable UUID taskId, @RequestBody Requests.Part body) {
        return coHandling.recordPart(
                CurrentCaller.get(), id, taskId, Bodies.required(body).contribution());
    }

    /** The handling result is reported back (处理反馈). */
    @PostMapping("/feedback")
    CaseView feedBack(@PathVariable UUID id, @RequestBody Requests.Feedback body) {
        return loop.feedBack(CurrentCaller.get(), id, Bodies.required(body).result());
    }

    /** Closes the case (结案) with a MEDIATED, GUIDED_TO_LAW or HANDLED outcome. */
    @PostMapping("/close")
    CaseView close(@PathVariable UUID id, @RequestBody Requests.Close body) {
        return loop.close(CurrentCaller.get(), id, outcome(Bodies.required(body)));
    }

    @PostMapping("/withdraw")
    CaseView withdraw(@PathVariable UUID id, @RequestBody Requests.Reason body) {
        return loop.withdraw(CurrentCaller.get(), id, Bodies.required(body).reason());
    }

    /** A court's confirmation of mediation agreements (司法确认), numbered from 1. */
    @PostMapping("/judicial-confirmations")
    CaseView confirmJudicially(@PathVariable UUID id, @RequestBody Requests.Confirmations body) {
        List<Requests.Confirmation> input = Bodies.required(body).confirmations();
        if (input == null || input.isEmpty()) {
            throw new InvalidField("confirmations", "name at least one agreement and its ruling");
        }
        Map<Integer, JudicialConfirmation> confirmations = new LinkedHashMap<>();
        for (int i = 0; i < input.size(); i++) {
            Requests.Confirmation c = input.get(i);
            if (c == null || c.agreement() == null) {
                throw new InvalidField("confirmations[" + i + "].agreement", "the agreement's number is required");
            }
            try {
                if (confirmations.put(
                                c.agreement(), new JudicialConfirmation(c.court(), c.rulingNumber(), c.confirmedOn()))
                        != null) {
                    throw new InvalidField("agreement", "agreement " + c.agreement() + " is named twice");
                }
            } catch (IllegalArgumentException e) {
                throw InvalidField.within("confirmations[" + i + "]", e);
            }
        }
        return loop.confirmJudicially(CurrentCaller.get(), id, confirmations);
    }

    @PostMapping("/archive")
    CaseView archive(@PathVariable UUID id) {
        return loop.archive(CurrentCaller.get(), id);
    }

    /** Escalates to the parent center (上报). */
    @PostMapping("/escalate")
    @PreAuthorize(HANDLE_OR_REPORT)
    CaseView escalate(@PathVariable UUID id, @RequestBody Requests.Reason body) {
        return levels.escalate(CurrentCaller.get(), id, Bodies.required(body).reason());
    }

    /** Refers to a center below the caller's (转办). */
    @PostMapping("/refer")
    CaseView refer(@PathVariable UUID id, @RequestBody Requests.Refer body) {
        Requests.Refer refer = Bodies.required(body);
        if (refer.to() == null || refer.to().isBlank()) {
            throw new InvalidField("to", "the division code of the center to refer to is required");
        }
        return levels.refer(
                CurrentCaller.get(),
                id,
                Bodies.field("to", () -> TenantCode.of(refer.to().strip())),
                refer.reason());
    }

    @PostMapping("/transfer/accept")
    CaseView acceptTransfer(@PathVariable UUID id) {
        return levels.acceptTransfer(CurrentCaller.get(), id);
    }

    @PostMapping("/transfer/return")
    CaseView returnTransfer(@PathVariable UUID id, @RequestBody Requests.Reason body) {
        return levels.returnTransfer(
                CurrentCaller.get(), id, Bodies.required(body).reason());
    }

    /** A call or visit after closing (回访) with the party's satisfaction. */
    @PostMapping("/follow-ups")
    CaseView followUp(@PathVariable UUID id, @RequestBody Requests.FollowUpInput body) {
        Requests.FollowUpInput visit = Bodies.required(body);
        return followUps.record(CurrentCaller.get(), id, visit.kind(), visit.satisfaction(), visit.note());
    }

    @PostMapping("/reopen")
    CaseView reopen(@PathVariable UUID id, @RequestBody Requests.Reason body) {
        return followUps.reopen(CurrentCaller.get(), id, Bodies.required(body).reason());
    }

    /** Hands first-responder responsibility to another person of the center. */
    @PostMapping("/hand-over")
    CaseView handOver(@PathVariable UUID id, @RequestBody Requests.HandOver body) {
        Requests.HandOver handOver = Bodies.required(body);
        return loop.handOver(CurrentCaller.get(), id, handOver.to(), handOver.reason());
    }

    @PostMapping("/notes")
    @PreAuthorize(HANDLE_OR_REPORT)
    CaseView addNote(@PathVariable UUID id, @RequestBody Requests.NoteInput body) {
        Requests.NoteInput note = Bodies.required(body);
        return loop.addNote(CurrentCaller.get(), id, note.text(), Boolean.TRUE.equals(note.publicNote()));
    }

    /** Answers a supervision order (督办回复). */
    @PostMapping("/supervisions/{orderId}/response")
    CaseView respond(@PathVariable UUID id, @PathVariable UUID orderId, @RequestBody Requests.Response body) {
        return loop.respondToSupervision(
                CurrentCaller.get(), id, orderId, Bodies.required(body).response());
    }

    private static Outcome outcome(Requests.Close body) {
        if (body.kind() == null) {
            throw new InvalidField("kind", "the outcome is required (MEDIATED, GUIDED_TO_LAW or HANDLED)");
        }
        return switch (body.kind()) {
            case MEDIATED, JUDICIALLY_CONFIRMED -> {
                if (body.agreements() == null || body.agreements().isEmpty()) {
                    throw new InvalidField("agreements", "a mediated outcome needs at least one agreement");
                }
                var agreements = new ArrayList<Agreement>();
                for (int i = 0; i < body.agreements().size(); i++) {
                    Requests.AgreementInput a = body.agreements().get(i);
                    try {
                        if (a == null) {
                            throw new IllegalArgumentException("is empty");
                        }
                        Requests.Confirmation c = a.confirmation();
                        agreements.add(new Agreement(
                                a.parties(),
                                a.terms(),
                                a.signedOn(),
                                c == null
                                        ? null
                                        : Bodies.field(
                                                "confirmation",
                                                () -> new JudicialConfirmation(
                                                        c.court(), c.rulingNumber(), c.confirmedOn()))));
                    } catch (IllegalArgumentException e) {
                        throw InvalidField.within("agreements[" + i + "]", e);
                    }
                }
                yield new Outcome.Mediated(agreements);
            }
            case GUIDED_TO_LAW -> new Outcome.GuidedToLaw(body.route(), body.note());
            case HANDLED -> new Outcome.Handled(body.summary());
            case WITHDRAWN -> new Outcome.Withdrawn(body.note());
            case NOT_ACCEPTED -> new Outcome.NotAccepted(body.note());
        };
    }
}
