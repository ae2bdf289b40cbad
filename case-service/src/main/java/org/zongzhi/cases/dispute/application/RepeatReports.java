package org.zongzhi.cases.dispute.application;

import java.util.List;
import java.util.Optional;
import org.zongzhi.cases.dispute.application.CaseReadModel.CaseRef;

/**
 * Likely repeats of a report being taken in (杜绝多头跑、重复报), by the platform's one duplicate rule:
 * search-service's (the same party, or similar text at the same place or of the same category, within 30
 * days, across every center the caller may see). Empty when the finder cannot answer in time.
 */
public interface RepeatReports {

    Optional<List<CaseRef>> likelyRepeats(Report report);

    /** What is compared: the report's words, place and category, and its parties' keys. */
    record Report(String title, String description, String place, String category, List<String> partyKeys) {}
}
