package org.zongzhi.cases.dispute.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.zongzhi.platform.department.Department;

/**
 * Work given to a department or a named mediator: an assignment (任务指派), accepted by whoever it went
 * to (接诊), or a department's seat in a consultation (会诊) whose contribution is recorded as its part.
 */
public record Task(
        UUID id,
        Kind kind,
        Department department,
        String mediator,
        String note,
        Instant assignedAt,
        String assignedBy,
        Instant acceptedAt,
        String acceptedBy,
        String part,
        Instant partRecordedAt,
        String partRecordedBy) {

    public enum Kind {
        ASSIGNMENT,
        CONSULTATION
    }

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (department == null && (mediator == null || mediator.isBlank())) {
            throw new InvalidField("department", "work goes to a department, a named mediator, or both");
        }
        mediator = Text.optional(mediator, "mediator", "the mediator's name", 100);
        note = Text.optional(note, "note", "the note", 2000);
    }

    static Task assignment(Department department, String mediator, String note, Instant at, String by) {
        return new Task(
                UUID.randomUUID(), Kind.ASSIGNMENT, department, mediator, note, at, by, null, null, null, null, null);
    }

    static Task consultation(Department department, String topic, Instant at, String by) {
        return new Task(
                UUID.randomUUID(), Kind.CONSULTATION, department, null, topic, at, by, at, by, null, null, null);
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public boolean hasPart() {
        return part != null;
    }

    /** Who the work went to, for timelines: department, mediator or both. */
    public String assignee() {
        if (department != null && mediator != null) {
            return department.label() + " " + mediator;
        }
        return department != null ? department.label() : mediator;
    }

    Task accepted(Instant at, String by) {
        return new Task(
                id,
                kind,
                department,
                mediator,
                note,
                assignedAt,
                assignedBy,
                at,
                by,
                part,
                partRecordedAt,
                partRecordedBy);
    }

    Task withPart(String contribution, Instant at, String by) {
        return new Task(
                id,
                kind,
                department,
                mediator,
                note,
                assignedAt,
                assignedBy,
                acceptedAt,
                acceptedBy,
                contribution,
                at,
                by);
    }
}
