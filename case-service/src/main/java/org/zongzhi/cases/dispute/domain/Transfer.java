package org.zongzhi.cases.dispute.domain;

import java.time.Instant;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * A case on its way to another center, waiting for the receiver to accept it or return it with a reason.
 *
 * @param statusBefore where the case stood at the sender, to go back to if it is returned
 */
public record Transfer(
        Kind kind, TenantCode from, TenantCode to, String reason, Instant at, String by, CaseStatus statusBefore) {

    public enum Kind {
        /** Up to the parent center (上报). */
        ESCALATION("上报"),
        /** To a center in the sender's subtree (转办/转诊). */
        REFERRAL("转办");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
