package org.zongzhi.tenant.conformance.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.tenant.conformance.domain.AssessmentStatus;
import org.zongzhi.tenant.conformance.domain.ConformancePolicy;
import org.zongzhi.tenant.conformance.domain.Entry;
import org.zongzhi.tenant.conformance.domain.EvidencePolicy;
import org.zongzhi.tenant.conformance.domain.RectificationClock;
import org.zongzhi.tenant.conformance.domain.Refusal;
import org.zongzhi.tenant.conformance.domain.Scorecard;
import org.zongzhi.tenant.conformance.domain.TaskStatus;
import org.zongzhi.tenant.conformance.domain.Verdict;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore.Assessment;
import org.zongzhi.tenant.conformance.infrastructure.EvidenceStore;
import org.zongzhi.tenant.conformance.infrastructure.RectificationStore;
import org.zongzhi.tenant.conformance.infrastructure.RectificationStore.Step;
import org.zongzhi.tenant.conformance.infrastructure.RectificationStore.Task;

/**
 * Rectification tasks (整改) for failed items: the inspector sets one with a due date in working days; it turns
 * blue, yellow and red like a case deadline and, once red, gets a supervision order (督办); it closes when the
 * center has submitted evidence and the inspector verifies it.
 */
@Service
public class Rectifications {

    private final RectificationStore store;
    private final EvidenceStore evidence;
    private final Assessments assessments;
    private final Transactions tx;
    private final WorkingCalendar calendar = WorkingCalendar.china();

    Rectifications(RectificationStore store, EvidenceStore evidence, Assessments assessments, Transactions tx) {
        this.store = store;
        this.evidence = evidence;
        this.assessments = assessments;
        this.tx = tx;
    }

    public record Create(String item, Integer workingDays, String requirement) {}

    public record Verification(Boolean accepted, String comment) {}

    /** A task with its colour now and its files. */
    public record TaskView(
            Task task, WarningColour colourNow, String colourLabel, List<EvidenceStore.FileInfo> files) {}

    public TaskView create(Caller caller, long assessmentId, Create request) {
        if (request == null || request.item() == null || request.workingDays() == null) {
            throw Refusal.invalid(
                    "item and workingDays are required (e.g. {\"item\": \"sign.plate\", \"workingDays\": 10}).");
        }
        Assessments.requireText("requirement", request.requirement());
        return tx.run(() -> {
            Assessment a = assessments.lockedForInspector(caller, assessmentId);
            if (a.status() != AssessmentStatus.REVIEWED && a.status() != AssessmentStatus.FINAL) {
                throw Refusal.conflict(
                        "The assessment is " + a.status() + "; rectification is set once it is REVIEWED or FINAL.");
            }
            assessments.item(a, request.item());
            Entry entry = a.entries().getOrDefault(request.item(), Entry.empty(request.item()));
            Scorecard card = a.scorecard() != null ? a.scorecard() : assessments.score(a);
            boolean failed = entry.verdict() == Verdict.FAIL
                    || card.items().stream()
                            .anyMatch(i -> i.item().equals(request.item())
                                    && i.counted()
                                    && i.lost().signum() > 0);
            if (!failed) {
                throw Refusal.conflict(
                        "Item " + request.item() + " lost no points; rectification is for failed items.");
            }
            Instant now = Instant.now();
            RectificationClock clock = RectificationClock.start(now, request.workingDays(), calendar);
            String requirement = request.requirement() != null
                            && !request.requirement().isBlank()
                    ? request.requirement()
                    : (entry.verdictReason() != null ? entry.verdictReason() : "rectify item " + request.item());
            long id = store.insert(
                    a.id(),
                    a.roundId(),
                    TenantCode.of(a.center()),
                    caller.tenant(),
                    request.item(),
                    requirement,
                    clock,
                    List.of(new Step(
                            "CREATED", "due in " + request.workingDays() + " working days", caller.username(), now)),
                    caller.username());
            return view(store.find(id).orElseThrow(), now);
        });
    }

    /** The worklist: tasks within {@code root} (the caller's center by default), unfinished first. */
    public List<TaskView> list(Caller caller, TenantCode root, TaskStatus status) {
        TenantCode scope = root == null ? caller.tenant() : root;
        if (!scope.isWithin(caller.tenant())) {
            throw Refusal.notFound("There is no center " + scope + " in your part of the tree.");
        }
        Instant now = Instant.now();
        return tx.run(() ->
                store.within(scope, status).stream().map(t -> view(t, now)).toList());
    }

    public TaskView get(Caller caller, long id) {
        return tx.run(() -> view(readable(caller, id), Instant.now()));
    }

    public EvidenceStore.FileInfo attach(Caller caller, long id, String filename, String contentType, byte[] content) {
        EvidencePolicy.check(filename, contentType, content);
        return tx.run(() -> {
            Task task = lockedForCenter(caller, id);
            if (task.status() != TaskStatus.OPEN) {
                throw Refusal.conflict("The task is " + task.status() + "; evidence is attached while it is OPEN.");
            }
            EvidenceStore.FileInfo file = evidence.insert(
                    TenantCode.of(task.center()),
                    null,
                    task.id(),
                    task.item(),
                    filename,
                    contentType.split(";")[0].strip(),
                    content,
                    Assessments.sha256(content),
                    caller.username());
            store.save(withStep(task, new Step("EVIDENCE_ATTACHED", filename, caller.username(), Instant.now())));
            return file;
        });
    }

