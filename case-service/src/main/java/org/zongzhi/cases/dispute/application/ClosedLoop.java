package org.zongzhi.cases.dispute.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.cases.dispute.domain.Category;
import org.zongzhi.cases.dispute.domain.InvalidField;
import org.zongzhi.cases.dispute.domain.Outcome;
import org.zongzhi.cases.dispute.domain.Outcome.JudicialConfirmation;
import org.zongzhi.platform.department.Department;
import org.zongzhi.platform.tenancy.Caller;

/**
 * The closed loop at the center holding a case (闭环): file, assign, accept, consult, feed back, close,
 * confirm, archive; notes and hand-over of responsibility on the way. The center moves the procedure,
 * the assigned departments resolve the substance.
 */
@Service
@Transactional
public class ClosedLoop {

    private final CaseChanges changes;
    private final StaffDirectory staff;

    ClosedLoop(CaseChanges changes, StaffDirectory staff) {
        this.changes = changes;
        this.staff = staff;
    }

    public CaseView file(Caller caller, UUID id, Category correctedCategory, String triageNote) {
        return changes.change(caller, id, (c, act) -> c.file(act, correctedCategory, triageNote));
    }

    public CaseView reject(Caller caller, UUID id, String reason) {
        return changes.change(caller, id, (c, act) -> c.reject(act, reason));
    }

    /**
     * Assigns the work; a named mediator is a platform account (their username), of this center or another
     * one (co-handling), so that they can accept the work and record their part themselves.
     */
    public CaseView assign(Caller caller, UUID id, Department department, String mediator, String note) {
        String named = mediator == null || mediator.isBlank() ? null : mediator.strip();
        if (named != null && staff.find(named).isEmpty()) {
            throw new InvalidField(
                    "mediator",
                    "there is no platform account named '" + named
                            + "'; name the mediator by their username (e.g. shangdang.mediator)");
        }
        return changes.change(caller, id, (c, act) -> c.assign(act, department, named, note));
    }

    public CaseView acceptTask(Caller caller, UUID id, UUID taskId) {
        return changes.change(caller, id, (c, act) -> c.acceptTask(act, taskId));
    }

    public CaseView consult(Caller caller, UUID id, List<Department> departments, String topic) {
        return changes.change(caller, id, (c, act) -> c.consult(act, departments, topic));
    }

    public CaseView recordPart(Caller caller, UUID id, UUID taskId, String contribution) {
        return changes.change(caller, id, (c, act) -> c.recordPart(act, taskId, contribution));
    }

    public CaseView feedBack(Caller caller, UUID id, String result) {
        return changes.change(caller, id, (c, act) -> c.feedBack(act, result));
    }

    public CaseView close(Caller caller, UUID id, Outcome outcome) {
        return changes.change(caller, id, (c, act) -> c.close(act, outcome));
    }

    public CaseView withdraw(Caller caller, UUID id, String reason) {
        return changes.change(caller, id, (c, act) -> c.withdraw(act, reason));
    }

    public CaseView confirmJudicially(Caller caller, UUID id, Map<Integer, JudicialConfirmation> confirmations) {
        return changes.change(caller, id, (c, act) -> c.confirmJudicially(act, confirmations));
    }

    public CaseView archive(Caller caller, UUID id) {
        return changes.change(caller, id, (c, act) -> c.archive(act));
    }

    public CaseView handOver(Caller caller, UUID id, String toPerson, String reason) {
        return changes.change(caller, id, (c, act) -> c.handOver(act, toPerson, reason));
    }

    public CaseView addNote(Caller caller, UUID id, String text, boolean isPublic) {
        return changes.change(caller, id, (c, act) -> {
            Reporters.require(caller, c);
            c.addNote(act, text, isPublic);
        });
    }

    public CaseView respondToSupervision(Caller caller, UUID id, UUID orderId, String response) {
        return changes.change(caller, id, (c, act) -> c.respondToSupervision(act, orderId, response));
    }
}
