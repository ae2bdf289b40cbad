package org.zongzhi.cases.dispute.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.zongzhi.cases.deadline.domain.Deadline;
import org.zongzhi.cases.dispute.domain.FollowUp.Satisfaction;
import org.zongzhi.cases.dispute.domain.Outcome.Agreement;
import org.zongzhi.cases.dispute.domain.Outcome.JudicialConfirmation;
import org.zongzhi.cases.dispute.domain.Outcome.Mediated;
import org.zongzhi.cases.dispute.domain.Outcome.OutcomeKind;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.department.Department;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * A dispute or event (矛盾纠纷/事件) from intake to the archive. Every change goes through a method named
 * for the action, checks that the caller's center holds the case (or, for the work of a task, that the
 * caller is the mediator the task names, from any center), that the {@link Lifecycle} allows the action in
 * the current status and outcome and that the action's own rules hold; then it moves the case, restarts
 * the step's clock when the status changes, and leaves a line on the timeline.
 *
 * <p>The person who took the case in stays responsible for it (首问负责制) until an explicit hand-over, or
 * until another center accepts it.
 */
public final class Case {

    private final CaseId id;
    private final CaseCode code;
    private final TenantCode origin;
    private TenantCode holder;
    private final List<TenantCode> custody;
    private final Channel channel;
    private Category category;
    private final String title;
    private final String description;
    private final String place;
    private final String gridCode;
    private final List<Party> parties;
    private RiskFactors riskFactors;
    private RiskGrade risk;
    private CaseStatus status;
    private final String firstResponder;
    private String responsible;
    private final List<Task> tasks;
    private Transfer transfer;
    private Outcome outcome;
    private final List<FollowUp> followUps;
    private final List<SupervisionOrder> supervisions;
    private final List<Note> notes;
    private Deadline deadline;
    private WarningColour warning;
    private final Instant createdAt;
    private Instant filedAt;
    private final Instant fileDueAt;
    private Instant closeDueAt;
    private Instant updatedAt;
    private Instant closedAt;
    private Instant archivedAt;
    private long version;

    private final List<TimelineEntry> newEntries = new ArrayList<>();
    private String pendingEvent;
    private TenantCode handedOverBy;

    private Case(State s) {
        this.id = s.id();
        this.code = s.code();
        this.origin = s.origin();
        this.holder = s.holder();
        this.custody = new ArrayList<>(s.custody());
        this.channel = s.channel();
        this.category = s.category();
        this.title = s.title();
        this.description = s.description();
        this.place = s.place();
        this.gridCode = s.gridCode();
        this.parties = List.copyOf(s.parties());
        this.riskFactors = s.riskFactors();
        this.risk = s.risk();
        this.status = s.status();
        this.firstResponder = s.firstResponder();
        this.responsible = s.responsible();
        this.tasks = new ArrayList<>(s.tasks());
        this.transfer = s.transfer();
        this.outcome = s.outcome();
        this.followUps = new ArrayList<>(s.followUps());
        this.supervisions = new ArrayList<>(s.supervisions());
        this.notes = new ArrayList<>(s.notes());
        this.deadline = s.deadline();
        this.warning = s.warning();
        this.createdAt = s.createdAt();
        this.filedAt = s.filedAt();
        this.fileDueAt = s.fileDueAt();
        this.closeDueAt = s.closeDueAt();
        this.updatedAt = s.updatedAt();
        this.closedAt = s.closedAt();
        this.archivedAt = s.archivedAt();
        this.version = s.version();
    }

