package org.zongzhi.cases.dispute.domain;

import java.util.List;

/** A case's risk grade and the rules that produced it, so that people can see why. */
public record RiskGrade(RiskLevel level, List<String> reasons) {

    public RiskGrade {
        reasons = List.copyOf(reasons);
    }

    public boolean isMajor() {
        return level == RiskLevel.MAJOR;
    }
}
