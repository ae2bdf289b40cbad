package org.zongzhi.cases.dispute.application;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A case as one caller sees it: the snapshot, and what this caller's center may do to it now. */
public record CaseView(@JsonUnwrapped CaseSnapshot snapshot, List<String> allowedActions) {}