    /** Everything a case remembers, for storing and restoring it. */
    public record State(
            CaseId id,
            CaseCode code,
            TenantCode origin,
            TenantCode holder,
            List<TenantCode> custody,
            Channel channel,
            Category category,
            String title,
            String description,
            String place,
            List<Party> parties,
            RiskFactors riskFactors,
            RiskGrade risk,
            CaseStatus status,
            String firstResponder,
            String responsible,
            List<Task> tasks,
            Transfer transfer,
            Outcome outcome,
            List<FollowUp> followUps,
            List<SupervisionOrder> supervisions,
            List<Note> notes,
            Deadline deadline,
            WarningColour warning,
            Instant createdAt,
            Instant filedAt,
            Instant fileDueAt,
            Instant closeDueAt,
            Instant updatedAt,
            Instant closedAt,
            Instant archivedAt,
            long version,
            String gridCode) {

        public State {
            custody = List.copyOf(custody);
            parties = List.copyOf(parties);
            tasks = List.copyOf(tasks);
            followUps = List.copyOf(followUps);
            supervisions = List.copyOf(supervisions);
            notes = List.copyOf(notes);
        }
    }

    public static Case restore(State state) {
        return new Case(state);
    }

    public State state() {
        return new State(
                id,
                code,
                origin,
                holder,
                custody,
                channel,
                category,
                title,
                description,
                place,
                parties,
                riskFactors,
                risk,
                status,
                firstResponder,
                responsible,
                tasks,
                transfer,
                outcome,
                followUps,
                supervisions,
                notes,
                deadline,
                warning,
                createdAt,
                filedAt,
                fileDueAt,
                closeDueAt,
                updatedAt,
                closedAt,
                archivedAt,
                version,
                gridCode);
    }

    // ---------------------------------------------------------------------------------------------- intake

