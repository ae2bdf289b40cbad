package org.zongzhi.cases.dispute.domain;

import java.util.Optional;

/** Where cases live. Implementations keep tenants apart: a case is found for change only by its holder. */
public interface CaseRepository {

    /** The case, locked for change, when the caller's center holds it; empty otherwise. */
    Optional<Case> findHeldForChange(CaseId id);

    /** Stores a new case with its parties, its first timeline entries and the citizen's secret. */
    void add(Case newCase, CitizenSecret secret);

    /** Stores the changes made since the case was found, appending its new timeline entries. */
    void update(Case changed);
}
