package org.zongzhi.cases.dispute.domain;

import java.time.Instant;
import java.util.UUID;
import org.zongzhi.platform.tenancy.TenantCode;

/** A call or visit after closing (回访) to learn whether the dispute is truly settled. */
public record FollowUp(
        UUID id, Kind kind, Satisfaction satisfaction, String note, Instant at, String by, TenantCode center) {

    public FollowUp {
        Text.present(kind, "kind", "how the follow-up was made (PHONE or HOME_VISIT)");
        Text.present(
                satisfaction,
                "satisfaction",
                "the party's satisfaction (SATISFIED, BASICALLY_SATISFIED or DISSATISFIED)");
        note = Text.optional(note, "note", "the follow-up note", 2000);
    }

    public enum Kind {
        PHONE("电话回访"),
        HOME_VISIT("上门回访");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Satisfaction {
        SATISFIED("满意"),
        BASICALLY_SATISFIED("基本满意"),
        DISSATISFIED("不满意");

        private final String label;

        Satisfaction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
