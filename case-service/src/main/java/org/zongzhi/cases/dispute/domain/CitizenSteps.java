package org.zongzhi.cases.dispute.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Which lines of a timeline a citizen sees when following their case (一码可查), and in which words: the
 * steps of the closed loop that move the case for them (taken in, accepted, assigned, escalated, referred,
 * closed…). The centers' own work around it (notes, consultation parts, supervision answers, hand-overs of
 * the first responder, disclosures, alerts) stays internal; public notes are shown on their own.
 */
public final class CitizenSteps {

    private static final Map<String, String> PUBLIC = Map.ofEntries(
            Map.entry("report", "登记"),
            step(CaseAction.FILE),
            step(CaseAction.REJECT),
            Map.entry(CaseAction.ASSIGN.apiName(), "安排办理"),
            Map.entry(CaseAction.CONSULT.apiName(), "组织会商"),
            step(CaseAction.FEED_BACK),
            step(CaseAction.CLOSE),
            step(CaseAction.WITHDRAW),
            step(CaseAction.CONFIRM_JUDICIALLY),
            step(CaseAction.ARCHIVE),
            step(CaseAction.ESCALATE),
            step(CaseAction.REFER),
            Map.entry(CaseAction.ACCEPT_TRANSFER.apiName(), "接收办理"),
            Map.entry(CaseAction.RETURN_TRANSFER.apiName(), "退回原中心"),
            Map.entry(CaseAction.FOLLOW_UP.apiName(), "回访"),
            step(CaseAction.REOPEN));

    private CitizenSteps() {}

    /** The Chinese label of a timeline action a citizen may see, or empty when it stays internal. */
    public static Optional<String> label(String action) {
        return Optional.ofNullable(PUBLIC.get(action));
    }

    private static Map.Entry<String, String> step(CaseAction action) {
        return Map.entry(action.apiName(), action.label());
    }
}
