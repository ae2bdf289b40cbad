package org.zongzhi.cases.dispute.domain;

import java.util.Locale;

/**
 * Everything a center can do to a case after intake, with the event each one publishes. The five diagnoses
 * (五诊) map onto them: triage = {@link #FILE}, accept = {@link #ACCEPT_TASK}, refer = {@link #REFER} and
 * {@link #ESCALATE}, consult = {@link #CONSULT} and {@link #RECORD_PART}, follow-up = {@link #FOLLOW_UP} and
 * {@link #REOPEN}.
 */
public enum CaseAction {
    FILE("立案受理（分诊）", "CaseFiled"),
    REJECT("不予受理", "CaseNotAccepted"),
    ASSIGN("任务指派", "CaseAssigned"),
    ACCEPT_TASK("接诊", "CaseTaskAccepted"),
    CONSULT("会诊", "CaseConsultationConvened"),
    RECORD_PART("记录会诊意见", "CaseConsultationPartRecorded"),
    FEED_BACK("处理反馈", "CaseFedBack"),
    CLOSE("结案", "CaseClosed"),
    WITHDRAW("撤回", "CaseWithdrawn"),
    CONFIRM_JUDICIALLY("司法确认", "CaseJudiciallyConfirmed"),
    ARCHIVE("归档", "CaseArchived"),
    ESCALATE("上报上级中心", "CaseEscalated"),
    REFER("转办", "CaseReferred"),
    ACCEPT_TRANSFER("接收", "CaseTransferAccepted"),
    RETURN_TRANSFER("退回", "CaseTransferReturned"),
    FOLLOW_UP("回访（复诊）", "CaseFollowedUp"),
    REOPEN("重新办理", "CaseReopened"),
    HAND_OVER("移交首接责任", "CaseResponsibilityHandedOver"),
    ADD_NOTE("备注", "CaseNoteAdded"),
    RESPOND_SUPERVISION("督办回复", "CaseSupervisionAnswered");

    private final String label;
    private final String eventType;

    CaseAction(String label, String eventType) {
        this.label = label;
        this.eventType = eventType;
    }

    public String label() {
        return label;
    }

    public String eventType() {
        return eventType;
    }

    /** The name used in the API and in problem details, e.g. {@code accept-transfer}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