    public TaskView submit(Caller caller, long id, String response) {
        Assessments.requireText("note", response);
        return tx.run(() -> {
            Task task = lockedForCenter(caller, id);
            TaskStatus next = task.status().submit();
            if (evidence.ofTask(id).isEmpty()) {
                throw Refusal.invalid("Attach at least one evidence file (POST .../rectifications/" + id
                        + "/evidence) before submitting.");
            }
            Instant now = Instant.now();
            Task saved = copy(
                    task,
                    next,
                    task.colour(),
                    task.supervisedAt(),
                    task.supervisionOrder(),
                    response,
                    now,
                    task.verifiedBy(),
                    task.verifiedAt(),
                    task.verificationComment(),
                    new Step("SUBMITTED", response, caller.username(), now));
            store.save(saved);
            return view(saved, now);
        });
    }

    public TaskView verify(Caller caller, long id, Verification verification) {
        if (verification == null || verification.accepted() == null) {
            throw Refusal.invalid("accepted is required: true closes the task, false sends it back to the center.");
        }
        if (!verification.accepted()
                && (verification.comment() == null || verification.comment().isBlank())) {
            throw Refusal.invalid("Sending the task back needs a comment the center can act on.");
        }
        Assessments.requireText("comment", verification.comment());
        return tx.run(() -> {
            Task task = readable(caller, id);
            task = store.findForUpdate(id).orElseThrow();
            if (!ConformancePolicy.isAdminOf(caller, TenantCode.of(task.inspector()))) {
                throw Refusal.forbidden("Only the admins of " + task.inspector() + ", which set the task, verify it.");
            }
            TaskStatus next = task.status().verify(verification.accepted());
            Instant now = Instant.now();
            Task saved = copy(
                    task,
                    next,
                    task.colour(),
                    task.supervisedAt(),
                    task.supervisionOrder(),
                    task.response(),
                    task.submittedAt(),
                    verification.accepted() ? caller.username() : null,
                    verification.accepted() ? now : null,
                    verification.comment(),
                    new Step(
                            verification.accepted() ? "VERIFIED" : "SENT_BACK",
                            verification.comment(),
                            caller.username(),
                            now));
            store.save(saved);
            return view(saved, now);
        });
    }

    /**
     * Records each unfinished task's colour as of {@code now} and gives every task that turned red a
     * supervision order from its inspector's center (once). Run by the scheduler as a system job.
     */
    public int sweep(Instant now) {
        return TenantScope.asSystem(
                "rectification warnings",
                () -> tx.run(() -> {
                    int changed = 0;
                    for (Task task : store.unfinished()) {
                        WarningColour colour = task.clock().colourAt(now);
                        if (colour.ordinal() <= task.colour().ordinal()) {
                            continue; // colours only ever advance; a sweep with an earlier clock changes nothing
                        }
                        Instant supervisedAt = task.supervisedAt();
                        String order = task.supervisionOrder();
                        var step = new Step("WARNING_" + colour, colour.label(), "system", now);
                        if (colour == WarningColour.RED && supervisedAt == null) {
                            supervisedAt = now;
                            order = "督办单：整改事项 " + task.item() + " 已超过整改期限（"
                                    + task.clock().dueAt() + "），由 " + task.inspector() + " 督办，请立即整改并提交佐证材料。";
                            step = new Step("SUPERVISED", order, "system", now);
                        }
                        store.save(copy(
                                task,
                                task.status(),
                                colour,
                                supervisedAt,
                                order,
                                task.response(),
                                task.submittedAt(),
                                task.verifiedBy(),
                                task.verifiedAt(),
                                task.verificationComment(),
                                step));
                        changed++;
                    }
                    return changed;
                }));
    }

    private TaskView view(Task task, Instant now) {
        WarningColour colour = task.status() == TaskStatus.VERIFIED
                ? WarningColour.NONE
                : task.clock().colourAt(now);
        if (task.status() != TaskStatus.VERIFIED && task.colour().ordinal() > colour.ordinal()) {
            colour = task.colour();
        }
        return new TaskView(task, colour, colour.label(), evidence.ofTask(task.id()));
    }

    private Task readable(Caller caller, long id) {
        Task task = store.find(id)
                .orElseThrow(() -> Refusal.notFound("There is no rectification task " + id + " in your reach."));
        if (!TenantCode.of(task.center()).isWithin(caller.tenant())) {
            throw Refusal.notFound("There is no rectification task " + id + " in your reach.");
        }
        return task;
    }

    private Task lockedForCenter(Caller caller, long id) {
        readable(caller, id);
        Task task = store.findForUpdate(id).orElseThrow();
        if (!ConformancePolicy.isAdminOf(caller, TenantCode.of(task.center()))) {
            throw Refusal.forbidden("Only the admins of " + task.center() + " itself answer its rectification task.");
        }
        return task;
    }

    private static Task withStep(Task t, Step step) {
        return copy(
                t,
                t.status(),
                t.colour(),
                t.supervisedAt(),
                t.supervisionOrder(),
                t.response(),
                t.submittedAt(),
                t.verifiedBy(),
                t.verifiedAt(),
                t.verificationComment(),
                step);
    }

    private static Task copy(
            Task t,
            TaskStatus status,
            WarningColour colour,
            Instant supervisedAt,
            String order,
            String response,
            Instant submittedAt,
            String verifiedBy,
            Instant verifiedAt,
            String comment,
            Step step) {
        var history = new ArrayList<>(t.history());
        history.add(step);
        return new Task(
                t.id(),
                t.assessmentId(),
                t.roundId(),
                t.center(),
                t.inspector(),
                t.item(),
                t.requirement(),
                status,
                t.clock(),
                colour,
                supervisedAt,
                order,
                response,
                submittedAt,
                verifiedBy,
                verifiedAt,
                comment,
                List.copyOf(history),
                t.createdBy(),
                t.createdAt());
    }
}