    /** A problem reported at the caller's center (问题上报): graded, given its code and its first clock. */
    public static Case report(CaseId id, CaseCode code, NewCase data, Act act) {
        TenantCode center = act.by().tenant();
        if (!code.center().equals(center)) {
            throw new IllegalStateException("code " + code + " was not issued by " + center);
        }
        if (data.gridCode() != null && !data.gridCode().substring(0, 12).equals(center.value())) {
            throw new InvalidField(
                    "gridCode",
                    "grid " + data.gridCode() + " is not a grid of the receiving center " + center
                            + ": a grid's code starts with its village's 12-digit code, and a case from a grid is"
                            + " taken in by the grid's own village");
        }
        RiskFactors factors = data.riskFactors();
        RiskGrade grade = RiskRules.grade(data.category(), factors);
        Instant fileDue = act.limits()
                .start(CaseStatus.REPORTED, data.category(), center.level(), grade.level(), act.at())
                .map(Deadline::dueAt)
                .orElseThrow();
        List<Note> notes = new ArrayList<>();
        if (data.publicNote() != null) {
            notes.add(new Note(act.at(), act.by().username(), center, data.publicNote(), true));
        }
        Case c = new Case(new State(
                id,
                code,
                center,
                center,
                List.of(center),
                data.channel(),
                data.category(),
                data.title(),
                data.description(),
                data.place(),
                data.parties(),
                factors,
                grade,
                CaseStatus.REPORTED,
                act.by().username(),
                act.by().username(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                notes,
                null,
                WarningColour.NONE,
                act.at(),
                null,
                fileDue,
                null,
                act.at(),
                null,
                null,
                0,
                data.gridCode()));
        c.restartClock(act);
        String summary = "问题上报（" + data.channel().label() + "）："
                + data.category().label() + "，风险" + grade.level().label()
                + (grade.reasons().isEmpty() ? "" : "（" + String.join("；", grade.reasons()) + "）");
        c.record(act, "report", summary, null, CaseStatus.REPORTED);
        if (grade.isMajor()) {
            c.record(
                    act,
                    "alert",
                    "重大风险：即时推送上级中心 "
                            + center.ancestors().stream().map(TenantCode::value).collect(Collectors.joining("、"))
                            + " 指挥调度",
                    null,
                    CaseStatus.REPORTED);
        }
        c.pendingEvent = "CaseReported";
        c.version = 1;
        return c;
    }

    // ------------------------------------------------------------------------------------ the closed loop

    /** Triage (分诊) and filing (立案): the case is accepted; triage may correct the category. */
    public void file(Act act, Category correctedCategory, String triageNote) {
        require(CaseAction.FILE, act.by());
        String note = Text.optional(triageNote, "note", "the triage note", 2000);
        String summary = "立案受理";
        if (correctedCategory != null && correctedCategory != category) {
            summary += "，类别更正为" + correctedCategory.label();
            category = correctedCategory;
            risk = RiskRules.grade(category, riskFactors);
        }
        if (filedAt == null) {
            filedAt = act.at();
        }
        closeDueAt = act.limits().closeDue(act.at(), category, holder.level());
        move(act, CaseAction.FILE, CaseStatus.FILED, note == null ? summary : summary + "：" + note);
    }

    /** Not accepted at triage, with the reason the citizen is told (不予受理). */
    public void reject(Act act, String reason) {
        require(CaseAction.REJECT, act.by());
        Outcome.NotAccepted notAccepted = new Outcome.NotAccepted(reason);
        outcome = notAccepted;
        closedAt = act.at();
        move(act, CaseAction.REJECT, CaseStatus.CLOSED, notAccepted.summary());
    }

    /** Gives the work to a department of the center or a named mediator (任务指派). */
    public UUID assign(Act act, Department department, String mediator, String note) {
        require(CaseAction.ASSIGN, act.by());
        Task task =
                Task.assignment(department, mediator, note, act.at(), act.by().username());
        tasks.add(task);
        move(act, CaseAction.ASSIGN, target(CaseAction.ASSIGN), "指派给" + task.assignee() + suffix(task.note()));
        return task.id();
    }

    /** The department or mediator takes the assigned work on (接诊). */
    public void acceptTask(Act act, UUID taskId) {
        requireHolderOrAssignee(CaseAction.ACCEPT_TASK, act.by(), taskId);
        Task task = task(taskId);
        if (task.kind() != Task.Kind.ASSIGNMENT) {
            throw TransitionRefused.byRule(status, CaseAction.ACCEPT_TASK, "a consultation seat needs no acceptance");
        }
        if (task.isAccepted()) {
            throw TransitionRefused.byRule(
                    status, CaseAction.ACCEPT_TASK, "the work was already accepted by " + task.acceptedBy());
        }
        replace(task.accepted(act.at(), act.by().username()));
        move(act, CaseAction.ACCEPT_TASK, target(CaseAction.ACCEPT_TASK), task.assignee() + "接诊");
    }

    /** Brings several departments together on a complex case (会诊); each one's part is recorded later. */
    public List<UUID> consult(Act act, List<Department> departments, String topic) {
        require(CaseAction.CONSULT, act.by());
        Set<Department> distinct = new LinkedHashSet<>(departments == null ? List.of() : departments);
        if (distinct.size() < 2) {
            throw new InvalidField(
                    "departments",
                    "a consultation (会诊) brings at least two different departments together; assign one department instead");
        }
        String subject = Text.required(topic, "topic", "the consultation's topic", 2000);
        List<UUID> ids = new ArrayList<>();
        for (Department department : distinct) {
            Task seat =
                    Task.consultation(department, subject, act.at(), act.by().username());
            tasks.add(seat);
            ids.add(seat.id());
        }
        move(
                act,
                CaseAction.CONSULT,
                target(CaseAction.CONSULT),
                "会诊（" + distinct.stream().map(Department::label).collect(Collectors.joining("、")) + "）：" + subject);
        return ids;
    }

    /** Records what one department or mediator did on the case: its part of the work. */
    public void recordPart(Act act, UUID taskId, String contribution) {
        requireHolderOrAssignee(CaseAction.RECORD_PART, act.by(), taskId);
        Task task = task(taskId);
        String part = Text.required(contribution, "contribution", "the department's part", 4000);
        if (!task.isAccepted()) {
            throw TransitionRefused.byRule(
                    status, CaseAction.RECORD_PART, task.assignee() + " has not accepted the work yet");
        }
        if (task.hasPart()) {
            throw TransitionRefused.byRule(
                    status,
                    CaseAction.RECORD_PART,
                    task.assignee() + "'s part is already recorded; add a note instead");
        }
        replace(task.withPart(part, act.at(), act.by().username()));
        move(act, CaseAction.RECORD_PART, target(CaseAction.RECORD_PART), task.assignee() + "：" + part);
    }

    /** The result of investigating and acting is reported back to the center (处理反馈). */
    public void feedBack(Act act, String result) {
        require(CaseAction.FEED_BACK, act.by());
        String text = Text.required(result, "result", "the handling result", 4000);
        List<String> missing = tasks.stream()
                .filter(t -> t.kind() == Task.Kind.CONSULTATION && !t.hasPart())
                .map(Task::assignee)
                .toList();
        if (!missing.isEmpty()) {
            throw TransitionRefused.byRule(
                    status,
                    CaseAction.FEED_BACK,
                    "the consultation still waits for the part of " + String.join(", ", missing));
        }
        notes.add(new Note(act.at(), act.by().username(), holder, "处理反馈：" + text, false));
        move(act, CaseAction.FEED_BACK, CaseStatus.FED_BACK, text);
    }

    /** Closes the case with its outcome (结案): mediated, guided to law, or handled on the spot. */
    public void close(Act act, Outcome result) {
        require(CaseAction.CLOSE, act.by());
        Text.present(result, "kind", "the outcome");
        if (result instanceof Outcome.Withdrawn || result instanceof Outcome.NotAccepted) {
            throw TransitionRefused.byRule(
                    status,
                    CaseAction.CLOSE,
                    "a withdrawal is recorded with 'withdraw' and a refusal at triage with 'reject'");
        }
        if (result instanceof Mediated mediated) {
            Set<String> names = parties.stream().map(Party::name).collect(Collectors.toSet());
            for (Agreement agreement : mediated.agreements()) {
                for (String signer : agreement.parties()) {
                    if (!names.contains(signer)) {
                        throw new UnprocessableRequest(
                                "'" + signer + "' signed an agreement but is not a party of the case; parties are "
                                        + String.join(", ", names));
                    }
                }
            }
        }
        outcome = result;
        closedAt = act.at();
        move(act, CaseAction.CLOSE, CaseStatus.CLOSED, result.summary());
    }

    /** The applicant withdraws; any open step may end this way. */
    public void withdraw(Act act, String reason) {
        require(CaseAction.WITHDRAW, act.by());
        Outcome.Withdrawn withdrawn = new Outcome.Withdrawn(reason);
        outcome = withdrawn;
        closedAt = act.at();
        move(act, CaseAction.WITHDRAW, CaseStatus.CLOSED, withdrawn.summary() + "：" + withdrawn.reason());
    }

    /** A court confirms mediation agreements (司法确认), numbered from 1 in the order they were signed. */
    public void confirmJudicially(Act act, Map<Integer, JudicialConfirmation> confirmations) {
        require(CaseAction.CONFIRM_JUDICIALLY, act.by());
        if (!(outcome instanceof Mediated mediated)) {
            throw TransitionRefused.byRule(
                    status,
                    CaseAction.CONFIRM_JUDICIALLY,
                    "only mediation agreements can be judicially confirmed; this case ended "
                            + (outcome == null
                                    ? "without outcome"
                                    : outcome.kind().label()));
        }
        if (confirmations == null || confirmations.isEmpty()) {
            throw new InvalidField("confirmations", "name at least one agreement and its confirmation");
        }
        List<Agreement> agreements = new ArrayList<>(mediated.agreements());
        for (var entry : confirmations.entrySet()) {
            int number = entry.getKey();
            if (number < 1 || number > agreements.size()) {
                throw new NoSuchPart("the case has agreements 1 to " + agreements.size() + ", not " + number);
            }
            Agreement agreement = agreements.get(number - 1);
            if (agreement.isConfirmed()) {
                throw TransitionRefused.byRule(
                        status,
                        CaseAction.CONFIRM_JUDICIALLY,
                        "agreement " + number + " is already confirmed by ruling "
                                + agreement.confirmation().rulingNumber());
            }
            agreements.set(
                    number - 1,
                    agreement.confirmedBy(Text.present(entry.getValue(), "confirmations", "the confirmation")));
        }
        outcome = new Mediated(agreements);
        String rulings = confirmations.values().stream()
                .map(JudicialConfirmation::rulingNumber)
                .collect(Collectors.joining("、"));
        move(
                act,
                CaseAction.CONFIRM_JUDICIALLY,
                CaseStatus.CLOSED,
                "司法确认 " + confirmations.size() + " 份调解协议（" + rulings + "）");
    }

    /** Files the case away (归档) once the follow-up found the dispute settled. */
    public void archive(Act act) {
        require(CaseAction.ARCHIVE, act.by());
        boolean needsFollowUp = outcome.kind() != OutcomeKind.NOT_ACCEPTED && outcome.kind() != OutcomeKind.WITHDRAWN;
        if (needsFollowUp) {
            Optional<FollowUp> last = lastFollowUpSinceClosing();
            if (last.isEmpty()) {
                throw TransitionRefused.byRule(
                        status, CaseAction.ARCHIVE, "follow up with the parties (回访) before archiving");
            }
            if (last.get().satisfaction() == Satisfaction.DISSATISFIED) {
                throw TransitionRefused.byRule(
                        status,
                        CaseAction.ARCHIVE,
                        "the last follow-up found the party unsatisfied: reopen the case or follow up again");
            }
        }
        archivedAt = act.at();
        move(act, CaseAction.ARCHIVE, CaseStatus.ARCHIVED, "结案归档");
    }

    // --------------------------------------------------------------------------------------- across levels

    /** Sends the case up to the parent center (上报), which accepts it or returns it with a reason. */
    public void escalate(Act act, String reason) {
        require(CaseAction.ESCALATE, act.by());
        String why = Text.required(reason, "reason", "the reason for escalating", 2000);
        if (holder.level() == TenantCode.Level.PROVINCE) {
            throw TransitionRefused.byRule(status, CaseAction.ESCALATE, "the province has no higher center");
        }
        TenantCode parent = holder.ancestors().getLast();
        handOverTo(act, Transfer.Kind.ESCALATION, parent, why);
    }

    /**
     * Sends the case to a center below the holder (转办/转诊), which accepts it or returns it; only to a
     * center that exists and works on the platform.
     */
    public void refer(Act act, TenantCode to, String reason, Receivers receivers) {
        require(CaseAction.REFER, act.by());
        Text.present(to, "to", "the center to refer to");
        String why = Text.required(reason, "reason", "the reason for referring", 2000);
        if (!to.isWithin(holder) || to.equals(holder)) {
            throw new UnprocessableRequest(holder + " can refer cases only to centers below it, and " + to
                    + " is not; escalate to reach" + " a higher center, or assign a department of your own center");
        }
        receivers.refusal(to).ifPresent(refusal -> {
            throw new InvalidField("to", refusal);
        });
        handOverTo(act, Transfer.Kind.REFERRAL, to, why);
    }

    /** The receiving center takes the case over; the accepting person becomes responsible for it. */
    public void acceptTransfer(Act act) {
        require(CaseAction.ACCEPT_TRANSFER, act.by());
        Transfer accepted = transfer;
        transfer = null;
        responsible = act.by().username();
        if (filedAt == null) {
            filedAt = act.at();
        }
        closeDueAt = act.limits().closeDue(act.at(), category, holder.level());
        move(
                act,
                CaseAction.ACCEPT_TRANSFER,
                CaseStatus.FILED,
                "接收" + accepted.kind().label() + "（来自 " + accepted.from() + "），当前责任人 " + responsible + "，首问责任人 "
                        + firstResponder);
    }

    /** The receiving center sends the case back to the sender, with the reason. */
    public void returnTransfer(Act act, String reason) {
        require(CaseAction.RETURN_TRANSFER, act.by());
        String why = Text.required(reason, "reason", "the reason for returning the case", 2000);
        Transfer returned = transfer;
        transfer = null;
        handedOverBy = holder;
        holder = returned.from();
        move(act, CaseAction.RETURN_TRANSFER, returned.statusBefore(), "退回 " + returned.from() + "：" + why);
    }

    /**
     * A transfer nobody at the receiving center answered within its time limit goes back to the sender by
     * itself, so that no case waits forever between two centers. Done by the platform, not a person.
     */
    public void returnUnanswered(Act act) {
        if (status != CaseStatus.TRANSFERRING || transfer == null) {
            throw TransitionRefused.byStatus(status, CaseAction.RETURN_TRANSFER);
        }
        if (deadline == null || act.at().isBefore(deadline.dueAt())) {
            throw TransitionRefused.byRule(
                    status, CaseAction.RETURN_TRANSFER, "the receiving center's time to answer has not run out");
        }
        Transfer returned = transfer;
        transfer = null;
        handedOverBy = holder;
        holder = returned.from();
        move(
                act,
                CaseAction.RETURN_TRANSFER,
                returned.statusBefore(),
                returned.to() + " 未在时限内接收或退回" + returned.kind().label() + "，自动退回 " + returned.from());
    }

    private void handOverTo(Act act, Transfer.Kind kind, TenantCode to, String why) {
        transfer = new Transfer(kind, holder, to, why, act.at(), act.by().username(), status);
        handedOverBy = holder;
        holder = to;
        if (!custody.contains(to)) {
            custody.add(to);
        }
        CaseAction action = kind == Transfer.Kind.ESCALATION ? CaseAction.ESCALATE : CaseAction.REFER;
        move(act, action, CaseStatus.TRANSFERRING, kind.label() + "至 " + to + "：" + why);
    }

    // -------------------------------------------------------------------------------------------- follow-up

    /** A call or visit after closing (回访); satisfaction is recorded with it. */
    public void followUp(Act act, FollowUp.Kind kind, Satisfaction satisfaction, String note) {
        require(CaseAction.FOLLOW_UP, act.by());
        FollowUp visit = new FollowUp(
                UUID.randomUUID(), kind, satisfaction, note, act.at(), act.by().username(), holder);
        followUps.add(visit);
        move(
                act,
                CaseAction.FOLLOW_UP,
                CaseStatus.CLOSED,
                visit.kind().label() + "：" + visit.satisfaction().label() + suffix(visit.note()));
    }

    /** Takes a closed case up again because a follow-up found the dispute not really settled. */
    public void reopen(Act act, String reason) {
        require(CaseAction.REOPEN, act.by());
        String why = Text.required(reason, "reason", "the reason for reopening", 2000);
        Optional<FollowUp> last = lastFollowUpSinceClosing();
        if (last.isEmpty() || last.get().satisfaction() != Satisfaction.DISSATISFIED) {
            throw TransitionRefused.byRule(
                    status,
                    CaseAction.REOPEN,
                    "a case is reopened when a follow-up finds the party unsatisfied; "
                            + last.map(f -> "the last follow-up was "
                                            + f.satisfaction().label())
                                    .orElse("there was no follow-up since it was closed"));
        }
        outcome = null;
        closedAt = null;
        move(act, CaseAction.REOPEN, CaseStatus.INVESTIGATING, "回访不满意，重新办理：" + why);
    }

    // ---------------------------------------------------------------------------------------- responsibility

    /** Hands first-responder responsibility to another person of the center (首问负责制 ends only this way). */
    public void handOver(Act act, String toPerson, String reason) {
        require(CaseAction.HAND_OVER, act.by());
        String to = Text.required(toPerson, "to", "the person taking over", 100);
        String why = Text.required(reason, "reason", "the reason for the hand-over", 2000);
        if (to.equals(responsible)) {
            throw new UnprocessableRequest(to + " is already responsible for the case");
        }
        String from = responsible;
        responsible = to;
        move(act, CaseAction.HAND_OVER, status, "当前责任人由 " + from + " 移交 " + to + "：" + why);
    }

    /** How an internal note reads on the timeline, before its text; readers who may not see it get the prefix only. */
    public static final String INTERNAL_NOTE_PREFIX = "备注：";

    /** A note on the case; public notes are shown to the citizen who looks the case up. */
    public void addNote(Act act, String text, boolean isPublic) {
        require(CaseAction.ADD_NOTE, act.by());
        String body = Text.required(text, "text", "the note", 4000);
        notes.add(new Note(act.at(), act.by().username(), holder, body, isPublic));
        move(act, CaseAction.ADD_NOTE, status, (isPublic ? "公开备注：" : INTERNAL_NOTE_PREFIX) + body);
    }

    /** The holding center answers a supervision order (督办回复). */
    public void respondToSupervision(Act act, UUID orderId, String response) {
        require(CaseAction.RESPOND_SUPERVISION, act.by());
        String text = Text.required(response, "response", "the response", 4000);
        SupervisionOrder order = supervisions.stream()
                .filter(o -> o.id().equals(orderId))
                .findFirst()
                .orElseThrow(() -> new NoSuchPart("the case has no supervision order " + orderId));
        if (!order.isOpen()) {
            throw TransitionRefused.byRule(
                    status, CaseAction.RESPOND_SUPERVISION, "the supervision order was answered already");
        }
        supervisions.replaceAll(o ->
                o.id().equals(orderId) ? o.answered(text, act.at(), act.by().username()) : o);
        move(act, CaseAction.RESPOND_SUPERVISION, status, "督办回复（" + order.issuer() + "）：" + text);
    }

    // ------------------------------------------------------------------------------------------ the rules

    private void require(CaseAction action, Caller by) {
        if (!by.tenant().equals(holder)) {
            throw new NotHolder(code, holder, by.tenant());
        }
        requireAllowed(action);
    }

    /**
     * The holder's staff, or the person the task was assigned to by name, wherever their center is: a
     * mediator of another center co-handling the case (e.g. the county's mediator on a township's case)
     * accepts the work and records their part themselves. Nobody else of that center may.
     */
    private void requireHolderOrAssignee(CaseAction action, Caller by, UUID taskId) {
        if (by.tenant().equals(holder)) {
            requireAllowed(action);
            return;
        }
        boolean assignee = tasks.stream()
                .anyMatch(t -> t.id().equals(taskId) && by.username().equals(t.mediator()));
        if (!assignee) {
            throw new NotHolder(code, holder, by.tenant());
        }
        requireAllowed(action);
    }

    private void requireAllowed(CaseAction action) {
        if (!Lifecycle.allows(status, action)) {
            throw TransitionRefused.byStatus(status, action);
        }
        OutcomeKind ended = outcome == null ? null : outcome.kind();
        if (!Lifecycle.allowed(status, ended).contains(action)) {
            throw TransitionRefused.byOutcome(status, ended, action);
        }
    }

    private CaseStatus target(CaseAction action) {
        return Lifecycle.target(status, action).orElseThrow();
    }

    private void move(Act act, CaseAction action, CaseStatus to, String summary) {
        CaseStatus from = status;
        Lifecycle.target(from, action).filter(expected -> expected != to).ifPresent(expected -> {
            throw new IllegalStateException(action + " leads to " + expected + ", not " + to);
        });
        status = to;
        if (from != to) {
            restartClock(act);
        } else {
            warning = deadline == null ? WarningColour.NONE : deadline.colourAt(act.at());
        }
        record(act, action.apiName(), summary, from, to);
        pendingEvent = action.eventType();
        updatedAt = act.at();
        version++;
    }

    private void restartClock(Act act) {
        deadline = act.limits()
                .start(status, category, holder.level(), risk.level(), act.at())
                .orElse(null);
        warning = deadline == null ? WarningColour.NONE : deadline.colourAt(act.at());
    }

    private void record(Act act, String action, String summary, CaseStatus from, CaseStatus to) {
        newEntries.add(new TimelineEntry(
                act.at(), act.by().username(), act.by().tenant(), action, summary, from == to ? null : from, to));
    }

    private Task task(UUID taskId) {
        return tasks.stream()
                .filter(t -> t.id().equals(taskId))
                .findFirst()
                .orElseThrow(() -> new NoSuchPart("the case has no task " + taskId));
    }

    private void replace(Task changed) {
        tasks.replaceAll(t -> t.id().equals(changed.id()) ? changed : t);
    }

    private Optional<FollowUp> lastFollowUpSinceClosing() {
        return followUps.stream()
                .filter(f -> closedAt != null && !f.at().isBefore(closedAt))
                .max(Comparator.comparing(FollowUp::at));
    }

    private static String suffix(String note) {
        return note == null ? "" : "：" + note;
    }

    // ----------------------------------------------------------------------------------------- reading

    /** Where the case stands among the five diagnoses (五诊). */
    public Diagnosis diagnosis() {
        return Diagnosis.of(this);
    }

    /** The actions the case allows now to the center holding it; other centers may only read. */
    public Set<CaseAction> allowedActionsFor(TenantCode center) {
        return center.equals(holder) ? Lifecycle.allowed(status, outcome == null ? null : outcome.kind()) : Set.of();
    }

    /** The center whose parent should supervise the case when it is overdue; empty at the province. */
    public Optional<TenantCode> supervisor() {
        return holder.level() == TenantCode.Level.PROVINCE
                ? Optional.empty()
                : Optional.of(holder.ancestors().getLast());
    }

    /** The timeline entries added since the case was restored, oldest first. */
    public List<TimelineEntry> newTimelineEntries() {
        return List.copyOf(newEntries);
    }

    /** The event type of the last change, for the outbox; empty when nothing changed. */
    public Optional<String> pendingEvent() {
        return Optional.ofNullable(pendingEvent);
    }

    /** The center that handed the case to another one in this change (escalation, referral, return). */
    public Optional<TenantCode> handedOverBy() {
        return Optional.ofNullable(handedOverBy);
    }

    public CaseId id() {
        return id;
    }

    public CaseCode code() {
        return code;
    }

    public TenantCode origin() {
        return origin;
    }

    public TenantCode holder() {
        return holder;
    }

    public List<TenantCode> custody() {
        return List.copyOf(custody);
    }

    public Channel channel() {
        return channel;
    }

    public Category category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String place() {
        return place;
    }

    /** The grid (网格) the case was reported from by its patrol, or null. */
    public String gridCode() {
        return gridCode;
    }

    public List<Party> parties() {
        return parties;
    }

    public RiskFactors riskFactors() {
        return riskFactors;
    }

    public RiskGrade risk() {
        return risk;
    }

    public CaseStatus status() {
        return status;
    }

    public String firstResponder() {
        return firstResponder;
    }

    public String responsible() {
        return responsible;
    }

    public List<Task> tasks() {
        return List.copyOf(tasks);
    }

    public Optional<Transfer> transfer() {
        return Optional.ofNullable(transfer);
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }

    public List<SupervisionOrder> supervisions() {
        return List.copyOf(supervisions);
    }

    public List<Note> notes() {
        return List.copyOf(notes);
    }

    public Optional<Deadline> deadline() {
        return Optional.ofNullable(deadline);
    }

    public WarningColour warning() {
        return warning;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the case was first accepted (受理): filed, or taken over from another center; empty before. */
    public Optional<Instant> filedAt() {
        return Optional.ofNullable(filedAt);
    }

    /** When it had to be filed by, from the intake's time limit: the measure of timely acceptance. */
    public Instant fileDueAt() {
        return fileDueAt;
    }

    /** When it has to be closed by, set at filing and moved when another center takes the case over. */
    public Optional<Instant> closeDueAt() {
        return Optional.ofNullable(closeDueAt);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Instant> archivedAt() {
        return Optional.ofNullable(archivedAt);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Case that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "Case " + code.display() + " (" + status + " at " + holder + ")";
    }
}
