package org.zongzhi.cases.dispute.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Risk grading (风险等级评估) by explicit rules:
 *
 * <ul>
 *   <li>a group of {@value #GROUP} or more people is a group dispute (群体性): serious; {@value #LARGE_GROUP}
 *       or more: major;
 *   <li>a risk of violence or extreme acts: major;
 *   <li>vulnerable parties, a sensitive category (wage arrears, school bullying) or a sensitive period:
 *       serious each;
 *   <li>two or more serious factors together: major.
 * </ul>
 */
public final class RiskRules {

    public static final int GROUP = 5;
    public static final int LARGE_GROUP = 30;

    private RiskRules() {}

    public static RiskGrade grade(Category category, RiskFactors factors) {
        List<String> serious = new ArrayList<>();
        List<String> major = new ArrayList<>();
        if (factors.groupSize() >= LARGE_GROUP) {
            major.add("群体性纠纷：" + factors.groupSize() + " 人（" + LARGE_GROUP + " 人以上）");
        } else if (factors.groupSize() >= GROUP) {
            serious.add("群体性纠纷：" + factors.groupSize() + " 人（" + GROUP + " 人以上）");
        }
        if (factors.violenceRisk()) {
            major.add("有暴力或极端行为风险");
        }
        if (factors.vulnerableParties()) {
            serious.add("涉及弱势群体");
        }
        if (category.sensitive()) {
            serious.add("敏感类别：" + category.label());
        }
        if (factors.sensitivePeriod()) {
            serious.add("敏感时期");
        }
        List<String> reasons = new ArrayList<>(major);
        reasons.addAll(serious);
        if (!major.isEmpty()) {
            return new RiskGrade(RiskLevel.MAJOR, reasons);
        }
        if (serious.size() >= 2) {
            reasons.add("多项风险因素叠加");
            return new RiskGrade(RiskLevel.MAJOR, reasons);
        }
        if (serious.size() == 1) {
            return new RiskGrade(RiskLevel.SERIOUS, reasons);
        }
        return new RiskGrade(RiskLevel.GENERAL, List.of());
    }
}
