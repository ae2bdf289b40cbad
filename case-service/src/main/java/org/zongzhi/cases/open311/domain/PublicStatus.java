package org.zongzhi.cases.open311.domain;

import org.zongzhi.cases.dispute.domain.CaseStatus;

/**
 * How a case's state reads in GeoReport: {@code open} or {@code closed}, and a sentence anyone may read
 * about the step it is at (never a note, a name or a department's finding).
 */
public final class PublicStatus {

    private PublicStatus() {}

    public static String of(CaseStatus status) {
        return status.isOpen() ? "open" : "closed";
    }

    public static String notes(CaseStatus status) {
        return switch (status) {
            case REPORTED -> "已收到诉求，等待综治中心受理。";
            case FILED -> "综治中心已受理，正在安排办理。";
            case ASSIGNED -> "已交有关单位或调解员办理。";
            case INVESTIGATING -> "正在调查处理中。";
            case FED_BACK -> "已反馈办理结果，等待办结。";
            case TRANSFERRING -> "正在移交上级或其他综治中心办理。";
            case CLOSED -> "已办结。";
            case ARCHIVED -> "已办结并归档。";
        };
    }
}
