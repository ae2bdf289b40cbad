package org.zongzhi.cases.dispute.application;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A case as one caller sees it: the snapshot, and what this caller's center may do to it now. */
public record CaseView(@JsonUnwrapped CaseSnapshot snapshot, List<String> allowedActions) {

    /** The case as this caller may see it: without the internal notes for those who may not read them. */
    public static CaseView of(CaseSnapshot snapshot, org.zongzhi.platform.tenancy.Caller caller) {
        CaseSnapshot shown = caller.readsInternalNotes() ? snapshot : snapshot.withoutInternalNotes();
        return new CaseView(shown, CaseReading.allowedActions(snapshot, caller));
    }
}
