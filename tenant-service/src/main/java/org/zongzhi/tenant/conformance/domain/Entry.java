package org.zongzhi.tenant.conformance.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything recorded on one item of one assessment: the center's answer, note and evidence, the parent's
 * verdict, and the platform's computed value.
 */
public record Entry(
        String item,
        Answer self,
        String note,
        List<EvidenceRef> evidence,
        Verdict verdict,
        String verdictReason,
        Computed computed) {

    public Entry {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static Entry empty(String item) {
        return new Entry(item, null, null, List.of(), null, null, null);
    }

    public Entry answered(Answer answer, String newNote, List<EvidenceRef> links) {
        var kept = new ArrayList<EvidenceRef>(
                evidence.stream().filter(e -> e.kind() == EvidenceRef.Kind.FILE).toList());
        kept.addAll(links == null ? List.of() : links);
        return new Entry(item, answer, newNote, kept, verdict, verdictReason, computed);
    }

    public Entry withEvidence(EvidenceRef ref) {
        var more = new ArrayList<>(evidence);
        more.add(ref);
        return new Entry(item, self, note, more, verdict, verdictReason, computed);
    }

    /** The entry without one uploaded file; null when the entry holds no such file. */
    public Entry withoutFile(String fileId) {
        var rest = evidence.stream()
                .filter(e -> !(e.kind() == EvidenceRef.Kind.FILE && e.ref().equals(fileId)))
                .toList();
        return rest.size() == evidence.size()
                ? null
                : new Entry(item, self, note, rest, verdict, verdictReason, computed);
    }

    public Entry judged(Verdict newVerdict, String reason) {
        return new Entry(item, self, note, evidence, newVerdict, reason, computed);
    }

    public Entry withComputed(Computed value) {
        return new Entry(item, self, note, evidence, verdict, verdictReason, value);
    }
}
